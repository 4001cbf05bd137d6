/**
 * The CLI from the user's side: run dist/cli.js as a process on real directories and compare
 * stdout, stderr and the exit code with golden files. `UPDATE=1 npm run test:unit` refreshes them.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Ajv from 'ajv-draft-04';
import { fromRoot, repoRoot } from '../support/paths';

interface Run {
  code: number | null;
  stdout: string;
  stderr: string;
}

function kensa(args: string[], cwd = repoRoot): Run {
  const r = spawnSync(process.execPath, [fromRoot('dist/cli.js'), ...args], { cwd, encoding: 'utf8', env: { ...process.env, NO_COLOR: '1' } });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

function golden(name: string, actual: string): void {
  const path = fromRoot('test/cli/golden', name);
  if (process.env.UPDATE || !existsSync(path)) {
    mkdirSync(fromRoot('test/cli/golden'), { recursive: true });
    writeFileSync(path, actual);
    if (!process.env.UPDATE) assert.fail(`golden file ${name} was missing and has been written: review and commit it`);
    return;
  }
  assert.equal(actual, readFileSync(path, 'utf8'), `output differs from test/cli/golden/${name} (UPDATE=1 refreshes it)`);
}

test('kensa scan examples: findings with where values came from and fixes, then a summary; exit 1 on errors', () => {
  const r = kensa(['scan', 'examples']);
  assert.equal(r.stderr, '');
  assert.equal(r.code, 1);
  golden('scan-examples.txt', r.stdout);
  assert.equal(kensa(['scan', 'examples', '--fail-on', 'none']).code, 0);
});

test('kensa scan --format sarif: valid SARIF 2.1.0 with rules, regions and fixes', () => {
  const r = kensa(['scan', 'examples', '--format', 'sarif']);
  assert.equal(r.code, 1);
  const log = JSON.parse(r.stdout);
  const schema = JSON.parse(readFileSync(fromRoot('node_modules/@microsoft/jest-sarif/lib/schemas/sarif-2.1.0-rtm.5.json'), 'utf8'));
  const ajv = new Ajv({ allErrors: true, strict: false, unicodeRegExp: false, formats: { uri: true, 'uri-reference': true, 'date-time': true } });
  const validate = ajv.compile(schema);
  assert.ok(validate({ ...log }), JSON.stringify(validate.errors?.slice(0, 5), null, 2));
  const run = log.runs[0];
  assert.equal(run.tool.driver.name, 'Kensa');
  const acl = run.results.find((x: { ruleId: string }) => x.ruleId === 'aws-s3-public-acl');
  assert.deepEqual(acl.locations[0].physicalLocation, { artifactLocation: { uri: 'main.tf', uriBaseId: 'SRCROOT' }, region: { startLine: 154, startColumn: 3, endLine: 154, endColumn: 25 } });
  assert.equal(acl.level, 'error');
  assert.equal(run.tool.driver.rules[acl.ruleIndex].id, 'aws-s3-public-acl');
  assert.deepEqual(acl.fixes[0].artifactChanges[0].replacements[0], { deletedRegion: { startLine: 154, startColumn: 12, endLine: 154, endColumn: 25 }, insertedContent: { text: '"private"' } });
});

test('kensa scan --format markdown: a table for a pull request', () => {
  const r = kensa(['scan', 'examples', '--format', 'markdown', '--fail-on', 'none']);
  assert.equal(r.code, 0);
  golden('scan-examples.md', r.stdout);
});

test('kensa scan on broken files: each problem as file:line:col, exit 1', () => {
  const r = kensa(['scan', 'test/cli/fixtures/broken', '--config', 'test/cli/fixtures/no-rules.kensa.jsonc']);
  assert.equal(r.code, 1);
  golden('scan-broken.txt', r.stdout);
});

test('kensa scan --format json: findings with one-based ranges', () => {
  const r = kensa(['scan', 'test/cli/fixtures/broken', '--format', 'json', '--config', 'test/cli/fixtures/no-rules.kensa.jsonc']);
  assert.equal(r.code, 1);
  const out = JSON.parse(r.stdout);
  assert.equal(out.summary.files, 4);
  assert.equal(out.summary.resources, 6);
  assert.equal(out.version, 1);
  assert.deepEqual(out.findings[0], {
    ruleId: 'terraform',
    severity: 'error',
    category: 'governance',
    message: 'Missing expression: Expected the start of an expression, but found the end of the line.',
    file: 'broken.tf',
    range: { startLine: 4, startColumn: 11, endLine: 4, endColumn: 11 },
    resourceAddress: '',
    related: [],
    fixes: [],
  });
});

/** The findings of a JSON report as `rule address file:line`. */
const listed = (findings: { ruleId: string; resourceAddress: string; file: string; range: { startLine: number } }[]): string[] =>
  findings.map((f) => `${f.ruleId} ${f.resourceAddress} ${f.file}:${f.range.startLine}`);

