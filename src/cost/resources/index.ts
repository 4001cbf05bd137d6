/** Every resource pricer, one line each, sorted by resource type. */
import type { Pricer } from '../pricer';
import awsEbsVolume from './aws/ebs-volume';
import awsInstance from './aws/instance';
import awsNatGateway from './aws/nat-gateway';

export const PRICERS: readonly Pricer[] = [
  awsEbsVolume,
  awsInstance,
  awsNatGateway,
];
