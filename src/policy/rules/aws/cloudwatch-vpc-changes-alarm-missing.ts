import { metricAlarmRule } from '../support/cis-metric-alarm';

/** Trails sending to CloudWatch Logs with no metric filter and alarm for VPC changes (CIS 4.14). */
export default metricAlarmRule({
  id: 'aws-cloudwatch-vpc-changes-alarm-missing',
  watches: 'VPC changes',
  cis: '4.14',
  why: 'New VPCs and peering connections change which networks can reach each other.',
  terms: ['$.eventName = CreateVpc', '$.eventName = DeleteVpc', '$.eventName = ModifyVpcAttribute', '$.eventName = AcceptVpcPeeringConnection', '$.eventName = CreateVpcPeeringConnection', '$.eventName = DeleteVpcPeeringConnection', '$.eventName = RejectVpcPeeringConnection', '$.eventName = AttachClassicLinkVpc', '$.eventName = DetachClassicLinkVpc', '$.eventName = DisableVpcClassicLink', '$.eventName = EnableVpcClassicLink'],
  pattern: '{ ($.eventName = CreateVpc) || ($.eventName = DeleteVpc) || ($.eventName = ModifyVpcAttribute) || ($.eventName = AcceptVpcPeeringConnection) || ($.eventName = CreateVpcPeeringConnection) || ($.eventName = DeleteVpcPeeringConnection) || ($.eventName = RejectVpcPeeringConnection) || ($.eventName = AttachClassicLinkVpc) || ($.eventName = DetachClassicLinkVpc) || ($.eventName = DisableVpcClassicLink) || ($.eventName = EnableVpcClassicLink) }',
});
