import { defineRule } from '../../rule';

/** Trails with `is_multi_region_trail` off (the default): they record one region's activity only. */
export default defineRule({
  id: 'aws-cloudtrail-single-region',
  title: 'CloudTrail trail records a single region',
  severity: 'warning',
  category: 'security',
  targets: ['aws_cloudtrail'],
  docs: {
    why: 'A single-region trail misses API activity in every other region, which is exactly where an attacker with stolen credentials starts crypto-mining instances or hides resources. A multi-region trail also picks up regions AWS adds later.',
    fix: 'Set is_multi_region_trail = true (it needs include_global_service_events = true). The first copy of management events is free, so this usually adds no CloudTrail charge.',
    links: ['https://docs.aws.amazon.com/awscloudtrail/latest/userguide/receive-cloudtrail-log-files-from-multiple-regions.html'],
  },
  equivalents: { checkov: ['CKV_AWS_67'], trivy: ['AVD-AWS-0014'], tfsec: ['aws-cloudtrail-enable-all-regions'] },
  fix: 'safe',
  check({ resource, report, fix }) {
    const multi = resource.attr('is_multi_region_trail');
    if (multi && (multi.value.kind !== 'bool' || multi.value.value)) return;
    const global = resource.attr('include_global_service_events')?.value;
    const values: Record<string, string> = { is_multi_region_trail: 'true' };
    if (global?.kind === 'bool' && !global.value) values.include_global_service_events = 'true';
    report({
      at: multi ?? resource,
      message: `${multi ? 'is_multi_region_trail is false' : 'is_multi_region_trail is not set (default false)'}: API activity in other regions is not recorded by this trail.`,
      fixes: [{ title: 'Record all regions (is_multi_region_trail = true)', edits: fix.setAll(resource, values) }],
    });
  },
});