test('kensa scan, findings per resource instance: count = 2, for_each over two keys, a module called twice; a module call suppressed', () => {
  const dir = 'test/cli/fixtures/instances';
  const json = kensa(['scan', dir, '--format', 'json']);
  assert.equal(json.code, 1);
  const out = JSON.parse(json.stdout);
  assert.deepEqual(listed(out.findings), [
    'aws-s3-public-acl module.old.aws_s3_bucket_acl.this bucket/main.tf:3',
    'aws-s3-public-acl module.new.aws_s3_bucket_acl.this bucket/main.tf:3',
    'aws-ec2-imdsv1-enabled aws_instance.web[0] main.tf:6',
    'aws-ec2-imdsv1-enabled aws_instance.web[1] main.tf:6',
    'aws-s3-public-acl aws_s3_bucket_acl.site["blue"] main.tf:15',
    'aws-s3-public-acl aws_s3_bucket_acl.site["green"] main.tf:15',
  ]);
  assert.deepEqual(out.summary, { rootModules: 1, files: 2, resources: 8, findings: 6, error: 6, warning: 0, info: 0, fixable: 6 });

  // the terminal: one line per place, naming its instances; the summary counts instances
  const text = kensa(['scan', dir]);
  assert.equal(text.code, 1);
  assert.equal(
    text.stdout,
    [
      'bucket/main.tf:3:3: error aws-s3-public-acl: The "public-read" ACL makes this bucket\'s objects readable by anyone. [module.old.aws_s3_bucket_acl.this, module.new.aws_s3_bucket_acl.this]',
      '    fix (safe): Use the "private" ACL',
      'main.tf:6:1: error aws-ec2-imdsv1-enabled: No metadata_options block requires IMDSv2 tokens, so the instance answers IMDSv1 requests (http_tokens defaults to "optional"). [aws_instance.web[0], aws_instance.web[1]]',
      '    fix (safe): Require IMDSv2 (http_tokens = "required")',
      'main.tf:15:3: error aws-s3-public-acl: The "public-read" ACL makes this bucket\'s objects readable by anyone. [aws_s3_bucket_acl.site["blue"], aws_s3_bucket_acl.site["green"]]',
      '    fix (safe): Use the "private" ACL',
      '',
      '1 root module, 2 files, 8 resources: 6 findings (6 error, 0 warning, 0 info), 6 with a fix',
      '',
    ].join('\n'),
  );

  // Markdown: a row per place, the headline per instance
  const md = kensa(['scan', dir, '--format', 'markdown', '--fail-on', 'none']).stdout;
  assert.match(md, /^6 findings: 6 error, 0 warning, 0 info\.$/m);
  assert.equal(md.split('\n').filter((l) => l.startsWith('| 🔴')).length, 3);
  assert.ok(md.includes('| `bucket/main.tf:3` | `module.old.aws_s3_bucket_acl.this`, `module.new.aws_s3_bucket_acl.this` |'), md);

  // SARIF: a result per instance, each naming its instance, at the shared place
  const sarif = JSON.parse(kensa(['scan', dir, '--format', 'sarif']).stdout);
  const results = sarif.runs[0].results as { ruleId: string; message: { text: string }; locations: { physicalLocation: { artifactLocation: { uri: string }; region: { startLine: number } }; logicalLocations: { fullyQualifiedName: string }[] }[] }[];
  assert.deepEqual(
    results.map((r) => `${r.ruleId} ${r.locations[0]!.logicalLocations[0]!.fullyQualifiedName} ${r.locations[0]!.physicalLocation.artifactLocation.uri}:${r.locations[0]!.physicalLocation.region.startLine}`),
    listed(out.findings),
  );
  assert.equal(results[1]!.message.text, 'The "public-read" ACL makes this bucket\'s objects readable by anyone. [module.new.aws_s3_bucket_acl.this]');
});

test('kensa scan on a clean project exits 0 even with --fail-on info', () => {
  const dir = mkdtempSync(join(tmpdir(), 'kensa-clean-'));
  writeFileSync(join(dir, 'main.tf'), 'resource "aws_sqs_queue" "jobs" {\n  name                    = "jobs"\n  sqs_managed_sse_enabled = true\n}\n');
  const r = kensa(['scan', dir, '--fail-on', 'info']);
  assert.equal(r.code, 0, r.stdout);
  assert.match(r.stdout, /^1 root module, 1 file, 1 resource: no findings$/m);
});

