import { definePricer, isUnknown, unknownComponent, type ComponentSpec } from '../../pricer';

/**
 * The date the table below was last checked against AWS's EKS release calendar. Versions whose
 * standard support ends before it are in extended support (or past it: then AWS upgrades them).
 */
export const EKS_CALENDAR_AS_OF = '2026-11-22';

/** End of standard support per Kubernetes minor version on EKS (extended support runs 12 months more). */
const END_OF_STANDARD: Readonly<Record<string, string>> = {
  '1.23': '2023-10-11',
  '1.24': '2024-01-31',
  '1.25': '2024-05-01',
  '1.26': '2024-06-11',
  '1.27': '2024-07-24',
  '1.28': '2024-11-26',
  '1.29': '2025-03-23',
  '1.30': '2025-07-23',
  '1.31': '2025-11-26',
  '1.32': '2026-03-23',
  '1.33': '2026-07-29',
  '1.34': '2026-12-02',
  '1.35': '2027-03-27',
};

/** AWS's published EKS prices, for regions the catalogue lacks: $0.10 per cluster-hour, $0.50 more in extended support. */
const STANDARD_PRICE = 0.1;
const EXTENDED_PRICE = 0.5;

/** Is a version in extended support as of the calendar date? undefined for versions the table does not know (newer ones). */
export function eksExtendedSupport(version: string): boolean | undefined {
  const minor = /^(\d+\.\d+)/.exec(version)?.[1];
  const end = minor ? END_OF_STANDARD[minor] : undefined;
  if (!end) {
    const [maj, min] = (minor ?? '').split('.').map(Number);
    // a version older than the table's first entry is long past standard support
    return maj === 1 && min !== undefined && min < 23 ? true : undefined;
  }
  return end < EKS_CALENDAR_AS_OF;
}

/** An EKS cluster: the control plane by the hour, plus the extended support charge for old versions. */
export default definePricer({
  resource: 'aws_eks_cluster',
  docs: `The control plane by the hour, and the extended support charge when the Kubernetes version is past the end of standard support (per the EKS release calendar as of ${EKS_CALENDAR_AS_OF}; upgrade_policy support_type STANDARD opts out). Nodes are priced with node groups, Auto Scaling groups and Fargate profiles; EKS Auto Mode management fees are not priced.`,
  price(ctx) {
    const out: ComponentSpec[] = [{ name: 'EKS cluster', unit: 'hours', priceKey: 'eks.cluster/hour', price: STANDARD_PRICE, quantity: 1, per: 'hour' }];
    const support = ctx.string('upgrade_policy.support_type');
    if (support === 'STANDARD') return out;
    const version = ctx.string('version');
    if (version === undefined) return out; // EKS creates the latest version, in standard support
    if (isUnknown(version)) return [...out, unknownComponent('Extended support', 'hours', version.unknown)];
    if (isUnknown(support)) return [...out, unknownComponent('Extended support', 'hours', support.unknown)];
    if (eksExtendedSupport(version)) {
      out.push({ name: `Extended support (Kubernetes ${version}, as of ${EKS_CALENDAR_AS_OF})`, unit: 'hours', priceKey: 'eks.cluster/extended-support', price: EXTENDED_PRICE, quantity: 1, per: 'hour' });
    }
    return out;
  },
});
