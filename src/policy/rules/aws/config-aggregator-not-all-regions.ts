import { defineRule } from '../../rule';

/** AWS Config aggregators whose account or organization source does not set `all_regions = true`. */
export default defineRule({
  id: 'aws-config-aggregator-not-all-regions',
  title: 'AWS Config aggregator does not cover all regions',
  severity: 'warning',
  category: 'governance',
  targets: ['aws_config_configuration_aggregator'],
  docs: {
    why: 'An aggregator limited to a list of regions does not see resources created anywhere else, which is exactly where forgotten or unauthorised resources (a crypto-mining fleet in an unused region) tend to appear. A fixed list also misses regions AWS opens later.',
    fix: 'Set all_regions = true in the account_aggregation_source or organization_aggregation_source, and remove its regions list.',
    links: ['https://docs.aws.amazon.com/config/latest/developerguide/aggregate-data.html'],
  },
  equivalents: { checkov: ['CKV_AWS_121'], trivy: ['AVD-AWS-0019'], tfsec: ['aws-config-aggregate-all-regions'] },
  fix: 'safe',
  check({ resource, report, fix }) {
    if (resource.hasUnknownBlocks('account_aggregation_source') || resource.hasUnknownBlocks('organization_aggregation_source')) return;
    const source = resource.blocks('account_aggregation_source')[0] ?? resource.blocks('organization_aggregation_source')[0];
    if (!source) return;
    const all = source.attr('all_regions');
    if (all && (!all.known || (all.value.kind === 'bool' && all.value.value))) return;
    const regions = source.attr('regions');
    const listed = regions?.value.kind === 'list' ? regions.value.items.length : undefined;
    report({
      at: regions ?? all ?? source,
      message: `The ${source.type.replace(/_/g, ' ')} ${listed !== undefined ? `covers ${listed} listed region${listed === 1 ? '' : 's'}` : 'does not set all_regions = true'}: resources in other regions are not aggregated.`,
      fixes: [{ title: 'Aggregate all regions', edits: regions && regions.literalHere ? [...fix.remove(source, 'regions'), ...fix.set(source, 'all_regions', 'true')] : fix.set(source, 'all_regions', 'true') }],
    });
  },
});