test('kensa scan and cost --exclude: folders and globs left out, on top of kensa.jsonc', () => {
  const dir = mkdtempSync(join(tmpdir(), 'kensa-exclude-'));
  const write = (path: string, text: string): void => {
    mkdirSync(join(dir, path, '..'), { recursive: true });
    writeFileSync(join(dir, path), text);
  };
  write('live/main.tf', 'resource "aws_sqs_queue" "jobs" {\n  name                    = "jobs"\n  sqs_managed_sse_enabled = true\n}\n');
  write('sandbox/main.tf', 'resource "aws_s3_bucket_acl" "a" {\n  bucket = "a"\n  acl    = "public-read"\n}\n');
  write('envs/dev-old/main.tf', 'resource "aws_nat_gateway" "n" {\n  subnet_id = "s"\n}\n');
  const scanned = kensa(['scan', dir, '--format', 'json', '--fail-on', 'none']);
  assert.ok(scanned.stdout.includes('aws-s3-public-acl'), scanned.stdout);
  const excluded = kensa(['scan', dir, '--exclude', 'sandbox/**', '--exclude', 'envs/*-old', '--fail-on', 'info']);
  assert.equal(excluded.code, 0, excluded.stdout);
  assert.match(excluded.stdout, /^1 root module, 1 file, 1 resource: no findings$/m);
  assert.match(kensa(['cost', dir, '--format', 'json']).stdout, /aws_nat_gateway\.n/);
  assert.doesNotMatch(kensa(['cost', dir, '--format', 'json', '--exclude', 'envs/*-old']).stdout, /aws_nat_gateway/);
});

test('kensa parse FILE prints the hcl2json JSON', () => {
  const r = kensa(['parse', 'examples/outputs.tf']);
  assert.equal(r.code, 0);
  assert.equal(r.stderr, '');
  assert.deepEqual(JSON.parse(r.stdout), {
    output: {
      alb_dns_name: [{ description: 'Public DNS name of the load balancer.', value: '${aws_lb.web.dns_name}' }],
      web_private_ips: [{ value: '${aws_instance.web[*].private_ip}' }],
    },
  });
});

test('kensa parse with several files keys the results by the paths as given', () => {
  const r = kensa(['parse', 'examples/outputs.tf', 'examples/terraform.tfvars']);
  assert.equal(r.code, 0);
  const out = JSON.parse(r.stdout);
  assert.deepEqual(Object.keys(out), ['examples/outputs.tf', 'examples/terraform.tfvars']);
  assert.deepEqual(out['examples/terraform.tfvars'], {
    db: { allocated_storage: 100, instance_class: 'db.m5.large' },
    environment: 'staging',
    web_instance_type: 'm4.large',
  });
});

test('kensa parse on a broken file: diagnostics on stderr as file:line:col, exit 2', () => {
  const dir = mkdtempSync(join(tmpdir(), 'kensa-cli-'));
  writeFileSync(join(dir, 'bad.tf'), 'resource "a" "b" {\n  x = [1, 2\n}\n');
  const r = kensa(['parse', 'bad.tf'], dir);
  assert.equal(r.code, 2);
  assert.equal(r.stdout, '');
  assert.equal(
    r.stderr,
    'bad.tf:2:7: error: Unterminated tuple constructor expression: There is no corresponding closing bracket before the end of the expression. This may be caused by incorrect bracket nesting elsewhere in this file.\n',
  );
});

test('usage errors say what is wrong and exit 2', () => {
  const unknown = kensa(['scan', '--bogus']);
  assert.equal(unknown.code, 2);
  assert.match(unknown.stderr, /Unknown option '--bogus'/);
  const format = kensa(['scan', 'examples', '--format', 'xml']);
  assert.equal(format.code, 2);
  assert.match(format.stderr, /--format must be text, json, sarif, markdown, junit, gitlab, not "xml"/);
  const missing = kensa(['parse', 'no-such-file.tf']);
  assert.equal(missing.code, 2);
  assert.match(missing.stderr, /no-such-file.tf: cannot read: ENOENT/);
  const notDir = kensa(['scan', 'no-such-dir']);
  assert.equal(notDir.code, 2);
  assert.match(notDir.stderr, /no-such-dir: not a directory/);
  const command = kensa(['frobnicate']);
  assert.equal(command.code, 2);
  assert.match(command.stderr, /unknown command "frobnicate"/);
});

