/** Pricers for compute, containers, serverless compute, load balancing and networking. Sorted by resource type. */
import type { Pricer } from '../../pricer';
import awsEbsVolume from '../aws/ebs-volume';
import awsInstance from '../aws/instance';
import awsNatGateway from '../aws/nat-gateway';

export const COMPUTE_PRICERS: readonly Pricer[] = [
  awsEbsVolume,
  awsInstance,
  awsNatGateway,
];
