/** Pricers for compute, containers, serverless compute, load balancing and networking. Sorted by resource type. */
import type { Pricer } from '../../pricer';
import awsEc2TransitGatewayPeeringAttachment from '../aws/ec2-transit-gateway-peering-attachment';
import awsEbsSnapshotCopy from '../aws/ebs-snapshot-copy';
import awsEbsFastSnapshotRestore from '../aws/ebs-fast-snapshot-restore';
import awsAmiCopy from '../aws/ami-copy';
import awsAlb from '../aws/alb';
import awsApiGatewayRestApi from '../aws/api-gateway-rest-api';
import awsApiGatewayStage from '../aws/api-gateway-stage';
import awsApigatewayv2Api from '../aws/apigatewayv2-api';
import awsAutoscalingGroup from '../aws/autoscaling-group';
import awsCloudfrontDistribution from '../aws/cloudfront-distribution';
import awsEbsSnapshot from '../aws/ebs-snapshot';
import awsEbsVolume from '../aws/ebs-volume';
import awsEc2ClientVpnEndpoint from '../aws/ec2-client-vpn-endpoint';
import awsEc2TransitGatewayVpcAttachment from '../aws/ec2-transit-gateway-vpc-attachment';
import awsEcsService from '../aws/ecs-service';
import awsEcsTaskSet from '../aws/ecs-task-set';
import awsEip from '../aws/eip';
import awsEksCluster from '../aws/eks-cluster';
import awsEksFargateProfile from '../aws/eks-fargate-profile';
import awsEksNodeGroup from '../aws/eks-node-group';
import awsElb from '../aws/elb';
import awsInstance from '../aws/instance';
import awsLambdaFunction from '../aws/lambda-function';
import awsLambdaProvisionedConcurrencyConfig from '../aws/lambda-provisioned-concurrency-config';
import awsLb from '../aws/lb';
import awsNatGateway from '../aws/nat-gateway';
import awsSpotInstanceRequest from '../aws/spot-instance-request';
import awsVpcEndpoint from '../aws/vpc-endpoint';
import awsVpnConnection from '../aws/vpn-connection';
import awsDxConnection from '../aws/dx-connection';
import awsDxGatewayAssociation from '../aws/dx-gateway-association';
import awsEc2ClientVpnNetworkAssociation from '../aws/ec2-client-vpn-network-association';
import awsEc2TrafficMirrorSession from '../aws/ec2-traffic-mirror-session';
import awsLightsailInstance from '../aws/lightsail-instance';
import awsNetworkfirewallFirewall from '../aws/networkfirewall-firewall';
import awsRoute53ResolverEndpoint from '../aws/route53-resolver-endpoint';
import awsTransferServer from '../aws/transfer-server';
import awsApprunnerService from '../aws/apprunner-service';
import awsEc2CapacityReservation from '../aws/ec2-capacity-reservation';
import awsEc2TransitGatewayConnect from '../aws/ec2-transit-gateway-connect';
import awsLightsailContainerService from '../aws/lightsail-container-service';
import awsLightsailDisk from '../aws/lightsail-disk';
import awsLightsailLb from '../aws/lightsail-lb';
import awsVpclatticeService from '../aws/vpclattice-service';
import awsCodebuildProject from '../aws/codebuild-project';
import awsElasticBeanstalkEnvironment from '../aws/elastic-beanstalk-environment';
import awsEmrCluster from '../aws/emr-cluster';
import awsEmrInstanceGroup from '../aws/emr-instance-group';
import awsVpcIpam from '../aws/vpc-ipam';

export const COMPUTE_PRICERS: readonly Pricer[] = [
  awsAlb,
  awsAmiCopy,
  awsApiGatewayRestApi,
  awsApiGatewayStage,
  awsApigatewayv2Api,
  awsApprunnerService,
  awsAutoscalingGroup,
  awsCloudfrontDistribution,
  awsCodebuildProject,
  awsDxConnection,
  awsDxGatewayAssociation,
  awsEbsFastSnapshotRestore,
  awsEbsSnapshot,
  awsEbsSnapshotCopy,
  awsEbsVolume,
  awsEc2CapacityReservation,
  awsEc2ClientVpnEndpoint,
  awsEc2ClientVpnNetworkAssociation,
  awsEc2TrafficMirrorSession,
  awsEc2TransitGatewayConnect,
  awsEc2TransitGatewayPeeringAttachment,
  awsEc2TransitGatewayVpcAttachment,
  awsEcsService,
  awsEcsTaskSet,
  awsEip,
  awsEksCluster,
  awsEksFargateProfile,
  awsEksNodeGroup,
  awsElasticBeanstalkEnvironment,
  awsElb,
  awsEmrCluster,
  awsEmrInstanceGroup,
  awsInstance,
  awsLambdaFunction,
  awsLambdaProvisionedConcurrencyConfig,
  awsLb,
  awsLightsailContainerService,
  awsLightsailDisk,
  awsLightsailInstance,
  awsLightsailLb,
  awsNatGateway,
  awsNetworkfirewallFirewall,
  awsRoute53ResolverEndpoint,
  awsSpotInstanceRequest,
  awsTransferServer,
  awsVpcEndpoint,
  awsVpcIpam,
  awsVpclatticeService,
  awsVpnConnection,
];
