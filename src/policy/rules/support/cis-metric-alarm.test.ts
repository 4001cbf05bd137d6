/**
 * The CIS metric filter and alarm rules from the user's side: a trail sending to CloudWatch Logs,
 * with or without the filter and alarm the benchmark asks for, in the forms users write them.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { evaluateConfiguration, memoryHost } from '../../../terraform';
import { runPolicy } from '../../engine';
import { RULES } from '../index';

const ALARM_RULES = RULES.filter((r) => /^aws-cloudwatch-.+-alarm-missing$/.test(r.id));

const TRAIL = `
resource "aws_sns_topic" "security" {
  name = "security-alerts"
}

resource "aws_cloudwatch_log_group" "trail" {
  name = "/aws/cloudtrail/main"
}

resource "aws_cloudtrail" "main" {
  name                       = "main"
  s3_bucket_name             = "acme-cloudtrail"
  cloud_watch_logs_group_arn = "\${aws_cloudwatch_log_group.trail.arn}:*"
  cloud_watch_logs_role_arn  = "arn:aws:iam::123456789012:role/cloudtrail"
}
`;

function filter(name: string, pattern: string, metric = name): string {
  return `
resource "aws_cloudwatch_log_metric_filter" "${name}" {
  name           = "${name}"
  log_group_name = aws_cloudwatch_log_group.trail.name
  pattern        = ${JSON.stringify(pattern)}

  metric_transformation {
    name      = "${metric}"
    namespace = "CIS"
    value     = "1"
  }
}
`;
}

function alarm(name: string, metric: string, namespace = '"CIS"'): string {
  return `
resource "aws_cloudwatch_metric_alarm" "${name}" {
  alarm_name          = "${name}"
  metric_name         = ${metric}
  namespace           = ${namespace}
  statistic           = "Sum"
  period              = 300
  evaluation_periods  = 1
  threshold           = 1
  comparison_operator = "GreaterThanOrEqualToThreshold"
  alarm_actions       = [aws_sns_topic.security.arn]
}
`;
}

function findings(text: string, id: string): string[] {
  const ev = evaluateConfiguration(memoryHost({ 'main.tf': text }), '.', { defaultRegion: 'us-east-1' });
  return runPolicy(ev, { rules: RULES, today: '2026-11-22' }).filter((f) => f.ruleId === id).map((f) => f.message);
}

/** The pattern the rule's docs tell users to write. */
function documentedPattern(fix: string): string {
  const m = /pattern = ("(?:[^"\\]|\\.)*")/.exec(fix);
  assert.ok(m, 'the fix names a pattern');
  return JSON.parse(m[1]!) as string;
}

test('there is one alarm rule per CIS monitoring recommendation 4.1 to 4.14', () => {
  assert.equal(ALARM_RULES.length, 14);
});

for (const rule of ALARM_RULES) {
  test(`${rule.id}: the documented filter with an alarm on its metric passes; without the alarm, the filter is named`, () => {
    const pattern = documentedPattern(rule.docs.fix);
    assert.deepEqual(findings(TRAIL, rule.id).length, 1, 'no filter: one finding');
    // the alarm by the filter's metric name and namespace, written out
    assert.deepEqual(findings(TRAIL + filter('cis', pattern) + alarm('cis', '"cis"'), rule.id), []);
    // the alarm by reference to the filter
    assert.deepEqual(findings(TRAIL + filter('cis', pattern) + alarm('cis', 'aws_cloudwatch_log_metric_filter.cis.metric_transformation[0].name'), rule.id), []);
    const noAlarm = findings(TRAIL + filter('cis', pattern), rule.id);
    assert.equal(noAlarm.length, 1);
    assert.match(noAlarm[0]!, /aws_cloudwatch_log_metric_filter\.cis matches .* but no alarm watches its metric/);
    // an alarm on another namespace watches another metric
    assert.equal(findings(TRAIL + filter('cis', pattern) + alarm('cis', '"cis"', '"Other"'), rule.id).length, 1);
  });
}

test('patterns match with any spacing and quoting, but not a longer event name', () => {
  const id = 'aws-cloudwatch-cloudtrail-changes-alarm-missing';
  const compact = '{($.eventName="CreateTrail")||($.eventName="UpdateTrail")||($.eventName="DeleteTrail")||($.eventName="StartLogging")||($.eventName="StopLogging")}';
  assert.deepEqual(findings(TRAIL + filter('cis', compact) + alarm('cis', '"cis"'), id), []);
  const longer = compact.replace('"DeleteTrail"', '"DeleteTrailX"');
  assert.equal(findings(TRAIL + filter('cis', longer) + alarm('cis', '"cis"'), id).length, 1);
  const negated = compact.replace('$.eventName="StopLogging"', '$.eventName!="StopLogging"');
  assert.equal(findings(TRAIL + filter('cis', negated) + alarm('cis', '"cis"'), id).length, 1);
});

test('a filter pattern or an alarm metric known only after apply keeps the rules silent', () => {
  const id = 'aws-cloudwatch-root-usage-alarm-missing';
  const unknownPattern = `
variable "pattern" {
  type = string
}
${filter('cis', 'x').replace('"x"', 'var.pattern')}`;
  assert.deepEqual(findings(TRAIL + unknownPattern, id), []);
  const pattern = '{ $.userIdentity.type = "Root" && $.userIdentity.invokedBy NOT EXISTS && $.eventType != "AwsServiceEvent" }';
  const unknownMetric = `
variable "metric" {
  type = string
}
${filter('cis', pattern)}${alarm('cis', 'var.metric')}`;
  assert.deepEqual(findings(TRAIL + unknownMetric, id), []);
});

test('a trail that does not send to CloudWatch Logs is left to aws-cloudtrail-without-cloudwatch-logs', () => {
  const text = `
resource "aws_cloudtrail" "main" {
  name           = "main"
  s3_bucket_name = "acme-cloudtrail"
}
`;
  for (const rule of ALARM_RULES) assert.deepEqual(findings(text, rule.id), []);
});
