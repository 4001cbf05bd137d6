import type { Value } from '../../../terraform';
import { definePricer, type ComponentSpec } from '../../pricer';

function entry(v: Value, key: string): Value | undefined {
  return v.kind === 'object' ? v.entries.get(key) : undefined;
}

/** The eventCategory values an advanced event selector picks (empty when it does not say). */
function categories(selector: Value): string[] {
  const fields = entry(selector, 'field_selector');
  const out: string[] = [];
  for (const f of fields?.kind === 'list' ? fields.items : fields ? [fields] : []) {
    const name = entry(f, 'field');
    const equals = entry(f, 'equals');
    if (name?.kind !== 'string' || name.value !== 'eventCategory' || equals?.kind !== 'list') continue;
    for (const e of equals.items) if (e.kind === 'string') out.push(e.value);
  }
  return out;
}

/** A trail: management events beyond the free first copy, data events and Insights, as usage. */
export default definePricer({
  resource: 'aws_cloudtrail',
  docs: 'Management events as usage, paid only when another trail already delivers a copy (the first copy in each region is free, which depends on the account\'s other trails), data events when the trail selects them, and Insights events analysed for each insight type, all as usage. The S3 storage of the logs, network activity events and CloudTrail Lake are not included.',
  usage: {
    monthly_additional_management_events: { unit: 'events', description: 'Management events per month this trail delivers as an additional copy (0 when it is the account\'s only trail in the region).' },
    monthly_data_events: { unit: 'events', description: 'Data events (S3 object, Lambda invoke, ...) delivered per month.' },
    monthly_insight_events: { unit: 'events', description: 'Management events analysed by each Insights type per month.' },
  },
  price(ctx) {
    const basic = ctx.blocks('event_selector');
    const advanced = ctx.blocks('advanced_event_selector');
    let management = true;
    let data = false;
    if (advanced.length) {
      const all = advanced.flatMap(categories);
      management = all.includes('Management');
      data = all.includes('Data');
    } else if (basic.length) {
      // include_management_events defaults to true
      management = basic.some((s) => {
        const m = entry(s, 'include_management_events');
        return m?.kind !== 'bool' || m.value;
      });
      data = basic.some((s) => {
        const d = entry(s, 'data_resource');
        return d !== undefined && d.kind !== 'null' && !(d.kind === 'list' && d.items.length === 0);
      });
    }
    const out: ComponentSpec[] = [];
    if (management) out.push({ name: 'Management events (additional copies only)', unit: '1M events', priceKey: 'cloudtrail.management-events', unitScale: 1e6, rawUsage: true, usage: 'monthly_additional_management_events' });
    if (data) out.push({ name: 'Data events', unit: '1M events', priceKey: 'cloudtrail.data-events', unitScale: 1e6, rawUsage: true, usage: 'monthly_data_events' });
    const insightTypes = new Set<string>();
    for (const s of ctx.blocks('insight_selector')) {
      const t = entry(s, 'insight_type');
      insightTypes.add(t?.kind === 'string' ? t.value : 'Insights');
    }
    for (const t of insightTypes) out.push({ name: `Insights events analysed (${t})`, unit: '1M events', priceKey: 'cloudtrail.insights-events', unitScale: 1e6, rawUsage: true, usage: 'monthly_insight_events' });
    return out;
  },
});
