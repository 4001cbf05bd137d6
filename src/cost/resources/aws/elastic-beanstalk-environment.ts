import type { Value } from '../../../terraform';
import { definePricer, unknownComponent, type ComponentSpec, type PriceContext } from '../../pricer';

/** The value of a setting block (namespace, name), or undefined when the environment does not set it. */
function setting(ctx: PriceContext, namespace: string, name: string): Value | undefined {
  for (const s of ctx.blocks('setting')) {
    if (s.kind !== 'object') continue;
    const ns = s.entries.get('namespace');
    const n = s.entries.get('name');
    if (ns?.kind === 'string' && ns.value === namespace && n?.kind === 'string' && n.value === name) return s.entries.get('value');
  }
  return undefined;
}

function text(v: Value | undefined): string | undefined | { readonly unknown: string } {
  if (v === undefined || v.kind === 'null') return undefined;
  if (v.kind === 'string') return v.value;
  if (v.kind === 'number') return String(v.value);
  return { unknown: v.kind === 'unknown' ? `a setting is ${v.reason}` : 'a setting is not a string' };
}

const LB: Readonly<Record<string, string>> = { application: 'alb', network: 'nlb', classic: 'clb' };
const RDS_ENGINE: Readonly<Record<string, string>> = { mysql: 'mysql', postgres: 'postgres', mariadb: 'mariadb' };

/**
 * An Elastic Beanstalk environment, from its settings: the instances (EC2 Linux on-demand rates), the load
 * balancer (ELB hourly rates) and a database it creates (RDS instance rates). Beanstalk itself is free.
 */
export default definePricer({
  resource: 'aws_elastic_beanstalk_environment',
  docs: 'From the setting blocks: MinSize instances (aws:autoscaling:asg, 1 by default; 1 for a SingleInstance environment) of the first of aws:ec2:instances InstanceTypes or aws:autoscaling:launchconfiguration InstanceType (AWS\'s default t3.micro) at the Linux on-demand rate; the load balancer of a LoadBalanced web server environment (worker environments have none) by LoadBalancerType (classic by default); and a database from aws:rds:dbinstance (MySQL, PostgreSQL or MariaDB; Single- or Multi-AZ). Volumes, load balancer capacity units, database storage and instances scaled above MinSize are not included.',
  price(ctx) {
    const out: ComponentSpec[] = [];
    const envType = text(setting(ctx, 'aws:elasticbeanstalk:environment', 'EnvironmentType')) ?? 'LoadBalanced';
    if (typeof envType !== 'string') return [unknownComponent('Instances', 'hours', envType.unknown)];
    const types = text(setting(ctx, 'aws:ec2:instances', 'InstanceTypes')) ?? text(setting(ctx, 'aws:autoscaling:launchconfiguration', 'InstanceType')) ?? 't3.micro';
    const min = envType === 'SingleInstance' ? '1' : text(setting(ctx, 'aws:autoscaling:asg', 'MinSize')) ?? '1';
    if (typeof types !== 'string') out.push(unknownComponent('Instances', 'hours', types.unknown));
    else if (typeof min !== 'string') out.push(unknownComponent('Instances', 'hours', min.unknown));
    else {
      const type = types.split(',')[0]!.trim();
      const n = Number(min);
      out.push({ name: `Instances (Linux, on-demand, ${type} x ${n})`, unit: 'hours', priceKey: `ec2.instance/${type}/linux`, quantity: n, per: 'hour', discount: 'ec2' });
    }
    if (envType === 'LoadBalanced' && ctx.string('tier') !== 'Worker') {
      const lbType = text(setting(ctx, 'aws:elasticbeanstalk:environment', 'LoadBalancerType')) ?? 'classic';
      if (typeof lbType !== 'string') out.push(unknownComponent('Load balancer', 'hours', lbType.unknown));
      else if (!LB[lbType]) out.push(unknownComponent(`Load balancer (${lbType})`, 'hours', `load balancer type ${lbType} is not known`));
      else {
        const shared = text(setting(ctx, 'aws:elasticbeanstalk:environment', 'LoadBalancerIsShared'));
        if (shared === 'true') out.push({ name: 'Load balancer (shared, priced with its own resource)', unit: 'hours', quantity: 1, per: 'hour', price: 0 });
        else out.push({ name: `Load balancer (${lbType})`, unit: 'hours', priceKey: `elb.${LB[lbType]}/hour`, quantity: 1, per: 'hour' });
      }
    }
    const dbClass = text(setting(ctx, 'aws:rds:dbinstance', 'DBInstanceClass'));
    if (dbClass !== undefined) {
      const engine = text(setting(ctx, 'aws:rds:dbinstance', 'DBEngine')) ?? 'mysql';
      const multi = text(setting(ctx, 'aws:rds:dbinstance', 'MultiAZDatabase'));
      if (typeof dbClass !== 'string') out.push(unknownComponent('Database instance', 'hours', dbClass.unknown));
      else if (typeof engine !== 'string' || !RDS_ENGINE[engine]) out.push(unknownComponent(`Database instance (${dbClass})`, 'hours', typeof engine === 'string' ? `engine ${engine} is not priced here` : engine.unknown));
      else {
        const az = multi === 'true' ? 'multi-az' : 'single-az';
        out.push({ name: `Database instance (${engine}, ${dbClass}, ${az === 'multi-az' ? 'Multi-AZ' : 'Single-AZ'})`, unit: 'hours', priceKey: `rds.instance/${RDS_ENGINE[engine]}/none/${dbClass}/${az}`, quantity: 1, per: 'hour', discount: 'rds' });
      }
    }
    return out;
  },
});
