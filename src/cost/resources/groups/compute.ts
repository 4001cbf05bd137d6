/** Pricers for compute, containers, serverless compute, load balancing and networking. Sorted by resource type. */
import type { Pricer } from '../../pricer';
import awsAlb from '../aws/alb';
import awsAutoscalingGroup from '../aws/autoscaling-group';
import awsEbsSnapshot from '../aws/ebs-snapshot';
import awsEbsVolume from '../aws/ebs-volume';
import awsEc2ClientVpnEndpoint from '../aws/ec2-client-vpn-endpoint';
import awsEc2TransitGatewayVpcAttachment from '../aws/ec2-transit-gateway-vpc-attachment';
import awsEip from '../aws/eip';
import awsElb from '../aws/elb';
import awsInstance from '../aws/instance';
import awsLb from '../aws/lb';
import awsNatGateway from '../aws/nat-gateway';
import awsSpotInstanceRequest from '../aws/spot-instance-request';
import awsVpcEndpoint from '../aws/vpc-endpoint';
import awsVpnConnection from '../aws/vpn-connection';

export const COMPUTE_PRICERS: readonly Pricer[] = [
  awsAlb,
  awsAutoscalingGroup,
  awsEbsSnapshot,
  awsEbsVolume,
  awsEc2ClientVpnEndpoint,
  awsEc2TransitGatewayVpcAttachment,
  awsEip,
  awsElb,
  awsInstance,
  awsLb,
  awsNatGateway,
  awsSpotInstanceRequest,
  awsVpcEndpoint,
  awsVpnConnection,
];
