/**
 * The GitHub Action (action.yml) run locally: its `run:` steps in order, as the runner would run
 * them (the inputs and step outputs put into their `env:` and `if:`, GITHUB_* set, a fake
 * pull_request event), on a git repository made for the test, with a local HTTP server standing in
 * for api.github.com through GITHUB_API_URL. Checks the sticky comment (created, then edited in
 * place on the next push), the SARIF it would upload and the gate. The npm ci step is left out:
 * dist/ is already built.
 */
import { after, test } from 'node:test';
import assert from 'node:assert/strict';
import { spawn, spawnSync } from 'node:child_process';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { parse } from 'yaml';
import { fromRoot, repoRoot } from '../support/paths';

const temporary: string[] = [];
after(() => {
  for (const d of temporary) rmSync(d, { recursive: true, force: true });
});
function temp(prefix: string): string {
  const d = mkdtempSync(join(tmpdir(), prefix));
  temporary.push(d);
  return d;
}

const GIT_ENV = { GIT_AUTHOR_DATE: '2024-05-01T12:00:00Z', GIT_COMMITTER_DATE: '2024-05-01T12:00:00Z', GIT_CONFIG_NOSYSTEM: '1', GIT_CONFIG_GLOBAL: '/dev/null' };
function git(cwd: string, ...args: string[]): string {
  const r = spawnSync('git', ['-c', 'user.name=Kensa Test', '-c', 'user.email=test@kensa.invalid', '-c', 'init.defaultBranch=main', ...args], { cwd, encoding: 'utf8', env: { ...process.env, ...GIT_ENV } });
  assert.equal(r.status, 0, `git ${args.join(' ')}: ${r.stderr}`);
  return r.stdout.trim();
}
function write(root: string, files: Record<string, string>): void {
  for (const [path, text] of Object.entries(files)) {
    mkdirSync(dirname(join(root, path)), { recursive: true });
    writeFileSync(join(root, path), text);
  }
}

const PROVIDER = 'provider "aws" {\n  region = "us-east-1"\n}\n';
const INSTANCE = '\nresource "aws_instance" "web" {\n  ami           = "ami-0123456789abcdef0"\n  instance_type = "t3.micro"\n  metadata_options {\n    http_tokens = "required"\n  }\n  root_block_device {\n    encrypted = true\n  }\n}\n';
const NAT = '\nresource "aws_nat_gateway" "egress" {\n  allocation_id = "eipalloc-0123"\n  subnet_id     = "subnet-0123"\n}\n';
const ACL = (acl: string): string => `\nresource "aws_s3_bucket" "logs" {\n  bucket = "shop-logs"\n}\n\nresource "aws_s3_bucket_acl" "logs" {\n  bucket = aws_s3_bucket.logs.id\n  acl    = "${acl}"\n}\n`;

/** A pull request: main has the instance; the checked-out head adds a NAT gateway and a public-read bucket. */
function makeRepo(): { root: string; base: string } {
  const root = temp('kensa-action-repo-');
  git(root, 'init', '--quiet');
  write(root, { 'infra/main.tf': PROVIDER + INSTANCE });
  git(root, 'add', '.');
  git(root, 'commit', '--quiet', '-m', 'base');
  const base = git(root, 'rev-parse', 'HEAD');
  git(root, 'checkout', '--quiet', '-b', 'feature');
  write(root, { 'infra/main.tf': PROVIDER + INSTANCE + NAT + ACL('public-read') });
  git(root, 'commit', '--quiet', '-am', 'egress and logs');
  return { root, base };
}

interface Comment {
  id: number;
  body: string;
  user: { login: string };
}

