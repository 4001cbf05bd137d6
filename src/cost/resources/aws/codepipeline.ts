import { definePricer, isUnknown, unknownComponent } from '../../pricer';

/** A CodePipeline pipeline. Prices: feed codepipeline, "Active Pipeline Inf" (V1, per active pipeline-month) and "Action Execution Minutes Inf" (V2). */
export default definePricer({
  resource: 'aws_codepipeline',
  docs: 'A V1 pipeline per month (a pipeline is active when it has a code change in the month; new pipelines are free for their first 30 days); a V2 pipeline by action execution minutes as usage. The free tier (one V1 pipeline, 100 V2 minutes per account) is not subtracted.',
  usage: {
    monthly_action_execution_minutes: { unit: 'minutes', description: 'Action execution minutes per month (V2 pipelines).' },
  },
  price(ctx) {
    const type = ctx.string('pipeline_type') ?? 'V1';
    if (isUnknown(type)) return [unknownComponent('Pipeline', 'months', type.unknown)];
    if (type === 'V2') return [{ name: 'Action execution minutes (V2)', unit: 'minutes', priceKey: 'codepipeline.action-minutes', usage: 'monthly_action_execution_minutes' }];
    return [{ name: 'Active pipeline (V1)', unit: 'months', priceKey: 'codepipeline.pipeline', quantity: 1, per: 'month' }];
  },
});
