import { defineRule } from '../../rule';

/** A state machine without X-Ray tracing (`tracing_configuration.enabled` defaults to false). */
export default defineRule({
  id: 'aws-sfn-tracing-disabled',
  title: 'Step Functions state machine without X-Ray tracing',
  severity: 'info',
  category: 'reliability',
  targets: ['aws_sfn_state_machine'],
  docs: {
    why: 'Without X-Ray, a slow or failing execution cannot be followed into the Lambda functions and services its states call, so finding which step added latency or failed means reading each service\'s logs by hand.',
    fix: 'Add tracing_configuration { enabled = true } and give the state machine\'s role xray:PutTraceSegments, xray:PutTelemetryRecords and xray:GetSamplingRules/GetSamplingTargets. Traces beyond the X-Ray free tier are billed.',
    links: ['https://docs.aws.amazon.com/step-functions/latest/dg/concepts-xray-tracing.html'],
  },
  equivalents: { checkov: ['CKV_AWS_284'] },
  // unsafe: the role needs X-Ray permissions the configuration may not grant
  fix: 'unsafe',
  check({ resource, report, fix }) {
    if (resource.hasUnknownBlocks('tracing_configuration')) return;
    const enabled = resource.attrAt('tracing_configuration.enabled');
    if (enabled && (!enabled.known || (enabled.value.kind === 'bool' && enabled.value.value))) return;
    report({
      at: enabled ?? resource,
      message: enabled ? 'tracing_configuration enabled is false: executions are not traced in X-Ray.' : 'No tracing_configuration: executions are not traced in X-Ray.',
      fixes: [{ title: 'Turn on X-Ray tracing (the role needs X-Ray permissions)', edits: fix.ensure(resource, ['tracing_configuration', 'enabled'], 'true') }],
    });
  },
});