test('input errors exit 2 with one line: a missing --var-file, an unknown --region, a plan file that is not JSON', () => {
  const tmp = mkdtempSync(join(tmpdir(), 'kensa-input-'));
  writeFileSync(join(tmp, 'main.tf'), 'resource "aws_sqs_queue" "q" {\n  name = "q"\n}\n');
  writeFileSync(join(tmp, 'plan.json'), '{"format_version": "1.2", "planned_values": ');
  const lines = (r: Run): string[] => r.stderr.trimEnd().split('\n');
  for (const command of ['scan', 'cost', 'resources']) {
    const r = kensa([command, tmp, '--var-file', 'prod.tfvars']);
    assert.equal(r.code, 2, command);
    assert.equal(r.stdout, '');
    assert.deepEqual(lines(r), [`kensa ${command}: --var-file prod.tfvars: no such file in ${tmp}`, `Run "kensa ${command} --help" for usage.`]);
  }
  const region = kensa(['cost', tmp, '--region', 'mars-1']);
  assert.equal(region.code, 2);
  assert.match(lines(region)[0]!, /^kensa cost: --region mars-1: not an AWS region Kensa has prices for; use one of us-east-1, /);
  const plan = kensa(['scan', join(tmp, 'plan.json')]);
  assert.equal(plan.code, 2);
  assert.match(lines(plan)[0]!, /^kensa scan: .*plan\.json:1:\d+: Invalid JSON: /);
  // the files that are there still work
  writeFileSync(join(tmp, 'prod.tfvars'), '');
  assert.equal(kensa(['cost', tmp, '--var-file', 'prod.tfvars', '--region', 'eu-west-1']).code, 0);
});

test('--help lists the commands; each command has its own help', () => {
  const main = kensa(['--help']);
  assert.equal(main.code, 0);
  assert.match(main.stdout, /^ {2}parse +Print Terraform\/HCL files as hcl2json JSON$/m);
  assert.match(main.stdout, /^ {2}scan +Check the Terraform under a directory against the policy rules$/m);
  assert.match(main.stdout, /^ {2}cost +Estimate the monthly cost of the Terraform under a directory$/m);
  const scan = kensa(['scan', '--help']);
  assert.equal(scan.code, 0);
  assert.match(scan.stdout, /^Usage: kensa scan \[dir \| plan.json\]/);
  assert.equal(kensa(['--version']).stdout, JSON.parse(readFileSync(fromRoot('package.json'), 'utf8')).version + '\n');
});

test('kensa resources: the evaluated instances with addresses, regions and unknowns marked', () => {
  const r = kensa(['resources', 'examples']);
  assert.equal(r.code, 0);
  const { resources } = JSON.parse(r.stdout) as { resources: Record<string, unknown>[] };
  const web = resources.find((x) => x.address === 'aws_instance.web[2]')!;
  assert.deepEqual(
    { ...web, attributes: undefined },
    { root: '.', address: 'aws_instance.web[2]', mode: 'managed', type: 'aws_instance', module: '', provider: 'aws', region: 'eu-west-1', file: 'main.tf', line: 30, attributes: undefined },
  );
  const attributes = web.attributes as Record<string, unknown>;
  // terraform.tfvars sets m4.large; the AMI id comes from a data source, which Terraform reads from AWS at plan time
  assert.equal(attributes.instance_type, 'm4.large');
  assert.deepEqual(attributes.ami, { $unknown: 'read from AWS at plan time (data.aws_ami.ubuntu)', source: 'data.aws_ami.ubuntu.id' });
  assert.deepEqual(attributes.root_block_device, [{ volume_type: 'gp2', volume_size: 50 }]);
  const db = resources.find((x) => x.address === 'aws_db_instance.main')!.attributes as Record<string, unknown>;
  assert.equal(db.multi_az, false, 'optional(bool, false) default applies');
  assert.ok(resources.some((x) => x.address === 'module.network.aws_nat_gateway.this["eu-west-1b"]'));
});

