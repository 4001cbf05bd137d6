import { metricAlarmRule } from '../support/cis-metric-alarm';

/** Trails sending to CloudWatch Logs with no metric filter and alarm for route table changes (CIS 4.13). */
export default metricAlarmRule({
  id: 'aws-cloudwatch-route-table-changes-alarm-missing',
  watches: "route table changes",
  cis: '4.13',
  why: "A changed route can send a private subnet's traffic to the internet or through a host an intruder controls.",
  terms: ["$.eventName = CreateRoute", "$.eventName = CreateRouteTable", "$.eventName = ReplaceRoute", "$.eventName = ReplaceRouteTableAssociation", "$.eventName = DeleteRouteTable", "$.eventName = DeleteRoute", "$.eventName = DisassociateRouteTable"],
  pattern: "{ ($.eventName = CreateRoute) || ($.eventName = CreateRouteTable) || ($.eventName = ReplaceRoute) || ($.eventName = ReplaceRouteTableAssociation) || ($.eventName = DeleteRouteTable) || ($.eventName = DeleteRoute) || ($.eventName = DisassociateRouteTable) }",
});
