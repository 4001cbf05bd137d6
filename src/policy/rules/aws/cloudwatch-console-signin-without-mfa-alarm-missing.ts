import { metricAlarmRule } from '../support/cis-metric-alarm';

/** Trails sending to CloudWatch Logs with no metric filter and alarm for console sign-ins without MFA (CIS 4.2). */
export default metricAlarmRule({
  id: 'aws-cloudwatch-console-signin-without-mfa-alarm-missing',
  watches: 'console sign-ins without MFA',
  cis: '4.2',
  why: 'A console sign-in without MFA means a password alone opened the account: a phished or reused password is enough.',
  terms: ['$.eventName = "ConsoleLogin"', '$.additionalEventData.MFAUsed != "Yes"'],
  pattern: '{ ($.eventName = "ConsoleLogin") && ($.additionalEventData.MFAUsed != "Yes") }',
});
