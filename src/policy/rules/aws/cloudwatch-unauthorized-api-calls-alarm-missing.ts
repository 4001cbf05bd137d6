import { metricAlarmRule } from '../support/cis-metric-alarm';

/** Trails sending to CloudWatch Logs with no metric filter and alarm for unauthorized API calls (CIS 4.1). */
export default metricAlarmRule({
  id: 'aws-cloudwatch-unauthorized-api-calls-alarm-missing',
  watches: 'unauthorized API calls',
  cis: '4.1',
  why: 'Bursts of AccessDenied and UnauthorizedOperation errors are how a stolen credential probing what it can do, or a misconfigured deployment, first shows up.',
  terms: ['$.errorCode = "*UnauthorizedOperation"', '$.errorCode = "AccessDenied*"'],
  pattern: '{ ($.errorCode = "*UnauthorizedOperation") || ($.errorCode = "AccessDenied*") }',
});
