/**
 * What Checkov and Trivy users reach for: `scan --format junit` (valid JUnit XML, one test case per
 * rule and resource instance), `scan --format gitlab` (GitLab Code Quality), a baseline
 * (`--create-baseline`, then `--baseline`: only findings not in it are reported and gated), and
 * `kensa` with no arguments. dist/cli.js as a process; golden files under test/cli/golden
 * (`UPDATE=1` refreshes them).
 */
import { after, test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fromRoot, repoRoot } from '../support/paths';

const temporary: string[] = [];
after(() => {
  for (const d of temporary) rmSync(d, { recursive: true, force: true });
});

function kensa(args: string[], cwd = repoRoot): { code: number | null; stdout: string; stderr: string } {
  const r = spawnSync(process.execPath, [fromRoot('dist/cli.js'), ...args], { cwd, encoding: 'utf8', env: { ...process.env, NO_COLOR: '1' } });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

function golden(name: string, actual: string): void {
  const path = fromRoot('test/cli/golden', name);
  if (process.env.UPDATE || !existsSync(path)) {
    writeFileSync(path, actual);
    if (!process.env.UPDATE) assert.fail(`golden file ${name} was missing and has been written: review and commit it`);
    return;
  }
  assert.equal(actual, readFileSync(path, 'utf8'), `output differs from test/cli/golden/${name} (UPDATE=1 refreshes it)`);
}

interface XmlElement {
  name: string;
  attributes: Record<string, string>;
  children: XmlElement[];
  text: string;
}

/** A strict XML parse (sax, as xml2js uses it): throws on anything not well-formed. */
function parseXml(text: string): XmlElement {
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const sax = require('sax') as { parser(strict: boolean, options: object): { onerror: (e: Error) => void; onopentag: (t: { name: string; attributes: Record<string, string> }) => void; onclosetag: () => void; ontext: (t: string) => void; write(s: string): { close(): void } } };
  const parser = sax.parser(true, {});
  const root: XmlElement = { name: '#document', attributes: {}, children: [], text: '' };
  const stack = [root];
  parser.onerror = (e) => {
    throw e;
  };
  parser.onopentag = (t) => {
    const el = { name: t.name, attributes: t.attributes, children: [], text: '' };
    stack.at(-1)!.children.push(el);
    stack.push(el);
  };
  parser.onclosetag = () => {
    stack.pop();
  };
  parser.ontext = (t) => {
    stack.at(-1)!.text += t;
  };
  parser.write(text).close();
  assert.equal(root.children.length, 1, 'one root element');
  return root.children[0]!;
}

const INSTANCES = 'test/cli/fixtures/instances';

test('kensa scan --format junit: well-formed JUnit XML, a suite per rule, a case per rule and resource instance, failures for findings', () => {
  const r = kensa(['scan', INSTANCES, '--format', 'junit']);
  assert.equal(r.code, 1, r.stderr);
  assert.equal(r.stderr, '');
  const doc = parseXml(r.stdout);
  assert.equal(doc.name, 'testsuites');
  // 8 resource instances, each checked by the one rule (of the two on) that targets its type
  assert.deepEqual([doc.attributes.tests, doc.attributes.failures, doc.attributes.errors], ['8', '6', '0']);
  const suites = Object.fromEntries(
    doc.children.map((s) => [s.name === 'testsuite' ? s.attributes.name : s.name, s.children.filter((c) => c.name === 'testcase').map((c) => `${c.attributes.name} ${c.children.some((x) => x.name === 'failure') ? 'failed' : 'passed'}`)]),
  );
  assert.deepEqual(suites, {
    'aws-ec2-imdsv1-enabled': ['aws_instance.web[0] failed', 'aws_instance.web[1] failed'],
    'aws-s3-public-acl': [
      'aws_s3_bucket_acl.site["blue"] failed',
      'aws_s3_bucket_acl.site["green"] failed',
      // the suppressed module call's instances pass
      'module.docs["en"].aws_s3_bucket_acl.this passed',
      'module.docs["fr"].aws_s3_bucket_acl.this passed',
      'module.new.aws_s3_bucket_acl.this failed',
      'module.old.aws_s3_bucket_acl.this failed',
    ],
  });
  for (const s of doc.children) {
    const cases = s.children.filter((c) => c.name === 'testcase');
    assert.equal(s.attributes.tests, String(cases.length));
    assert.equal(s.attributes.failures, String(cases.filter((c) => c.children.some((x) => x.name === 'failure')).length));
  }
  const failure = doc.children[1]!.children.find((c) => c.attributes.name === 'aws_s3_bucket_acl.site["blue"]')!.children[0]!;
  assert.equal(failure.attributes.type, 'error');
  assert.equal(failure.attributes.message, 'The "public-read" ACL makes this bucket\'s objects readable by anyone.');
  assert.equal(failure.text, 'main.tf:15:3: error: The "public-read" ACL makes this bucket\'s objects readable by anyone.\nfix (safe): Use the "private" ACL');
  golden('scan-instances.junit.xml', r.stdout);
});

test('kensa scan --format junit: configuration problems are failed cases of a suite of their own', () => {
  const r = kensa(['scan', 'test/cli/fixtures/broken', '--format', 'junit']);
  assert.equal(r.code, 1);
  const doc = parseXml(r.stdout);
  const terraform = doc.children.find((s) => s.attributes.name === 'terraform')!;
  assert.ok(terraform, r.stdout);
  assert.ok(terraform.children.filter((c) => c.name === 'testcase').every((c) => c.children[0]?.name === 'failure'));
  assert.deepEqual(terraform.children.filter((c) => c.name === 'testcase').map((c) => c.attributes.name), ['broken.tf', 'broken.tf.json', 'valid.tf']);
});

test('kensa scan --format gitlab: GitLab Code Quality issues with stable fingerprints', () => {
  const r = kensa(['scan', INSTANCES, '--format', 'gitlab']);
  assert.equal(r.code, 1, r.stderr);
  const issues = JSON.parse(r.stdout) as { description: string; check_name: string; fingerprint: string; severity: string; location: { path: string; lines: { begin: number } } }[];
  assert.deepEqual(
    issues.map((i) => `${i.check_name} ${i.severity} ${i.location.path}:${i.location.lines.begin} ${i.description.slice(i.description.lastIndexOf(' ['))}`),
    [
      'aws-s3-public-acl critical bucket/main.tf:3  [module.old.aws_s3_bucket_acl.this]',
      'aws-s3-public-acl critical bucket/main.tf:3  [module.new.aws_s3_bucket_acl.this]',
      'aws-ec2-imdsv1-enabled critical main.tf:6  [aws_instance.web[0]]',
      'aws-ec2-imdsv1-enabled critical main.tf:6  [aws_instance.web[1]]',
      'aws-s3-public-acl critical main.tf:15  [aws_s3_bucket_acl.site["blue"]]',
      'aws-s3-public-acl critical main.tf:15  [aws_s3_bucket_acl.site["green"]]',
    ],
  );
  assert.equal(new Set(issues.map((i) => i.fingerprint)).size, issues.length, 'one fingerprint per issue');
  assert.ok(issues.every((i) => /^[0-9a-f]{64}$/.test(i.fingerprint)));
  golden('scan-instances.gitlab.json', r.stdout);

  // a finding that only moved down keeps its fingerprint: GitLab sees the same issue
  const dir = mkdtempSync(join(tmpdir(), 'kensa-gitlab-'));
  temporary.push(dir);
  cpSync(fromRoot(INSTANCES), dir, { recursive: true });
  writeFileSync(join(dir, 'main.tf'), '# a comment on top\n\n' + readFileSync(join(dir, 'main.tf'), 'utf8'));
  const moved = JSON.parse(kensa(['scan', dir, '--format', 'gitlab']).stdout) as typeof issues;
  assert.deepEqual(moved.map((i) => i.fingerprint), issues.map((i) => i.fingerprint));
  assert.deepEqual(moved.map((i) => i.location.lines.begin), [3, 3, 8, 8, 17, 17]);
});

test('kensa scan --create-baseline, then --baseline: only findings not in the baseline are reported and gated', () => {
  const dir = mkdtempSync(join(tmpdir(), 'kensa-baseline-'));
  temporary.push(dir);
  cpSync(fromRoot(INSTANCES), dir, { recursive: true });
  const baseline = join(dir, 'kensa-baseline.json');

  const created = kensa(['scan', '.', '--create-baseline', 'kensa-baseline.json'], dir);
  assert.equal(created.code, 0, 'every finding is in the baseline just written');
  assert.equal(created.stderr, 'kensa scan: wrote 6 findings to the baseline kensa-baseline.json\n');
  assert.match(created.stdout, /6 findings \(6 error, 0 warning, 0 info\), 6 with a fix$/m);
  golden('baseline-instances.json', readFileSync(baseline, 'utf8'));

  const clean = kensa(['scan', '.', '--baseline', 'kensa-baseline.json'], dir);
  assert.equal(clean.code, 0, clean.stdout);
  assert.equal(clean.stdout, '1 root module, 2 files, 8 resources: no new findings; 6 in the baseline not shown\n');

  // lines move, a resource is renamed through a moved block, one more instance appears, a module call with a public bucket goes
  const main = readFileSync(join(dir, 'main.tf'), 'utf8')
    .replace('count         = 2', 'count         = 3')
    .replace('resource "aws_s3_bucket_acl" "site"', 'resource "aws_s3_bucket_acl" "sites"');
  writeFileSync(join(dir, 'main.tf'), '# legacy\n\n' + main.replace('module "new" {\n  source = "./bucket"\n}\n', '') + '\nmoved {\n  from = aws_s3_bucket_acl.site\n  to   = aws_s3_bucket_acl.sites\n}\n');
  const after = kensa(['scan', '.', '--baseline', 'kensa-baseline.json', '--format', 'json'], dir);
  assert.equal(after.code, 1, 'the new instance is an error');
  const out = JSON.parse(after.stdout);
  assert.deepEqual(out.findings.map((f: { ruleId: string; resourceAddress: string }) => `${f.ruleId} ${f.resourceAddress}`), ['aws-ec2-imdsv1-enabled aws_instance.web[2]']);
  assert.deepEqual(out.summary.baseline, { file: 'kensa-baseline.json', known: 5, gone: 1 });
  const text = kensa(['scan', '.', '--baseline', 'kensa-baseline.json'], dir);
  assert.match(text.stdout, /^1 root module, 2 files, 8 resources: 1 new finding \(1 error, 0 warning, 0 info\), 1 with a fix; 5 in the baseline not shown, 1 of its findings no longer found \(--create-baseline rewrites it\)$/m);
  // the other formats carry only the new finding too
  assert.equal(JSON.parse(kensa(['scan', '.', '--baseline', 'kensa-baseline.json', '--format', 'sarif'], dir).stdout).runs[0].results.length, 1);
  assert.equal(JSON.parse(kensa(['scan', '.', '--baseline', 'kensa-baseline.json', '--format', 'gitlab'], dir).stdout).length, 1);
});

test('kensa scan --baseline: a missing or broken file, or both flags, are usage errors (exit 2)', () => {
  const missing = kensa(['scan', INSTANCES, '--baseline', 'no-such-baseline.json']);
  assert.equal(missing.code, 2);
  assert.equal(missing.stderr, 'kensa scan: no-such-baseline.json: cannot read the baseline (write one with --create-baseline no-such-baseline.json)\nRun "kensa scan --help" for usage.\n');
  const broken = kensa(['scan', INSTANCES, '--baseline', 'package.json']);
  assert.equal(broken.code, 2);
  assert.match(broken.stderr, /^kensa scan: package\.json: not a Kensa baseline \(expected \{ "version": 1, "findings": \[\.\.\.\] \}\)$/m);
  const both = kensa(['scan', INSTANCES, '--baseline', 'a.json', '--create-baseline', 'b.json']);
  assert.equal(both.code, 2);
  assert.match(both.stderr, /--baseline and --create-baseline cannot be used together/);
});

test('kensa with no arguments or --help prints the usage and exits 0; an unknown command or flag exits 2', () => {
  const none = kensa([]);
  assert.equal(none.code, 0);
  assert.equal(none.stderr, '');
  assert.match(none.stdout, /^Usage: kensa <command> \[options\]$/m);
  assert.match(none.stdout, /^ {2}scan {7}Check the Terraform under a directory against the policy rules$/m);
  assert.equal(kensa(['--help']).stdout, none.stdout);
  assert.equal(kensa(['--help']).code, 0);
  const unknown = kensa(['scna']);
  assert.equal(unknown.code, 2);
  assert.match(unknown.stderr, /^kensa: unknown command "scna"/);
  const flag = kensa(['scan', '--format', 'xml']);
  assert.equal(flag.code, 2);
  assert.match(flag.stderr, /--format must be text, json, sarif, markdown, junit, gitlab, not "xml"/);
  const help = kensa(['scan', '--help']);
  assert.equal(help.code, 0);
  assert.match(help.stdout, /--baseline VALUE {9}report and gate only the findings not in this baseline file/);
});
