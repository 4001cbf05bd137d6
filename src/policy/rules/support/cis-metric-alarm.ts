/**
 * The CIS AWS Foundations monitoring checks (section 4 in v1.4 to v3): for a trail that sends its
 * events to CloudWatch Logs, a log metric filter whose pattern matches a given kind of event and
 * an alarm on the filter's metric must exist. A rule per kind of event is declared with
 * `metricAlarmRule`; they differ only in the terms the filter pattern must contain.
 *
 * The configuration is searched as a whole (filters and alarms often live in a security module of
 * their own). A pattern matches when it contains every required term, ignoring spaces and quotes:
 * `$.eventName = CreateTrail` is the term `$.eventName=CreateTrail`. A filter whose pattern, or an
 * alarm whose metric, is known only after apply may be the one sought: the rule stays silent.
 */
import type { ResourceView } from '../../resource-view';
import { defineRule, type Rule } from '../../rule';

export interface MetricAlarmSpec {
  /** `aws-cloudwatch-<topic>-alarm-missing`. */
  readonly id: string;
  /** What the filter watches, for titles and messages: "unauthorized API calls". */
  readonly watches: string;
  /** The CIS AWS Foundations Benchmark v1.4 recommendation number ("4.1"). */
  readonly cis: string;
  readonly why: string;
  /** Terms every matching pattern contains, written as the benchmark writes them (`$.eventName = CreateTrail`). */
  readonly terms: readonly string[];
  /** The pattern the benchmark gives, for the docs and the message. */
  readonly pattern: string;
}

const normalize = (s: string): string => s.replace(/[\s"']/g, '');

/** Whether the pattern contains the term, not as the prefix of a longer name (`CreateTrail` is not in `CreateTrailX`). */
function contains(pattern: string, term: string): boolean {
  for (let at = pattern.indexOf(term); at >= 0; at = pattern.indexOf(term, at + 1)) {
    const next = pattern[at + term.length];
    if (next === undefined || !/[A-Za-z0-9_]/.test(next)) return true;
  }
  return false;
}

type Match = { readonly state: 'found' | 'undecided' } | { readonly state: 'no-alarm'; readonly filter: ResourceView } | { readonly state: 'no-filter' };

function search(graph: { ofType(type: string): readonly ResourceView[] }, terms: readonly string[]): Match {
  const wanted = terms.map(normalize);
  let undecided = false;
  const filters: ResourceView[] = [];
  for (const f of graph.ofType('aws_cloudwatch_log_metric_filter')) {
    const p = f.attr('pattern')?.value;
    if (p?.kind !== 'string') {
      if (p?.kind === 'unknown') undecided = true;
      continue;
    }
    const text = normalize(p.value);
    if (wanted.every((t) => contains(text, t))) filters.push(f);
  }
  if (filters.length === 0) return undecided ? { state: 'undecided' } : { state: 'no-filter' };
  const alarms = graph.ofType('aws_cloudwatch_metric_alarm');
  for (const f of filters) {
    const transformation = f.blocks('metric_transformation')[0];
    const metric = transformation?.attr('name')?.value;
    const namespace = transformation?.attr('namespace')?.value;
    for (const a of alarms) {
      if (a.blocks('metric_query').length > 0 || a.hasUnknownBlocks('metric_query')) {
        undecided = true;
        continue;
      }
      const name = a.attr('metric_name')?.value;
      if (!name) continue;
      if (name.kind === 'unknown') {
        if (name.source?.startsWith(`${f.address}.`)) return { state: 'found' };
        undecided = true;
        continue;
      }
      if (name.kind !== 'string' || metric?.kind !== 'string' || name.value !== metric.value) continue;
      const ns = a.attr('namespace')?.value;
      if (ns?.kind === 'string' && namespace?.kind === 'string' && ns.value !== namespace.value) continue;
      return { state: 'found' };
    }
  }
  return undecided ? { state: 'undecided' } : { state: 'no-alarm', filter: filters[0]! };
}

/** A rule on `aws_cloudtrail` asking for the CIS metric filter and alarm of one kind of event. */
export function metricAlarmRule(spec: MetricAlarmSpec): Rule {
  return defineRule({
    id: spec.id,
    title: `No CloudWatch alarm on ${spec.watches} (CIS ${spec.cis})`,
    severity: 'info',
    category: 'security',
    targets: ['aws_cloudtrail'],
    docs: {
      why: `${spec.why} The CIS AWS Foundations Benchmark (${spec.cis}) asks for a metric filter on the trail's CloudWatch Logs group and an alarm on its metric. Trails that do not send to CloudWatch Logs are reported by aws-cloudtrail-without-cloudwatch-logs; filters and alarms are looked for anywhere in the configuration.`,
      fix: `Add an aws_cloudwatch_log_metric_filter on the trail's log group with pattern = ${JSON.stringify(spec.pattern)} and a metric_transformation, and an aws_cloudwatch_metric_alarm with metric_name and namespace of that transformation, threshold = 1, comparison_operator = "GreaterThanOrEqualToThreshold" and alarm_actions pointing at an SNS topic someone reads. EventBridge rules or a SIEM watching the trail are alternatives: suppress the finding then.`,
      links: [
        'https://docs.aws.amazon.com/securityhub/latest/userguide/cloudwatch-controls.html',
        'https://docs.aws.amazon.com/AmazonCloudWatch/latest/logs/FilterAndPatternSyntax.html',
      ],
    },
    check({ resource, graph, report }) {
      const group = resource.attr('cloud_watch_logs_group_arn');
      if (!group || (group.value.kind === 'string' && group.value.value === '')) return;
      const found = search(graph, spec.terms);
      if (found.state === 'no-filter') {
        report({ at: resource, message: `No log metric filter matches ${spec.watches} (CIS ${spec.cis}): nobody is alerted when they happen.` });
      } else if (found.state === 'no-alarm') {
        report({ at: resource, message: `The metric filter ${found.filter.address} matches ${spec.watches} but no alarm watches its metric (CIS ${spec.cis}).` });
      }
    },
  });
}
