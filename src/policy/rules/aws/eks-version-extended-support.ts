import { defineRule } from '../../rule';

/**
 * The day the calendar below was last checked against the Amazon EKS Kubernetes release calendar.
 * Dates are compared with the run's date (ctx.today); update both together when AWS publishes new
 * versions.
 */
export const EKS_CALENDAR_AS_OF = '2026-11-22';

/** End of standard support and end of extended support per Kubernetes minor version on EKS. */
const CALENDAR: Readonly<Record<string, { readonly standard: string; readonly extended: string }>> = {
  '1.23': { standard: '2023-10-11', extended: '2024-10-11' },
  '1.24': { standard: '2024-01-31', extended: '2025-01-31' },
  '1.25': { standard: '2024-05-01', extended: '2025-05-01' },
  '1.26': { standard: '2024-06-11', extended: '2025-06-11' },
  '1.27': { standard: '2024-07-24', extended: '2025-07-24' },
  '1.28': { standard: '2024-11-26', extended: '2025-11-26' },
  '1.29': { standard: '2025-03-23', extended: '2026-03-23' },
  '1.30': { standard: '2025-07-23', extended: '2026-07-23' },
  '1.31': { standard: '2025-11-26', extended: '2026-11-26' },
  '1.32': { standard: '2026-03-23', extended: '2027-03-23' },
  '1.33': { standard: '2026-07-29', extended: '2027-07-29' },
  '1.34': { standard: '2026-12-02', extended: '2027-12-02' },
  '1.35': { standard: '2027-03-27', extended: '2028-03-27' },
};

/**
 * EKS clusters pinned to a Kubernetes version past the end of standard support on the run's
 * date: billed for extended support unless upgrade_policy opts out, or past
 * extended support altogether.
 */
export default defineRule({
  id: 'aws-eks-version-extended-support',
  title: 'EKS cluster version is past standard support',
  severity: 'warning',
  category: 'cost',
  targets: ['aws_eks_cluster'],
  docs: {
    why: `An EKS cluster costs $0.10 per hour in standard support and $0.60 per hour once its Kubernetes version enters extended support: six times the control plane price, about $365 more per cluster each month. After the 12 months of extended support EKS upgrades the cluster on its own schedule. Dates are from the Amazon EKS release calendar, checked on ${EKS_CALENDAR_AS_OF}.`,
    fix: 'Upgrade the cluster one minor version at a time to a version in standard support (check add-ons and deprecated APIs first), and consider upgrade_policy { support_type = "STANDARD" } so a forgotten cluster is upgraded instead of billed for extended support.',
    links: ['https://docs.aws.amazon.com/eks/latest/userguide/kubernetes-versions.html', 'https://aws.amazon.com/eks/pricing/'],
  },
  check({ resource, report, today }) {
    const version = resource.attr('version');
    if (!version || version.value.kind !== 'string') return;
    const m = /^(\d+)\.(\d+)/.exec(version.value.value);
    if (!m) return;
    const key = `${m[1]}.${m[2]}`;
    const entry = CALENDAR[key];
    const older = !entry && Number(m[1]) === 1 && Number(m[2]) < 23;
    if (!older && (!entry || entry.standard > today)) return;
    if (older || entry!.extended <= today) {
      report({
        at: version,
        message: `Kubernetes ${key} is past the end of extended support${entry ? ` (${entry.extended})` : ''}: EKS no longer creates clusters on it and upgrades existing ones automatically; upgrade to a supported version.`,
      });
      return;
    }
    const supportType = resource.get('upgrade_policy.support_type');
    if (supportType && (supportType.kind !== 'string' || supportType.value === 'STANDARD')) return;
    report({
      at: version,
      message: `Kubernetes ${key} left standard support on ${entry!.standard}: the cluster is billed for extended support at $0.60 per hour instead of $0.10 (about $365 more a month) until it is upgraded.`,
    });
  },
});