test('kensa cost examples --format json: the estimate in the documented shape, usage-based lines out of the total', () => {
  const r = kensa(['cost', 'examples', '--format', 'json']);
  assert.equal(r.code, 0, r.stderr);
  const out = JSON.parse(r.stdout);
  assert.equal(out.currency, 'USD');
  assert.match(out.pricesAsOf, /^\d{4}-\d{2}-\d{2}$/);
  assert.equal(typeof out.totalMonthlyCost, 'number');
  const nat = out.resources.find((x: { address: string }) => x.address === 'module.network.aws_nat_gateway.this["eu-west-1a"]');
  assert.deepEqual(
    { ...nat, components: undefined },
    { address: 'module.network.aws_nat_gateway.this["eu-west-1a"]', type: 'aws_nat_gateway', module: 'module.network', file: 'modules/network/main.tf', line: 73, region: 'eu-west-1', monthlyCost: 35.04, unknown: null, components: undefined },
  );
  assert.deepEqual(nat.components[1], {
    name: 'Data processed',
    unit: 'GB',
    monthlyQuantity: null,
    unitPrice: 0.048,
    monthlyCost: null,
    usageBased: true,
    priceKey: 'vpc.nat-gateway/gb',
    note: 'depends on usage: $0.048 per GB (set usage "monthly_data_processed_gb")',
  });
  // the sum of the resources is the total
  const sum = out.resources.reduce((a: number, x: { monthlyCost: number | null }) => a + (x.monthlyCost ?? 0), 0);
  assert.ok(Math.abs(sum - out.totalMonthlyCost) < 0.05);
  assert.ok(out.unsupported.every((u: { address: string; type: string }) => u.address && u.type));
});

test('kensa rules lists the catalogue; kensa rules ID explains one; an unknown id is a usage error', () => {
  const list = kensa(['rules']);
  assert.equal(list.code, 0);
  assert.match(list.stdout, /^aws-s3-public-acl +error +security +safe +S3 bucket ACL grants public access$/m);
  const one = kensa(['rules', 'aws-ec2-imdsv1-enabled']);
  assert.equal(one.code, 0);
  assert.match(one.stdout, /^How to fix: Set metadata_options \{ http_tokens = "required" \}/m);
  assert.match(one.stdout, /Equivalent checks: CKV_AWS_79/);
  const bad = kensa(['rules', 's3-public']);
  assert.equal(bad.code, 2);
  assert.match(bad.stderr, /no rule is or claims "s3-public"; did you mean .*aws-s3-public-acl/);
});

test('kensa supported: rules, priced and free types, and the prices date as JSON', () => {
  const r = kensa(['supported']);
  assert.equal(r.code, 0);
  const out = JSON.parse(r.stdout);
  assert.ok(out.rules.length >= 150, `${out.rules.length} rules`);
  assert.deepEqual(out.rules.find((x: { id: string }) => x.id === 'aws-s3-public-acl'), {
    id: 'aws-s3-public-acl',
    title: 'S3 bucket ACL grants public access',
    severity: 'error',
    category: 'security',
    fix: 'safe',
    targets: ['aws_s3_bucket', 'aws_s3_bucket_acl'],
    equivalents: { checkov: ['CKV_AWS_20', 'CKV_AWS_57'], trivy: ['AVD-AWS-0092'], tfsec: ['aws-s3-no-public-access-with-acl'] },
  });
  assert.ok(out.pricedTypes.includes('aws_nat_gateway'));
  assert.ok(out.freeTypes.includes('aws_vpc'));
  assert.match(out.pricesAsOf, /^\d{4}-\d{2}-\d{2}$/);
});

test('kensa scan plan.json: the rules run on the plan\'s exact values, findings point into the plan file', () => {
  const plan = 'src/terraform/testdata/plan/web-db.plan.json';
  const r = kensa(['scan', plan, '--format', 'json', '--fail-on', 'none']);
  assert.equal(r.code, 0, r.stderr);
  const out = JSON.parse(r.stdout);
  const single = out.findings.find((f: { ruleId: string }) => f.ruleId === 'aws-rds-single-az');
  assert.ok(single, 'the single-AZ database in the plan is found');
  assert.equal(single.file, plan);
  assert.ok(single.range.startLine > 1);
  assert.equal(kensa(['scan', 'no-such-plan.json']).code, 2);
});

test('kensa cost examples: the estimate as text and as a Markdown comment', () => {
  const text = kensa(['cost', 'examples']);
  assert.equal(text.code, 0, text.stderr);
  golden('cost-examples.txt', text.stdout);
  const md = kensa(['cost', 'examples', '--format', 'markdown']);
  assert.equal(md.code, 0);
  golden('cost-examples.md', md.stdout);
});

