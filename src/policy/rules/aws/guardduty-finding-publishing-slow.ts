import { defineRule } from '../../rule';
import { stringOf } from '../support/settings';

/** GuardDuty detectors that publish updated findings only every six hours (the default). */
export default defineRule({
  id: 'aws-guardduty-finding-publishing-slow',
  title: 'GuardDuty publishes finding updates only every six hours',
  severity: 'info',
  category: 'security',
  targets: ['aws_guardduty_detector'],
  docs: {
    why: 'New findings are always sent at once, but updates to an existing finding (the same attack seen again, from new IPs) reach EventBridge, Security Hub and S3 exports only at the publishing frequency: six hours by default, long enough for an active intrusion to go on unnoticed by your automation.',
    fix: 'Set finding_publishing_frequency = "FIFTEEN_MINUTES" (or "ONE_HOUR"). It costs nothing; in a member account the administrator account\'s setting applies.',
    links: ['https://docs.aws.amazon.com/guardduty/latest/ug/guardduty_findings_cloudwatch.html#guardduty_findings_cloudwatch_notification_frequency'],
  },
  equivalents: { checkov: ['CKV2_AWS_80'] },
  fix: 'safe',
  check({ resource, report, fix }) {
    const frequency = resource.attr('finding_publishing_frequency');
    if (frequency && (!frequency.known || ['FIFTEEN_MINUTES', 'ONE_HOUR'].includes(stringOf(frequency) ?? ''))) return;
    report({
      at: frequency ?? resource,
      message: frequency ? 'finding_publishing_frequency is "SIX_HOURS": updates to findings reach your automation up to six hours late.' : 'finding_publishing_frequency is not set (default SIX_HOURS): updates to findings reach your automation up to six hours late.',
      fixes: [{ title: 'Publish finding updates every 15 minutes', edits: fix.set(resource, 'finding_publishing_frequency', '"FIFTEEN_MINUTES"') }],
    });
  },
});
