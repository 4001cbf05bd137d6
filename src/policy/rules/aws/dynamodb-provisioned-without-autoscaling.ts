import { defineRule } from '../../rule';

/**
 * DynamoDB tables in provisioned capacity mode (the default billing_mode) with no Application Auto
 * Scaling target for the table (resource_id "table/<name>") anywhere in the configuration.
 */
export default defineRule({
  id: 'aws-dynamodb-provisioned-without-autoscaling',
  title: 'Provisioned DynamoDB table has no auto scaling',
  severity: 'info',
  category: 'cost',
  targets: ['aws_dynamodb_table'],
  docs: {
    why: 'A provisioned table with fixed capacity is either sized for its peak, paying for idle capacity the rest of the time, or sized for the average, throttling requests at the peak. Auto scaling follows the traffic; on-demand mode removes capacity planning altogether.',
    fix: 'Add aws_appautoscaling_target and aws_appautoscaling_policy resources for the table\'s read and write capacity (service_namespace = "dynamodb", resource_id = "table/<name>"), or set billing_mode = "PAY_PER_REQUEST" for spiky or low traffic.',
    links: ['https://docs.aws.amazon.com/amazondynamodb/latest/developerguide/AutoScaling.html', 'https://docs.aws.amazon.com/amazondynamodb/latest/developerguide/capacity-mode.html'],
  },
  check({ resource, report, graph }) {
    const mode = resource.attr('billing_mode');
    if (mode && (mode.value.kind !== 'string' || mode.value.value !== 'PROVISIONED')) return;
    const name = resource.get('name');
    const scaled = graph.ofType('aws_appautoscaling_target').some((t) => {
      const id = t.attr('resource_id')?.value;
      if (!id) return false;
      if (id.kind === 'unknown') return id.source !== undefined && id.source.startsWith(`${resource.address}.`);
      return id.kind === 'string' && name?.kind === 'string' && id.value === `table/${name.value}`;
    });
    if (scaled) return;
    report({
      at: mode ?? resource,
      message: `The table uses provisioned capacity${mode ? '' : ' (the default billing_mode)'} with no auto scaling target: its capacity stays fixed whatever the traffic.`,
    });
  },
});
