import type { Value } from '../../../terraform';
import { definePricer, isUnknown, unknownComponent, type ComponentSpec } from '../../pricer';

/** Comparison operators that only anomaly detection bands take. */
const ANOMALY_OPERATORS = new Set(['LessThanLowerOrGreaterThanUpperThreshold', 'LessThanLowerThreshold', 'GreaterThanUpperThreshold']);

/** A nested block's attribute; a block given as a list is read through its first element. */
function field(v: Value | undefined, key: string): Value | undefined {
  if (v?.kind === 'list') v = v.items[0];
  return v?.kind === 'object' ? v.entries.get(key) : undefined;
}

/** A metric alarm: per alarm metric, by resolution; anomaly detection counts three metrics per metric. */
export default definePricer({
  resource: 'aws_cloudwatch_metric_alarm',
  docs: 'Alarm metrics per month: one for a single-metric alarm, one per metric of a metric math alarm (metric_query blocks with a metric), at the standard rate or the high-resolution rate when the period is under 60 seconds; an anomaly detection alarm counts three metrics per metric (the metric and the band\'s two bounds). Alarms on Metrics Insights queries are charged per metric analysed, known only at run time (unknown); the free tier of ten alarm metrics is not deducted.',
  price(ctx) {
    const op = ctx.string('comparison_operator');
    if (isUnknown(op)) return [unknownComponent('Alarm metrics', 'alarm metrics', op.unknown)];
    const anomaly = op !== undefined && ANOMALY_OPERATORS.has(op);
    if (ctx.resource.body.unknownBlocks.includes('metric_query')) return [unknownComponent('Alarm metrics', 'alarm metrics', 'the metric_query blocks come from a dynamic block whose for_each is unknown')];
    const periods: (Value | undefined)[] = [];
    const queries = ctx.blocks('metric_query');
    if (!queries.length) periods.push(ctx.get('period'));
    for (const q of queries) {
      const expression = field(q, 'expression');
      if (expression?.kind === 'string' && /\bSELECT\b/i.test(expression.value)) {
        return [unknownComponent('Alarm metrics (Metrics Insights query)', 'alarm metrics', 'an alarm on a Metrics Insights query is charged per metric the query analyses, known only at run time')];
      }
      const metric = field(q, 'metric');
      if (metric && metric.kind !== 'null') periods.push(field(metric, 'period'));
    }
    if (!periods.length) return [unknownComponent('Alarm metrics', 'alarm metrics', 'no metric_query block names a metric')];
    let standard = 0;
    let high = 0;
    for (const p of periods) {
      if (p?.kind === 'unknown') return [unknownComponent('Alarm metrics', 'alarm metrics', `the period is ${p.reason}${p.source ? ` (${p.source})` : ''}`)];
      const seconds = p?.kind === 'number' ? p.value : p?.kind === 'string' ? Number(p.value) : 60;
      if (seconds < 60) high++;
      else standard++;
    }
    const per = anomaly ? 3 : 1;
    const kind = anomaly ? 'Anomaly detection' : 'Alarm metrics';
    const out: ComponentSpec[] = [];
    if (standard) out.push({ name: `${kind} (standard resolution)`, unit: 'alarm metrics', priceKey: 'cloudwatch.alarm/standard', quantity: standard * per, per: 'month' });
    if (high) out.push({ name: `${kind} (high resolution)`, unit: 'alarm metrics', priceKey: 'cloudwatch.alarm/high-resolution', quantity: high * per, per: 'month' });
    return out;
  },
});
