import { defineRule } from '../../rule';

/**
 * Lambda runtimes and the date AWS deprecated them (or plans to), from the Lambda runtimes page
 * (https://docs.aws.amazon.com/lambda/latest/dg/lambda-runtimes.html) as of late 2025. A runtime
 * counts as deprecated from its date on.
 */
const DEPRECATION: Readonly<Record<string, string>> = {
  nodejs: '2016-10-31',
  'nodejs4.3': '2020-03-05',
  'nodejs4.3-edge': '2020-03-05',
  'nodejs6.10': '2019-08-12',
  'nodejs8.10': '2020-03-06',
  'nodejs10.x': '2021-07-30',
  'nodejs12.x': '2023-03-31',
  'nodejs14.x': '2023-12-04',
  'nodejs16.x': '2024-06-12',
  'nodejs18.x': '2025-09-01',
  'nodejs20.x': '2026-04-30',
  'python2.7': '2021-07-15',
  'python3.6': '2022-07-18',
  'python3.7': '2023-12-04',
  'python3.8': '2024-10-14',
  'python3.9': '2025-12-15',
  'python3.10': '2026-06-30',
  'python3.11': '2026-06-30',
  java8: '2024-01-08',
  'java8.al2': '2026-06-30',
  java11: '2026-06-30',
  java17: '2026-06-30',
  'dotnetcore1.0': '2019-07-27',
  'dotnetcore2.0': '2019-05-30',
  'dotnetcore2.1': '2022-01-05',
  'dotnetcore3.1': '2023-04-03',
  'dotnet5.0': '2022-05-10',
  dotnet6: '2024-11-12',
  dotnet7: '2024-05-14',
  dotnet8: '2026-11-10',
  'ruby2.5': '2021-07-30',
  'ruby2.7': '2023-11-27',
  'ruby3.2': '2026-03-31',
  'go1.x': '2024-01-08',
  provided: '2024-01-08',
  'provided.al2': '2026-06-30',
};

/** A supported runtime of the same language, for the (unsafe) upgrade fix; none where the move needs a rebuild. */
function successor(runtime: string): string | undefined {
  if (runtime.startsWith('python')) return 'python3.13';
  if (runtime.startsWith('nodejs')) return 'nodejs22.x';
  if (runtime.startsWith('java')) return 'java21';
  if (runtime.startsWith('ruby')) return 'ruby3.4';
  if (runtime === 'provided' || runtime === 'provided.al2') return 'provided.al2023';
  return undefined;
}

/** Functions on a runtime AWS has deprecated: no security patches, and creation then updates get blocked. */
export default defineRule({
  id: 'aws-lambda-deprecated-runtime',
  title: 'Lambda function uses a deprecated runtime',
  severity: 'warning',
  category: 'reliability',
  targets: ['aws_lambda_function'],
  docs: {
    why: 'Once a runtime is deprecated, AWS stops applying security patches to it and support ends. Some weeks later Lambda blocks creating functions with it, then updating them: a routine code change or a terraform apply that recreates the function then fails, often during an incident.',
    fix: 'Move the function to a supported runtime of the same language (for example python3.13, nodejs22.x, java21, provided.al2023), test it, and deploy. For go1.x, build a "bootstrap" binary and use provided.al2023.',
    links: ['https://docs.aws.amazon.com/lambda/latest/dg/lambda-runtimes.html', 'https://docs.aws.amazon.com/lambda/latest/dg/runtime-support-policy.html'],
  },
  equivalents: { checkov: ['CKV_AWS_363'] },
  fix: 'unsafe',
  check({ resource, report, fix, today }) {
    const runtime = resource.attr('runtime');
    if (!runtime || runtime.value.kind !== 'string') return;
    const id = runtime.value.value;
    const date = DEPRECATION[id];
    if (!date || date > today) return;
    const next = successor(id);
    report({
      at: runtime,
      message: `The ${id} runtime was deprecated on ${date}: it gets no security patches, and Lambda blocks creating then updating functions that use it.${next ? ` Move to ${next}.` : ''}`,
      ...(next ? { fixes: [{ title: `Use ${next} (test the function first)`, edits: fix.set(resource, 'runtime', JSON.stringify(next)) }] } : {}),
    });
  },
});