test('kensa eval: values in the console style, unknowns as (known after apply), JSON on request; exit 2 for a bad expression', () => {
  const dir = 'test/cli/fixtures/eval';
  const text = [
    'toset(var.names)',
    'local.arns != null ? local.arns : {}',
    '{ port = aws_lb_target_group.tg["web"].port, token = var.token, none = null }',
    'length(local.arns)',
  ].map((e) => {
    const r = kensa(['eval', e, dir]);
    assert.equal(r.code, 0, r.stderr);
    assert.equal(r.stderr, '');
    return `> ${e}\n${r.stdout}`;
  });
  golden('eval.txt', text.join('\n'));
  const json = kensa(['eval', 'keys(local.arns)', dir, '--format', 'json']);
  assert.equal(json.code, 0);
  assert.deepEqual(JSON.parse(json.stdout), { expression: 'keys(local.arns)', type: 'tuple', value: ['api', 'web'], known: true, diagnostics: [] });
  const bad = kensa(['eval', 'local.arns + ', dir]);
  assert.equal(bad.code, 2);
  assert.equal(bad.stdout, '');
  assert.match(bad.stderr, /^<expression>:1:14: error: /);
  const undeclared = kensa(['eval', 'upper(local.nope)', dir]);
  assert.equal(undeclared.code, 2);
  assert.match(undeclared.stderr, /^<expression>:1:7: error: /);
  assert.equal(kensa(['eval']).code, 2);
  assert.equal(kensa(['eval', '1', 'test/cli/fixtures/missing']).code, 2);
});

const BASE_PLAN = 'test/cli/fixtures/plans/base.plan.json';
const HEAD_PLAN = 'test/cli/fixtures/plans/head.plan.json';

test('kensa cost plan.json: the planned values priced, a value known only after apply is unknown, never $0', () => {
  const r = kensa(['cost', HEAD_PLAN]);
  assert.equal(r.code, 0, r.stderr);
  golden('cost-plan.txt', r.stdout);
  const out = JSON.parse(kensa(['cost', HEAD_PLAN, '--format', 'json']).stdout);
  const web = out.resources.find((x: { address: string }) => x.address === 'aws_instance.web');
  assert.equal(web.file, HEAD_PLAN);
  assert.equal(web.components[0].name, 'Instance usage (Linux, on-demand, t3.large)');
  assert.equal(web.components[0].monthlyCost, 66.58);
  const volume = out.resources.find((x: { address: string }) => x.address === 'aws_ebs_volume.data');
  // the known part ($0) with the unknown beside it, so no reader takes it for a free volume
  assert.equal(volume.monthlyCost, 0);
  assert.equal(volume.unknown, 'Storage: size is known after apply (aws_ebs_volume.data.size)');
  assert.equal(out.totalMonthlyCost, 216.82);
  assert.equal(kensa(['cost', 'no-such-plan.json']).code, 2);
});

test('kensa review base.json head.json: two plans compared, no git needed; cost per resource and the findings fixed', () => {
  const r = kensa(['review', BASE_PLAN, HEAD_PLAN, '--fail-on', 'none']);
  assert.equal(r.code, 0, r.stderr);
  golden('review-plans.txt', r.stdout);
  const out = JSON.parse(kensa(['review', BASE_PLAN, HEAD_PLAN, '--format', 'json', '--fail-on', 'none']).stdout);
  assert.deepEqual(out.base, { ref: BASE_PLAN, sha: 'plan' });
  assert.deepEqual(
    out.cost.resources.map((x: { address: string; change: string; before: number | null; after: number | null; unknownAfter: string | null }) => [x.address, x.change, x.before, x.after, x.unknownAfter]),
    [
      ['aws_db_instance.main', 'changed', 56.72, 113.44, null],
      ['aws_ebs_volume.data', 'added', 0, 0, 'Storage: size is known after apply (aws_ebs_volume.data.size)'],
      ['aws_instance.web', 'changed', 35.05, 68.34, null],
      ['aws_nat_gateway.main', 'added', 0, 35.04, null],
    ],
  );
  assert.ok(out.findings.fixed.some((f: { ruleId: string }) => f.ruleId === 'aws-rds-single-az'));
  assert.equal(out.cost.unknownResources, 1);
  // the gate sees the plans' delta
  const gated = kensa(['review', BASE_PLAN, HEAD_PLAN, '--fail-on', 'none', '--fail-on-cost-increase', '100']);
  assert.equal(gated.code, 1);
  assert.match(gated.stderr, /the monthly cost increases by \$125\.05, more than the \$100\.00 allowed/);
  assert.equal(kensa(['review', BASE_PLAN, HEAD_PLAN, '--base', 'main']).code, 2);
});

const USAGE_DIR = 'test/cli/fixtures/usage-file';

