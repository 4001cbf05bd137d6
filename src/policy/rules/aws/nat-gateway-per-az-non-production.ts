import { defineRule } from '../../rule';
import type { ResourceView } from '../../resource-view';
import { isPublicNat } from './nat-gateway-routes';

const ENV_KEYS = ['Environment', 'environment', 'Env', 'env', 'Stage', 'stage'];
const NON_PRODUCTION = new Set(['dev', 'development', 'test', 'testing', 'qa', 'uat', 'staging', 'stage', 'sandbox', 'nonprod', 'non-prod', 'non-production']);

/** The environment a resource's effective tags name, lower-cased, if any. */
function environmentOf(r: ResourceView): string | undefined {
  const tags = r.effectiveTags;
  if (tags.kind !== 'object') return undefined;
  for (const k of ENV_KEYS) {
    const v = tags.entries.get(k);
    if (v?.kind === 'string') return v.value.toLowerCase();
  }
  return undefined;
}

/**
 * Several public NAT gateways in an environment its tags call non-production (Environment = dev,
 * test, staging...). The counterpart of aws-nat-gateway-shared-across-azs: one per zone is the
 * resilient design, but in non-production environments the extra gateways are mostly cost.
 * Reported on every gateway of the environment but the first.
 */
export default defineRule({
  id: 'aws-nat-gateway-per-az-non-production',
  title: 'Several NAT gateways in a non-production environment',
  severity: 'info',
  category: 'cost',
  targets: ['aws_nat_gateway'],
  docs: {
    why: 'Each NAT gateway costs about $33 a month in us-east-1 before data processing ($0.045/GB), and its public IP another $3.65. One per Availability Zone is the right design for production, but a development or test VPC rarely needs to survive a zone outage, so the second and third gateways mostly add cost.',
    fix: 'In non-production environments, route all private subnets through one NAT gateway (for example a single_nat_gateway/one_nat_gateway_per_az switch in your VPC module driven by the environment), or use VPC endpoints for AWS services so that less traffic needs NAT at all. Keep one per zone where the environment must stay up during a zone outage.',
    links: ['https://aws.amazon.com/vpc/pricing/', 'https://docs.aws.amazon.com/vpc/latest/userguide/vpc-nat-gateway.html'],
  },
  check({ resource, graph, report }) {
    if (!isPublicNat(resource)) return;
    const env = environmentOf(resource);
    if (!env || !NON_PRODUCTION.has(env)) return;
    const peers = graph.ofType('aws_nat_gateway').filter((n) => isPublicNat(n) && environmentOf(n) === env);
    if (peers.length < 2 || peers[0] === resource) return;
    report({ at: resource, message: `One of ${peers.length} NAT gateways in the "${env}" environment, each billed by the hour plus data processing: a non-production environment can usually share one.`, alternative: { remove: true } });
  },
});
