import { definePricer, type ComponentSpec } from '../../pricer';

/** Handler operations of third-party resource types. Prices: feed cloudformation, "CloudFormation-ResourceProvider-Invocation per Operations" and "...-Duration per Second". */
export function cloudformationHandlerComponents(): ComponentSpec[] {
  return [
    { name: 'Handler operations (third-party resource types)', unit: 'operations', priceKey: 'cloudformation.handler-operations', usage: 'monthly_handler_operations' },
    { name: 'Handler duration beyond 30 seconds per operation', unit: 'seconds', priceKey: 'cloudformation.handler-duration', usage: 'monthly_duration_secs' },
  ];
}

/** Usage of stacks and stack sets. */
export const CLOUDFORMATION_USAGE = {
  monthly_handler_operations: { unit: 'operations', description: 'Handler operations on resource types outside the AWS::, Alexa:: and Custom:: namespaces per month.' },
  monthly_duration_secs: { unit: 'seconds', description: 'Handler time beyond the free 30 seconds per operation, per month.' },
};

/** A CloudFormation stack. */
export default definePricer({
  resource: 'aws_cloudformation_stack',
  docs: 'Handler operations and their duration beyond 30 seconds, for third-party resource types and hooks, as usage; AWS resource types are free to manage. The resources the stack creates are not priced (their Terraform is not available).',
  usage: CLOUDFORMATION_USAGE,
  price() {
    return cloudformationHandlerComponents();
  },
});
