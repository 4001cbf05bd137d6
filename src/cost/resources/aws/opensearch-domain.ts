import { definePricer, isUnknown, unknownComponent, type ComponentSpec, type PriceContext } from '../../pricer';

/** The catalogue's name of an instance type: Elasticsearch domains write `.elasticsearch` where OpenSearch writes `.search`. */
function searchType(type: string): string {
  return type.replace(/\.elasticsearch$/, '.search');
}

/**
 * The components of an OpenSearch or Elasticsearch domain: data nodes, dedicated masters,
 * UltraWarm nodes, and EBS storage per data node. EBS storage has no price in the shipped
 * catalogue (only AWS offer files have it), so it is shown as not priced rather than guessed.
 */
export function searchDomainComponents(ctx: PriceContext): ComponentSpec[] {
  const out: ComponentSpec[] = [];
  const type = ctx.string('cluster_config.instance_type');
  const count = ctx.number('cluster_config.instance_count') ?? 1;
  const nodes = (name: string, t: string, n: number, note = ''): ComponentSpec => ({
    name: `${name} (${t} x ${n}${note})`,
    unit: 'node-hours',
    priceKey: `opensearch.instance/${searchType(t)}`,
    quantity: n,
    per: 'hour',
    discount: 'opensearch',
  });
  if (type === undefined || isUnknown(type)) out.push(unknownComponent('Data nodes', 'node-hours', type === undefined ? 'cluster_config.instance_type is not set (the provider default applies)' : type.unknown));
  else if (isUnknown(count)) out.push(unknownComponent(`Data nodes (${type})`, 'node-hours', count.unknown));
  else out.push(nodes('Data nodes', type, count));

  if (ctx.bool('cluster_config.dedicated_master_enabled') === true) {
    const masterType = ctx.string('cluster_config.dedicated_master_type');
    // AWS recommends, and the console defaults to, three dedicated masters
    const set = ctx.number('cluster_config.dedicated_master_count');
    const masters = set ?? 3;
    if (masterType === undefined || isUnknown(masterType) || isUnknown(masters)) {
      out.push(unknownComponent('Dedicated master nodes', 'node-hours', masterType === undefined ? 'dedicated_master_type is not set' : isUnknown(masterType) ? masterType.unknown : (masters as { unknown: string }).unknown));
    } else out.push(nodes('Dedicated master nodes', masterType, masters, set === undefined ? ', 3 assumed' : ''));
  }
  if (ctx.bool('cluster_config.warm_enabled') === true) {
    const warmType = ctx.string('cluster_config.warm_type');
    const warm = ctx.number('cluster_config.warm_count');
    if (warmType === undefined || isUnknown(warmType) || warm === undefined || isUnknown(warm)) {
      out.push(unknownComponent('UltraWarm nodes', 'node-hours', warmType === undefined || warm === undefined ? 'warm_type or warm_count is not set' : isUnknown(warmType) ? warmType.unknown : (warm as { unknown: string }).unknown));
    } else {
      // UltraWarm instances and their managed storage are not in the shipped catalogue
      out.push(unknownComponent(`UltraWarm nodes (${warmType} x ${warm})`, 'node-hours', 'no UltraWarm price in the catalogue (only AWS offer files have it)'));
    }
  }
  const ebs = ctx.bool('ebs_options.ebs_enabled');
  if (ebs === true) {
    const size = ctx.number('ebs_options.volume_size');
    const volumeType = ctx.string('ebs_options.volume_type') ?? 'gp2';
    const label = typeof volumeType === 'string' ? volumeType : 'EBS';
    if (size === undefined || isUnknown(size)) out.push(unknownComponent(`EBS storage (${label})`, 'GB-months', size === undefined ? 'ebs_options.volume_size is not set' : size.unknown));
    else {
      const perNode = typeof count === 'number' ? `${size} GB x ${count} node${count === 1 ? '' : 's'}` : `${size} GB per node`;
      out.push(unknownComponent(`EBS storage (${label}, ${perNode})`, 'GB-months', 'no OpenSearch EBS storage price in the shipped catalogue (only AWS offer files have it: docs/prices.md)'));
    }
  }
  return out;
}

export default definePricer({
  resource: 'aws_opensearch_domain',
  infracostUsage: {
    reserved_instance_term: { reservation: true },
    reserved_instance_payment_option: { reservation: true },
  },
  docs: 'Data node hours by instance type and count, and dedicated master nodes (3 assumed when the count is not set). EBS storage and UltraWarm nodes are listed but not priced: the shipped catalogue has no price for them (docs/prices.md). Reserved Instances apply through the opensearch commitment discount.',
  price: searchDomainComponents,
});