test('kensa cost with an Infracost usage file (kensa.jsonc usageFile): wildcards, type defaults, sub-resource keys, Infracost key names; mistakes on stderr with their position', () => {
  const r = kensa(['cost', USAGE_DIR]);
  assert.equal(r.code, 0, r.stderr);
  golden('cost-usage-file.txt', r.stdout);
  golden('cost-usage-file.stderr.txt', r.stderr);
  const out = JSON.parse(kensa(['cost', USAGE_DIR, '--format', 'json']).stdout);
  const quantity = (address: string, i = 0) => out.resources.find((x: { address: string }) => x.address === address).components[i].monthlyQuantity;
  // exact address 50M requests; the wildcard's 100 ms over the type default's 200 ms: 50M x 0.1 s x 1 GB
  assert.equal(quantity('aws_lambda_function.api', 0), 50);
  assert.equal(quantity('aws_lambda_function.api', 1), 5_000_000);
  // the type default's 1M requests x 0.1 s x 0.5 GB
  assert.equal(quantity('aws_lambda_function.thumbnails', 1), 50_000);
  // monthly_cpu_credit_hrs (hours of bursting) x the 2 vCPUs of a t3.medium, on each instance of aws_instance.web[*]
  assert.equal(quantity('aws_instance.web[1]', 2), 200);
  // standard.storage_gb, standard.monthly_tier_1_requests (in thousands), standard.monthly_tier_2_requests
  assert.deepEqual([0, 1, 2].map((i) => quantity('aws_s3_bucket.assets', i)), [2000, 1000, 20000]);
  // 128 KB messages are billed as two 64 KB requests
  assert.equal(quantity('aws_sqs_queue.events'), 20);
  // the largest LCU dimension: 50 new connections a second / 25, or 2 GB an hour
  assert.equal(quantity('aws_lb.front', 1), 1460);
  // module.app.* for both resources of the module; kensa.jsonc's 250 GB wins over the file's 100
  assert.equal(quantity('module.app.aws_sqs_queue.jobs'), 3);
  assert.equal(quantity('module.app.aws_nat_gateway.this', 1), 250);
  assert.match(r.stderr, /^infracost-usage\.yml:37:3: warning: Usage for no resource: aws_sqs_queue\.event matches no resource instance of the configuration, so its usage is not used\. Did you mean aws_sqs_queue\.events\?$/m);
});

test('--usage-file: instead of kensa.jsonc\'s usageFile, for cost, scan and review; an unreadable one is a usage error', () => {
  const out = JSON.parse(kensa(['cost', USAGE_DIR, '--format', 'json', '--usage-file', `${USAGE_DIR}/other-usage.yml`]).stdout);
  const sqs = out.resources.find((x: { address: string }) => x.address === 'aws_sqs_queue.events');
  assert.equal(sqs.components[0].monthlyQuantity, 1);
  const lambda = out.resources.find((x: { address: string }) => x.address === 'aws_lambda_function.api');
  assert.equal(lambda.components[0].monthlyQuantity, null);
  // scan reports the file's problems as findings at their place
  const scan = JSON.parse(kensa(['scan', USAGE_DIR, '--format', 'json', '--fail-on', 'none']).stdout);
  const usage = scan.findings.filter((f: { ruleId: string }) => f.ruleId === 'kensa-usage-file');
  assert.deepEqual(
    usage.map((f: { file: string; range: { startLine: number; startColumn: number }; severity: string }) => `${f.file}:${f.range.startLine}:${f.range.startColumn} ${f.severity}`),
    ['infracost-usage.yml:14:5 info', 'infracost-usage.yml:15:5 warning', 'infracost-usage.yml:21:7 info', 'infracost-usage.yml:35:3 warning', 'infracost-usage.yml:37:3 warning'],
  );
  const missing = kensa(['cost', USAGE_DIR, '--usage-file', 'no-such-usage.yml']);
  assert.equal(missing.code, 2);
  assert.match(missing.stderr, /no-such-usage\.yml: cannot read the usage file/);
});