/** api.github.com for one repository's issue comments, with a log of the calls. */
async function fakeGitHub(): Promise<{ url: string; comments: Comment[]; calls: string[]; close: () => void }> {
  const comments: Comment[] = [{ id: 1, body: 'Looks good to me', user: { login: 'reviewer' } }];
  const calls: string[] = [];
  let next = 100;
  const server = createServer((req: IncomingMessage, res: ServerResponse) => {
    let data = '';
    req.on('data', (c) => (data += c));
    req.on('end', () => {
      calls.push(`${req.method} ${req.url}`);
      const send = (status: number, body: unknown): void => {
        res.writeHead(status, { 'content-type': 'application/json' });
        res.end(JSON.stringify(body));
      };
      const token = req.headers.authorization;
      if (token !== 'Bearer test-token' && token !== 'Bearer read-only') return send(401, { message: 'Bad credentials' });
      if (token === 'Bearer read-only' && req.method !== 'GET') return send(403, { message: 'Resource not accessible by integration' });
      const url = new URL(req.url ?? '/', 'http://localhost');
      if (req.method === 'GET' && url.pathname === '/repos/acme/shop/issues/7/comments') {
        const page = Number(url.searchParams.get('page') ?? '1');
        const per = Number(url.searchParams.get('per_page') ?? '30');
        return send(200, comments.slice((page - 1) * per, page * per));
      }
      if (req.method === 'POST' && url.pathname === '/repos/acme/shop/issues/7/comments') {
        const c = { id: next++, body: JSON.parse(data).body, user: { login: 'github-actions[bot]' } };
        comments.push(c);
        return send(201, c);
      }
      const m = /^\/repos\/acme\/shop\/issues\/comments\/(\d+)$/.exec(url.pathname);
      if (req.method === 'PATCH' && m) {
        const c = comments.find((x) => x.id === Number(m[1]));
        if (!c) return send(404, { message: 'Not Found' });
        c.body = JSON.parse(data).body;
        return send(200, c);
      }
      return send(404, { message: 'Not Found' });
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return { url: `http://127.0.0.1:${port}`, comments, calls, close: () => server.close() };
}

interface Step {
  name?: string;
  id?: string;
  uses?: string;
  run?: string;
  if?: string;
  env?: Record<string, string>;
  with?: Record<string, string>;
  'working-directory'?: string;
}

const action = parse(readFileSync(fromRoot('action.yml'), 'utf8')) as { inputs: Record<string, { default: string }>; runs: { using: string; steps: Step[] } };

/** `${{ inputs.x }}`, `${{ steps.id.outputs.x }}`, `${{ github.x }}`: the expressions action.yml uses. */
function expression(expr: string, ctx: Context): string {
  const e = expr.trim();
  const quoted = /^'(.*)'$/.exec(e);
  if (quoted) return quoted[1]!;
  const input = /^inputs\.([\w-]+)$/.exec(e);
  if (input) return ctx.inputs[input[1]!] ?? '';
  const output = /^steps\.([\w-]+)\.outputs\.([\w-]+)$/.exec(e);
  if (output) return ctx.outputs[output[1]!]?.[output[2]!] ?? '';
  if (e === 'github.action_path') return repoRoot;
  if (e === 'github.token') return 'test-token';
  if (e === 'github.event.pull_request') return ctx.event.pull_request ? 'true' : '';
  throw new Error(`the test does not know the expression "${e}": teach it, or keep action.yml simple`);
}

function substitute(text: string, ctx: Context): string {
  return text.replace(/\$\{\{(.*?)\}\}/g, (_, e: string) => expression(e, ctx));
}

/** An `if:`: terms joined by &&, each `a == b` or a bare value that must be non-empty. */
function condition(text: string, ctx: Context): boolean {
  const body = text.replace(/^\$\{\{|\}\}$/g, '');
  return body.split('&&').every((term) => {
    const eq = /^(.*?)==(.*)$/.exec(term);
    return eq ? expression(eq[1]!, ctx) === expression(eq[2]!, ctx) : expression(term, ctx) !== '';
  });
}

interface Context {
  inputs: Record<string, string>;
  outputs: Record<string, Record<string, string>>;
  event: { pull_request?: unknown };
}

/** GITHUB_OUTPUT's `name<<DELIM ... DELIM` and `name=value` lines. */
function readOutputs(file: string): Record<string, string> {
  const out: Record<string, string> = {};
  const lines = readFileSync(file, 'utf8').split('\n');
  for (let i = 0; i < lines.length; i++) {
    const heredoc = /^([\w-]+)<<(.+)$/.exec(lines[i]!);
    if (heredoc) {
      const value: string[] = [];
      for (i++; lines[i] !== heredoc[2]; i++) value.push(lines[i]!);
      out[heredoc[1]!] = value.join('\n');
    } else {
      const kv = /^([\w-]+)=(.*)$/.exec(lines[i]!);
      if (kv) out[kv[1]!] = kv[2]!;
    }
  }
  return out;
}

function run(command: string, args: string[], options: { cwd: string; env: NodeJS.ProcessEnv }): Promise<{ code: number | null; stdout: string; stderr: string }> {
  return new Promise((resolve) => {
    const child = spawn(command, args, { ...options, stdio: ['ignore', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (c) => (stdout += c));
    child.stderr.on('data', (c) => (stderr += c));
    child.on('close', (code) => resolve({ code, stdout, stderr }));
  });
}

interface ActionRun {
  steps: { name: string; code: number | null; stdout: string; stderr: string }[];
  outputs: Record<string, string>;
  uploaded: string | undefined;
  summary: string;
}

/** Runs the action's steps like the runner: stops at the first failing step. */
async function runAction(workspace: string, apiUrl: string, event: object, withInputs: Record<string, string>): Promise<ActionRun> {
  const runner = temp('kensa-action-runner-');
  const eventPath = join(runner, 'event.json');
  writeFileSync(eventPath, JSON.stringify(event));
  const summaryPath = join(runner, 'summary.md');
  writeFileSync(summaryPath, '');
  const inputs = Object.fromEntries(Object.entries(action.inputs).map(([k, v]) => [k, String(v.default ?? '')]));
  const ctx: Context = { inputs: { ...inputs, ...withInputs }, outputs: {}, event };
  for (const k of Object.keys(inputs)) ctx.inputs[k] = substitute(ctx.inputs[k]!, ctx);
  const result: ActionRun = { steps: [], outputs: {}, uploaded: undefined, summary: '' };
  for (const [i, step] of action.runs.steps.entries()) {
    if (step.if && !condition(step.if, ctx)) continue;
    if (step.uses) {
      if (step.uses.startsWith('github/codeql-action/upload-sarif@')) result.uploaded = substitute(step.with!.sarif_file!, ctx);
      continue;
    }
    if (/^npm ci\b/.test(step.run!)) continue;
    const outputFile = join(runner, `output-${i}`);
    writeFileSync(outputFile, '');
    const stepEnv = Object.fromEntries(Object.entries(step.env ?? {}).map(([k, v]) => [k, substitute(String(v), ctx)]));
    const r = await run('bash', ['-e', '-c', step.run!], {
      cwd: step['working-directory'] ? substitute(step['working-directory'], ctx) : workspace,
      env: {
        PATH: process.env.PATH,
        HOME: process.env.HOME,
        ...GIT_ENV,
        GITHUB_ACTION_PATH: repoRoot,
        GITHUB_WORKSPACE: workspace,
        GITHUB_EVENT_PATH: eventPath,
        GITHUB_EVENT_NAME: 'pull_request',
        GITHUB_REPOSITORY: 'acme/shop',
        GITHUB_API_URL: apiUrl,
        GITHUB_OUTPUT: outputFile,
        GITHUB_STEP_SUMMARY: summaryPath,
        RUNNER_TEMP: runner,
        ...stepEnv,
      },
    });
    result.steps.push({ name: step.name ?? '', ...r });
    if (step.id) ctx.outputs[step.id] = readOutputs(outputFile);
    if (r.code !== 0) break;
  }
  result.outputs = ctx.outputs.review ?? {};
  result.summary = readFileSync(summaryPath, 'utf8');
  return result;
}

test('action.yml: a composite action that sets up Node, builds with npm ci in its own checkout, and uploads the SARIF of its review step', () => {
  assert.equal(action.runs.using, 'composite');
  const steps = action.runs.steps;
  assert.match(steps[0]!.uses!, /^actions\/setup-node@v\d+$/);
  const build = steps.find((s) => s.run && /^npm ci\b/.test(s.run))!;
  assert.equal(build['working-directory'], '${{ github.action_path }}');
  const upload = steps.find((s) => s.uses?.startsWith('github/codeql-action/upload-sarif@'))!;
  assert.equal(upload.with!.sarif_file, '${{ steps.review.outputs.sarif }}');
  // no input is spliced into shell code: scripts read them from the environment
  for (const s of steps) if (s.run) assert.doesNotMatch(s.run, /\$\{\{/, `step "${s.name}" puts an expression into its script`);
  // no third-party action: only GitHub's own
  for (const s of steps) if (s.uses) assert.match(s.uses, /^(actions|github)\//);
});

test('the action on a pull request: one comment created, then edited in place; SARIF paths from the repository root; the gates from the inputs', async () => {
  const repo = makeRepo();
  const github = await fakeGitHub();
  try {
    const event = { action: 'opened', pull_request: { number: 7, base: { sha: repo.base, ref: 'main' }, head: { sha: git(repo.root, 'rev-parse', 'HEAD'), ref: 'feature' } } };

    const first = await runAction(repo.root, github.url, event, { directory: 'infra', 'max-cost-increase': '10' });
    const names = first.steps.map((s) => [s.name, s.code]);
    assert.deepEqual(names, [['Review the pull request', 0], ['Comment on the pull request', 0], ['Gate', 1]], JSON.stringify(first.steps, null, 2));
    assert.equal(first.outputs.gate, 'fail');
    assert.equal(first.outputs['new-findings'], String(JSON.parse(readFileSync(first.outputs.json!, 'utf8')).findings.new.length));
    assert.equal(first.outputs['cost-delta'], '32.85');
    const gate = first.steps[2]!.stdout;
    assert.match(gate, /^::error::Kensa: \d+ new findings? at or above error$/m);
    assert.match(gate, /^::error::Kensa: the monthly cost increases by \$32\.85, more than the \$10\.00 allowed by --fail-on-cost-increase$/m);

    // the comment: the marker, then exactly the Markdown of kensa review
    assert.equal(github.comments.length, 2);
    const comment = github.comments[1]!;
    const markdown = readFileSync(first.outputs.markdown!, 'utf8');
    assert.equal(comment.body, `<!-- kensa-review: infra -->\n${markdown}`);
    assert.match(comment.body, /^\*\*Monthly cost will increase by \$32\.85 \(\+\d+(\.\d)?%\)\*\*/m);
    assert.match(comment.body, /`aws-s3-public-acl`/);
    assert.equal(first.summary, markdown);

    // the SARIF: the new findings, paths relative to the repository root
    assert.equal(first.uploaded, first.outputs.sarif);
    const sarif = JSON.parse(readFileSync(first.uploaded!, 'utf8'));
    assert.equal(sarif.version, '2.1.0');
    const acl = sarif.runs[0].results.find((r: { ruleId: string }) => r.ruleId === 'aws-s3-public-acl');
    assert.deepEqual(acl.locations[0].physicalLocation.artifactLocation, { uri: 'infra/main.tf', uriBaseId: 'SRCROOT' });
    const aclLine = (PROVIDER + INSTANCE + NAT + ACL('public-read')).split('\n').findIndex((l) => l.includes('"public-read"')) + 1;
    assert.equal(acl.locations[0].physicalLocation.region.startLine, aclLine);
    assert.ok(sarif.runs[0].results.every((r: { locations: { physicalLocation: { artifactLocation: { uri: string } } }[] }) => r.locations[0]!.physicalLocation.artifactLocation.uri.startsWith('infra/')));
    assert.equal(acl.fixes[0].artifactChanges[0].artifactLocation.uri, 'infra/main.tf');

    // the next push makes the bucket private: the same comment says so, no second one appears
    write(repo.root, { 'infra/main.tf': PROVIDER + INSTANCE + NAT + ACL('private') });
    git(repo.root, 'commit', '--quiet', '-am', 'private logs');
    const calls = github.calls.length;
    const second = await runAction(repo.root, github.url, { ...event, action: 'synchronize' }, { directory: 'infra', 'max-cost-increase': '50' });
    assert.deepEqual(second.steps.map((s) => [s.name, s.code]), [['Review the pull request', 0], ['Comment on the pull request', 0], ['Gate', 0]], JSON.stringify(second.steps, null, 2));
    assert.equal(second.outputs.gate, 'pass');
    assert.deepEqual(github.calls.slice(calls), ['GET /repos/acme/shop/issues/7/comments?per_page=100&page=1', `PATCH /repos/acme/shop/issues/comments/${comment.id}`]);
    assert.equal(github.comments.length, 2);
    assert.equal(github.comments[0]!.body, 'Looks good to me');
    assert.equal(github.comments[1]!.body, `<!-- kensa-review: infra -->\n${readFileSync(second.outputs.markdown!, 'utf8')}`);
    assert.doesNotMatch(github.comments[1]!.body, /aws-s3-public-acl/);
    const sarif2 = JSON.parse(readFileSync(second.uploaded!, 'utf8'));
    assert.ok(!sarif2.runs[0].results.some((r: { ruleId: string }) => r.ruleId === 'aws-s3-public-acl'));
  } finally {
    github.close();
  }
});

test('the action with a read-only token (a pull request from a fork): a warning instead of a failed job', async () => {
  const repo = makeRepo();
  const github = await fakeGitHub();
  try {
    const event = { pull_request: { number: 7, base: { sha: repo.base } } };
    const r = await runAction(repo.root, github.url, event, { directory: 'infra', 'github-token': 'read-only', 'fail-on': 'none' });
    assert.deepEqual(r.steps.map((s) => [s.name, s.code]), [['Review the pull request', 0], ['Comment on the pull request', 0], ['Gate', 0]]);
    assert.match(r.steps[1]!.stdout, /^::warning::Kensa could not comment on the pull request \(POST \/repos\/acme\/shop\/issues\/7\/comments: HTTP 403: .*Resource not accessible by integration/m);
    assert.equal(github.comments.length, 1);

    // a wrong token is a real error
    const bad = await runAction(repo.root, github.url, event, { directory: 'infra', 'github-token': 'wrong', 'fail-on': 'none' });
    assert.equal(bad.steps[1]!.code, 1);
    assert.match(bad.steps[1]!.stderr, /HTTP 401/);
  } finally {
    github.close();
  }
});
