import { metricAlarmRule } from '../support/cis-metric-alarm';

/** Trails sending to CloudWatch Logs with no metric filter and alarm for console authentication failures (CIS 4.6). */
export default metricAlarmRule({
  id: 'aws-cloudwatch-console-auth-failures-alarm-missing',
  watches: 'console authentication failures',
  cis: '4.6',
  why: 'Repeated failed console sign-ins are password guessing or credential stuffing against your users.',
  terms: ['$.eventName = ConsoleLogin', '$.errorMessage = "Failed authentication"'],
  pattern: '{ ($.eventName = ConsoleLogin) && ($.errorMessage = "Failed authentication") }',
});
