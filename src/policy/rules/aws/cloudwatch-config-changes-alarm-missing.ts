import { metricAlarmRule } from '../support/cis-metric-alarm';

/** Trails sending to CloudWatch Logs with no metric filter and alarm for AWS Config configuration changes (CIS 4.9). */
export default metricAlarmRule({
  id: 'aws-cloudwatch-config-changes-alarm-missing',
  watches: 'AWS Config configuration changes',
  cis: '4.9',
  why: 'Stopping the Config recorder or its delivery channel blinds compliance checks and configuration history.',
  terms: ['$.eventSource = config.amazonaws.com', '$.eventName = StopConfigurationRecorder', '$.eventName = DeleteDeliveryChannel', '$.eventName = PutDeliveryChannel', '$.eventName = PutConfigurationRecorder'],
  pattern: '{ ($.eventSource = config.amazonaws.com) && (($.eventName = StopConfigurationRecorder) || ($.eventName = DeleteDeliveryChannel) || ($.eventName = PutDeliveryChannel) || ($.eventName = PutConfigurationRecorder)) }',
});
