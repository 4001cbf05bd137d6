import { definePricer, isUnknown, unknownComponent } from '../../pricer';

const MINUTES: Readonly<Record<string, number>> = { minute: 1, minutes: 1, hour: 60, hours: 60, day: 1440, days: 1440 };

/**
 * An EventBridge Scheduler schedule. Prices: feed events, "Scheduled Invocation for 0 to 14000000 Invocations"
 * ($0) and "... 14000000 to Inf Invocations" (per invocation).
 */
export default definePricer({
  resource: 'aws_scheduler_schedule',
  docs: 'Invocations per month: from a rate() expression (730 hours a month), otherwise (cron, one-time at()) as usage; tiered, the first 14 million invocations a month being free (AWS counts them per account, so a single schedule is priced from the first tier).',
  usage: {
    monthly_invocations: { unit: 'invocations', description: 'Invocations per month (schedules with a cron or at expression).' },
  },
  price(ctx) {
    const expr = ctx.string('schedule_expression');
    if (isUnknown(expr)) return [unknownComponent('Invocations', 'invocations', expr.unknown)];
    const m = expr ? /^rate\(\s*([0-9]+)\s+(minutes?|hours?|days?)\s*\)$/.exec(expr) : null;
    if (m) {
      const perMonth = (730 * 60) / (Number(m[1]) * MINUTES[m[2]!]!);
      return [{ name: `Invocations (${expr})`, unit: 'invocations', priceKey: 'scheduler.invocations', tiered: true, quantity: Math.round(perMonth), per: 'month' }];
    }
    return [{ name: 'Invocations', unit: 'invocations', priceKey: 'scheduler.invocations', tiered: true, usage: 'monthly_invocations' }];
  },
});
