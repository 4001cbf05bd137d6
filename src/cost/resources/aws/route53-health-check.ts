import type { Value } from '../../../terraform';
import { definePricer, isUnknown, unknownComponent, type ComponentSpec } from '../../pricer';

/** Host names AWS serves: an endpoint written with one of them is an AWS endpoint. */
const AWS_HOSTS = /\.(amazonaws\.com|cloudfront\.net|awsglobalaccelerator\.com|on\.aws)\.?$/i;

/** Is the endpoint an AWS resource? undefined when it cannot be told before apply. */
function awsEndpoint(v: Value | undefined): boolean | undefined {
  if (v?.kind === 'unknown') return v.source?.startsWith('aws_') ? true : undefined;
  if (v?.kind === 'string') return AWS_HOSTS.test(v.value);
  return undefined;
}

/** A Route 53 health check: a monthly price by endpoint kind, plus each optional feature. */
export default definePricer({
  resource: 'aws_route53_health_check',
  docs: 'One health check per month at the AWS-endpoint or non-AWS-endpoint rate, plus each optional feature (HTTPS, string matching, 10-second interval, latency measurement). The endpoint counts as AWS when fqdn or ip_address comes from an AWS resource of the configuration or names an AWS host; a literal IP address or other host name is taken as non-AWS. Calculated and CloudWatch-alarm checks are priced as AWS-endpoint checks; the first 50 AWS-endpoint checks that AWS gives each account free are not deducted.',
  price(ctx) {
    const type = ctx.string('type');
    if (isUnknown(type)) return [unknownComponent('Health check', 'months', type.unknown)];
    if (type === 'CALCULATED' || type === 'CLOUDWATCH_METRIC') {
      return [{ name: `Health check (${type === 'CALCULATED' ? 'calculated' : 'CloudWatch alarm'})`, unit: 'months', priceKey: 'route53.health-check/aws', quantity: 1, per: 'month' }];
    }
    if (type === 'RECOVERY_CONTROL') return [unknownComponent('Health check (routing control)', 'months', 'routing control checks are billed with Application Recovery Controller, which the catalogue lacks')];
    const fqdn = ctx.get('fqdn');
    const endpoint = fqdn && fqdn.kind !== 'null' ? fqdn : ctx.get('ip_address');
    const aws = awsEndpoint(endpoint);
    if (aws === undefined) {
      const why = endpoint?.kind === 'unknown' ? `the endpoint is ${endpoint.reason}${endpoint.source && !endpoint.reason.includes(endpoint.source.replace(/\.[^.]*$/, '')) ? ` (${endpoint.source})` : ''}, so whether it is an AWS endpoint is not known` : 'no endpoint (fqdn or ip_address)';
      return [unknownComponent('Health check', 'months', why)];
    }
    const kind = aws ? 'aws' : 'external';
    const features: string[] = [];
    if (type?.startsWith('HTTPS')) features.push('HTTPS');
    if (type?.endsWith('_STR_MATCH')) features.push('string match');
    const interval = ctx.number('request_interval');
    const latency = ctx.bool('measure_latency');
    if (interval === 10) features.push('10 s');
    if (latency === true) features.push('latency');
    const out: ComponentSpec[] = [{ name: `Health check (${aws ? 'AWS' : 'non-AWS'} endpoint)`, unit: 'months', priceKey: `route53.health-check/${kind}`, quantity: 1, per: 'month' }];
    // a feature that may or may not be on is a line of its own, unknown, never left out
    if (isUnknown(interval)) out.push(unknownComponent('Fast interval (10 s) feature', 'features', interval.unknown));
    if (isUnknown(latency)) out.push(unknownComponent('Latency measurement feature', 'features', latency.unknown));
    if (features.length) out.push({ name: `Features (${features.join(', ')})`, unit: 'features', priceKey: `route53.health-check/${kind}/optional-features`, quantity: features.length, per: 'month' });
    return out;
  },
});
