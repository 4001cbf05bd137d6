import { metricAlarmRule } from '../support/cis-metric-alarm';

/** Trails sending to CloudWatch Logs with no metric filter and alarm for use of the root user (CIS 4.3). */
export default metricAlarmRule({
  id: 'aws-cloudwatch-root-usage-alarm-missing',
  watches: 'use of the root user',
  cis: '4.3',
  why: 'The root user can do anything, including closing the account, and should almost never be used: any root activity deserves a look the same day.',
  terms: ['$.userIdentity.type = "Root"', '$.userIdentity.invokedBy NOT EXISTS', '$.eventType != "AwsServiceEvent"'],
  pattern: '{ $.userIdentity.type = "Root" && $.userIdentity.invokedBy NOT EXISTS && $.eventType != "AwsServiceEvent" }',
});
