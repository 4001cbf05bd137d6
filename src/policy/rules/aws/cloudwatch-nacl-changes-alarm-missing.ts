import { metricAlarmRule } from '../support/cis-metric-alarm';

/** Trails sending to CloudWatch Logs with no metric filter and alarm for network ACL changes (CIS 4.11). */
export default metricAlarmRule({
  id: 'aws-cloudwatch-nacl-changes-alarm-missing',
  watches: 'network ACL changes',
  cis: '4.11',
  why: 'Network ACLs are the subnet-level firewall: a changed entry can open whole subnets.',
  terms: ['$.eventName = CreateNetworkAcl', '$.eventName = CreateNetworkAclEntry', '$.eventName = DeleteNetworkAcl', '$.eventName = DeleteNetworkAclEntry', '$.eventName = ReplaceNetworkAclEntry', '$.eventName = ReplaceNetworkAclAssociation'],
  pattern: '{ ($.eventName = CreateNetworkAcl) || ($.eventName = CreateNetworkAclEntry) || ($.eventName = DeleteNetworkAcl) || ($.eventName = DeleteNetworkAclEntry) || ($.eventName = ReplaceNetworkAclEntry) || ($.eventName = ReplaceNetworkAclAssociation) }',
});
