import { defineRule } from '../../rule';
import { boolOf } from '../support/settings';

/** GuardDuty detectors with `enable = false`: the detector exists but analyses nothing. */
export default defineRule({
  id: 'aws-guardduty-detector-disabled',
  title: 'GuardDuty detector is suspended',
  severity: 'warning',
  category: 'security',
  targets: ['aws_guardduty_detector'],
  docs: {
    why: 'A suspended detector stops analysing CloudTrail, VPC flow logs and DNS queries: compromised credentials, crypto-mining instances and calls to known malicious hosts go unnoticed, while the resource still suggests threat detection is on. Checkov\'s CKV2_AWS_3, which also requires an organization configuration, is not claimed: this rule looks at the detector only.',
    fix: 'Set enable = true (the default). GuardDuty is billed by the volume of events it analyses.',
    links: ['https://docs.aws.amazon.com/guardduty/latest/ug/guardduty_suspend-disable.html'],
  },
  equivalents: { checkov: ['CKV_AWS_238'] },
  fix: 'unsafe',
  check({ resource, report, fix }) {
    const enable = resource.attr('enable');
    if (boolOf(enable) !== false) return;
    report({
      at: enable!,
      message: 'enable is false: GuardDuty analyses nothing in this Region.',
      fixes: [{ title: 'Resume the detector (enable = true)', edits: fix.set(resource, 'enable', 'true') }],
    });
  },
});
