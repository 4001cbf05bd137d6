import { metricAlarmRule } from '../support/cis-metric-alarm';

/** Trails sending to CloudWatch Logs with no metric filter and alarm for disabled or scheduled-for-deletion KMS keys (CIS 4.7). */
export default metricAlarmRule({
  id: 'aws-cloudwatch-cmk-deletion-alarm-missing',
  watches: 'disabled or scheduled-for-deletion KMS keys',
  cis: '4.7',
  why: 'Data encrypted under a disabled or deleted customer managed key becomes unreadable: disabling keys is both sabotage and ransom.',
  terms: ['$.eventSource = kms.amazonaws.com', '$.eventName = DisableKey', '$.eventName = ScheduleKeyDeletion'],
  pattern: '{ ($.eventSource = kms.amazonaws.com) && (($.eventName = DisableKey) || ($.eventName = ScheduleKeyDeletion)) }',
});
