import { definePricer } from '../../pricer';
import { cloudformationHandlerComponents, CLOUDFORMATION_USAGE } from './cloudformation-stack';

/** A CloudFormation stack set. */
export default definePricer({
  resource: 'aws_cloudformation_stack_set',
  docs: 'Handler operations and their duration beyond 30 seconds, for third-party resource types and hooks, across all the stack instances, as usage; AWS resource types are free to manage.',
  usage: CLOUDFORMATION_USAGE,
  price() {
    return cloudformationHandlerComponents();
  },
});
