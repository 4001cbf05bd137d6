import { defineRule } from '../../rule';

/** Trails with `enable_logging = false`: the trail exists but records nothing. */
export default defineRule({
  id: 'aws-cloudtrail-logging-disabled',
  title: 'CloudTrail trail logging turned off',
  severity: 'error',
  category: 'security',
  targets: ['aws_cloudtrail'],
  docs: {
    why: 'A trail with logging stopped looks configured in the console and in code but records no API calls: actions taken while it is off can never be investigated. Stopping trails is a classic step attackers take to cover their tracks, so it should never be the declared state.',
    fix: 'Remove enable_logging or set it to true. If the trail is no longer wanted, delete it rather than leave it stopped.',
    links: ['https://docs.aws.amazon.com/awscloudtrail/latest/userguide/cloudtrail-turning-off-logging.html'],
  },
  equivalents: { checkov: ['CKV_AWS_251'] },
  fix: 'safe',
  check({ resource, report, fix }) {
    const attr = resource.attr('enable_logging');
    if (!attr || attr.value.kind !== 'bool' || attr.value.value) return;
    report({
      at: attr,
      message: 'enable_logging is false: the trail records no API activity.',
      fixes: [{ title: 'Set enable_logging = true', edits: fix.set(resource, 'enable_logging', 'true') }],
    });
  },
});
