import { metricAlarmRule } from '../support/cis-metric-alarm';

/** Trails sending to CloudWatch Logs with no metric filter and alarm for CloudTrail configuration changes (CIS 4.5). */
export default metricAlarmRule({
  id: 'aws-cloudwatch-cloudtrail-changes-alarm-missing',
  watches: 'CloudTrail configuration changes',
  cis: '4.5',
  why: 'Stopping or changing a trail is how an intruder covers their tracks: everything after it goes unrecorded.',
  terms: ['$.eventName = CreateTrail', '$.eventName = UpdateTrail', '$.eventName = DeleteTrail', '$.eventName = StartLogging', '$.eventName = StopLogging'],
  pattern: '{ ($.eventName = CreateTrail) || ($.eventName = UpdateTrail) || ($.eventName = DeleteTrail) || ($.eventName = StartLogging) || ($.eventName = StopLogging) }',
});
