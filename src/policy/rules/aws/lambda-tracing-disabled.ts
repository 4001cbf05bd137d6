import { defineRule } from '../../rule';

/** A function without active X-Ray tracing (`tracing_config.mode` defaults to "PassThrough"). */
export default defineRule({
  id: 'aws-lambda-tracing-disabled',
  title: 'Lambda function without active X-Ray tracing',
  severity: 'warning',
  category: 'reliability',
  targets: ['aws_lambda_function'],
  docs: {
    why: 'Without active tracing, Lambda only traces requests that arrive with a sampled trace header, so most invocations leave no trace: slow downstream calls, cold starts and errors across services cannot be followed when something goes wrong.',
    fix: 'Add tracing_config { mode = "Active" } and give the role the AWSXRayDaemonWriteAccess permissions (xray:PutTraceSegments, xray:PutTelemetryRecords): Lambda rejects active tracing when the role lacks them. X-Ray samples requests, and traces beyond the free tier are billed.',
    links: ['https://docs.aws.amazon.com/lambda/latest/dg/services-xray.html'],
  },
  equivalents: { checkov: ['CKV_AWS_50'], trivy: ['AVD-AWS-0066'], tfsec: ['aws-lambda-enable-tracing'] },
  // unsafe: Lambda refuses the change when the role may not call xray:PutTraceSegments
  fix: 'unsafe',
  check({ resource, report, fix }) {
    if (resource.hasUnknownBlocks('tracing_config')) return;
    const config = resource.blocks('tracing_config')[0];
    const mode = config?.attr('mode');
    if (mode && (!mode.known || (mode.value.kind === 'string' && mode.value.value === 'Active'))) return;
    report({
      at: mode ?? resource,
      message: mode ? `tracing_config mode is "${mode.value.kind === 'string' ? mode.value.value : ''}": only requests that arrive already sampled are traced.` : 'No tracing_config: X-Ray tracing is not active (the mode defaults to "PassThrough").',
      fixes: [{ title: 'Turn on active X-Ray tracing (the role needs X-Ray write permissions)', edits: fix.ensure(resource, ['tracing_config', 'mode'], '"Active"') }],
    });
  },
});
