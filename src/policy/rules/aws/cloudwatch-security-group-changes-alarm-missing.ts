import { metricAlarmRule } from '../support/cis-metric-alarm';

/** Trails sending to CloudWatch Logs with no metric filter and alarm for security group changes (CIS 4.10). */
export default metricAlarmRule({
  id: 'aws-cloudwatch-security-group-changes-alarm-missing',
  watches: 'security group changes',
  cis: '4.10',
  why: 'An opened security group exposes instances and databases to networks they were never meant to face.',
  terms: ['$.eventName = AuthorizeSecurityGroupIngress', '$.eventName = AuthorizeSecurityGroupEgress', '$.eventName = RevokeSecurityGroupIngress', '$.eventName = RevokeSecurityGroupEgress', '$.eventName = CreateSecurityGroup', '$.eventName = DeleteSecurityGroup'],
  pattern: '{ ($.eventName = AuthorizeSecurityGroupIngress) || ($.eventName = AuthorizeSecurityGroupEgress) || ($.eventName = RevokeSecurityGroupIngress) || ($.eventName = RevokeSecurityGroupEgress) || ($.eventName = CreateSecurityGroup) || ($.eventName = DeleteSecurityGroup) }',
});
