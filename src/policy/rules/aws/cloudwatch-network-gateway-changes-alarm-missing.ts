import { metricAlarmRule } from '../support/cis-metric-alarm';

/** Trails sending to CloudWatch Logs with no metric filter and alarm for network gateway changes (CIS 4.12). */
export default metricAlarmRule({
  id: 'aws-cloudwatch-network-gateway-changes-alarm-missing',
  watches: 'network gateway changes',
  cis: '4.12',
  why: 'A new internet or customer gateway adds a path in or out of the VPC that bypasses the controlled ones.',
  terms: ['$.eventName = CreateCustomerGateway', '$.eventName = DeleteCustomerGateway', '$.eventName = AttachInternetGateway', '$.eventName = CreateInternetGateway', '$.eventName = DeleteInternetGateway', '$.eventName = DetachInternetGateway'],
  pattern: '{ ($.eventName = CreateCustomerGateway) || ($.eventName = DeleteCustomerGateway) || ($.eventName = AttachInternetGateway) || ($.eventName = CreateInternetGateway) || ($.eventName = DeleteInternetGateway) || ($.eventName = DetachInternetGateway) }',
});