test('kensa cost plan.json --usage-file and kensa review base.json head.json --usage-file: usage for the planned values, wildcards into modules', () => {
  const usage = 'test/cli/fixtures/plans/infracost-usage.yml';
  const out = JSON.parse(kensa(['cost', HEAD_PLAN, '--format', 'json', '--usage-file', usage]).stdout);
  const quantity = (address: string, i = 0) => out.resources.find((x: { address: string }) => x.address === address).components[i].monthlyQuantity;
  assert.equal(quantity('aws_lambda_function.api', 1), 5_000_000);
  assert.equal(quantity('module.app.aws_lambda_function.worker', 1), 2_500_000);
  assert.equal(quantity('module.app.aws_sqs_queue.jobs'), 5);
  assert.equal(quantity('aws_nat_gateway.main', 1), 500);
  const r = kensa(['review', BASE_PLAN, HEAD_PLAN, '--usage-file', usage, '--fail-on', 'none', '--format', 'json']);
  assert.equal(r.code, 0, r.stderr);
  const review = JSON.parse(r.stdout);
  const nat = review.cost.resources.find((x: { address: string }) => x.address === 'aws_nat_gateway.main');
  assert.deepEqual([nat.before, nat.after], [0, 59.04]);
  // the base plan has no NAT gateway: its usage there matched nothing, and the head fixes that
  assert.deepEqual(review.findings.fixed.filter((f: { ruleId: string }) => f.ruleId === 'kensa-usage-file').map((f: { message: string }) => f.message), [
    'Usage for no resource: aws_nat_gateway.main matches no resource instance of the configuration, so its usage is not used.',
  ]);
});

test('kensa check: the findings of scan and the estimate of cost from one evaluation, exit code as scan', () => {
  const scan = kensa(['scan', 'examples']);
  const cost = kensa(['cost', 'examples']);
  const check = kensa(['check', 'examples']);
  assert.equal(check.code, scan.code);
  assert.equal(check.stdout, `${scan.stdout}\n${cost.stdout}`);
  const json = JSON.parse(kensa(['check', 'examples', '--format', 'json']).stdout) as { findings: unknown[]; cost: unknown };
  assert.deepEqual(json.findings, (JSON.parse(kensa(['scan', 'examples', '--format', 'json']).stdout) as { findings: unknown[] }).findings);
  assert.deepEqual(json.cost, JSON.parse(kensa(['cost', 'examples', '--format', 'json']).stdout));
  assert.deepEqual(kensa(['scan', 'examples', '--cost']).stdout, check.stdout);
  const sarif = kensa(['check', 'examples', '--format', 'sarif']);
  assert.equal(sarif.code, 2);
  assert.match(sarif.stderr, /--cost works with --format text, json or markdown, not sarif/);
});

test('kensa cost with reservations and spot: real reserved rates where the price data has them, else the commitment discount marked an estimate; spot from the snapshot', () => {
  const r = kensa(['cost', 'test/cli/fixtures/reserved']);
  assert.equal(r.code, 0, r.stderr);
  golden('cost-reserved.txt', r.stdout);
  assert.equal(r.stderr, 'infracost-usage.yml:14:29: error: Invalid usage value: "reserved_instance_term" is one of 1_year, 3_year, not "5_year": the resource is priced without a reservation.\n');
  const out = JSON.parse(kensa(['cost', 'test/cli/fixtures/reserved', '--format', 'json']).stdout);
  const first = (address: string) => out.resources.find((x: { address: string }) => x.address === address).components[0];
  assert.deepEqual(
    { ...first('aws_db_instance.orders'), name: undefined },
    {
      name: undefined,
      unit: 'hours',
      monthlyQuantity: 730,
      unitPrice: 0.2226, // db.m6g.large Multi-AZ $0.318 less 30%
      monthlyCost: 162.5,
      usageBased: false,
      priceKey: 'rds.instance/postgres/none/db.m6g.large/multi-az',
      note: 'estimate: the price data has no rds reserved rates, so 30% off on-demand from pricing.commitmentDiscount.rds',
      estimate: true,
    },
  );
  assert.equal(first('aws_opensearch_domain.logs').unitPrice, 0.0832);
  assert.equal(first('aws_opensearch_domain.logs').estimate, undefined);
  // the spot request and the group's spot hours at the snapshot, never with the 25% EC2 commitment
  assert.equal(first('aws_spot_instance_request.batch').unitPrice, 0.0806);
  const group = out.resources.find((x: { address: string }) => x.address === 'aws_autoscaling_group.workers').components;
  assert.deepEqual(group.slice(0, 2).map((c: { name: string; unitPrice: number }) => [c.name, Math.round(c.unitPrice * 1e6) / 1e6]), [
    ['Instances (Linux, on-demand, 1 x m5.large)', 0.072],
    ['Instances (Linux, spot, 3 x m5.large)', 0.0434],
  ]);
  assert.ok(out.assumptions.includes('spot hours of EC2 instances are priced from the spot price snapshot of 2024-08-09 for their type and region (one observation, not an average; spot prices move)'));
});
