/**
 * `kensa review` on real git repositories made in temporary directories: a base commit on main and
 * a feature branch that adds, removes, changes and renames (`moved` blocks) resources, in a
 * directory and on a branch whose names are full of shell metacharacters. Runs dist/cli.js as a
 * process; `UPDATE=1` refreshes the golden files. Every run gets its own TMPDIR, checked empty
 * afterwards, and every repository must list one worktree only: nothing is left behind.
 */
import { after, test } from 'node:test';
import assert from 'node:assert/strict';
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync as makeTemp, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fromRoot } from '../support/paths';

const BRANCH = `feature/it's-a-"test"-$(rm-rf)-;`;
/** git refuses spaces in ref names, so this one can only ever be an unknown revision. */
const SPACED = `feature/it's a "test" $(rm -rf) ;`;
// fixed dates make the commit ids, and so the golden files, the same on every run
const GIT_ENV = { GIT_AUTHOR_DATE: '2024-05-01T12:00:00Z', GIT_COMMITTER_DATE: '2024-05-01T12:00:00Z', GIT_CONFIG_NOSYSTEM: '1', GIT_CONFIG_GLOBAL: '/dev/null' };

/** Every temporary directory the tests make, removed when they end. */
const temporary: string[] = [];
function mkdtempSync(prefix: string): string {
  const dir = makeTemp(prefix);
  temporary.push(dir);
  return dir;
}
after(() => {
  for (const d of temporary) rmSync(d, { recursive: true, force: true });
});

interface Run {
  code: number | null;
  stdout: string;
  stderr: string;
}

function git(cwd: string, ...args: string[]): string {
  const r = spawnSync('git', ['-c', 'user.name=Kensa Test', '-c', 'user.email=test@kensa.invalid', '-c', 'init.defaultBranch=main', ...args], { cwd, encoding: 'utf8', env: { ...process.env, ...GIT_ENV } });
  assert.equal(r.status, 0, `git ${args.join(' ')}: ${r.stderr}`);
  return r.stdout.trim();
}

/** Runs kensa with a private TMPDIR and checks that nothing is left in it or among the worktrees. */
function kensa(cwd: string, args: string[], repo = cwd): Run {
  const tmp = mkdtempSync(join(tmpdir(), 'kensa-review-test-tmp-'));
  const r = spawnSync(process.execPath, [fromRoot('dist/cli.js'), ...args], { cwd, encoding: 'utf8', env: { ...process.env, ...GIT_ENV, NO_COLOR: '1', TMPDIR: tmp } });
  assert.deepEqual(readdirSync(tmp), [], 'temporary checkouts removed');
  assertOneWorktree(repo);
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

function assertOneWorktree(repo: string): void {
  const list = git(repo, 'worktree', 'list', '--porcelain').split('\n').filter((l) => l.startsWith('worktree '));
  assert.equal(list.length, 1, `worktrees left behind: ${list.join(', ')}`);
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

function write(root: string, files: Record<string, string>): void {
  for (const [path, text] of Object.entries(files)) {
    mkdirSync(dirname(join(root, path)), { recursive: true });
    writeFileSync(join(root, path), text);
  }
}

const PROVIDER = 'provider "aws" {\n  region = "us-east-1"\n}\n';
const instance = (name: string, extra = ''): string => `\nresource "aws_instance" "${name}" {\n  ami           = "ami-0123456789abcdef0"\n  instance_type = "t3.micro"\n${extra}}\n`;
const volume = (name: string, size: number, type: string, kmsKey = false): string =>
  `\nresource "aws_ebs_volume" "${name}" {\n  availability_zone = "us-east-1a"\n  size              = ${size}\n  type              = "${type}"\n  encrypted         = true\n${kmsKey ? '  kms_key_id        = "arn:aws:kms:us-east-1:111122223333:key/1234abcd-12ab-34cd-56ef-1234567890ab"\n' : ''}}\n`;
const nat = (name: string): string => `\nresource "aws_nat_gateway" "${name}" {\n  allocation_id = "eipalloc-0123"\n  subnet_id     = "subnet-0123"\n}\n`;

const BASE = {
  'infra/main.tf': PROVIDER + instance('old') + volume('data', 100, 'gp2') + nat('gone') + '\nmodule "app_old" {\n  source = "./modules/app"\n}\n',
  'infra/modules/app/main.tf': instance('this').trimStart() + volume('logs', 50, 'gp3'),
  'README.md': 'not Terraform\n',
};

const HEAD = {
  // a comment on top moves every finding down a few lines: they stay "unchanged"
  'infra/main.tf':
    '# the web tier, renamed\n' +
    PROVIDER +
    instance('web') +
    '\nmoved {\n  from = aws_instance.old\n  to   = aws_instance.web\n}\n' +
    volume('data', 200, 'gp3') +
    nat('new') +
    instance('api') +
    '\nmodule "app" {\n  source = "./modules/app"\n}\n\nmoved {\n  from = module.app_old\n  to   = module.app\n}\n',
  'infra/modules/app/main.tf': instance('this').trimStart() + volume('logs', 100, 'gp3'),
};

/** A repository in a directory with spaces and shell metacharacters: main, then the feature branch checked out. */
function makeRepo(): { root: string; base: string; head: string } {
  const parent = mkdtempSync(join(tmpdir(), 'kensa review '));
  const root = join(parent, `it's a "repo" $(rm -rf) ;`);
  mkdirSync(root);
  git(root, 'init', '--quiet');
  write(root, BASE);
  git(root, 'add', '.');
  git(root, 'commit', '--quiet', '-m', 'base');
  const base = git(root, 'rev-parse', 'HEAD');
  git(root, 'checkout', '--quiet', '-b', BRANCH);
  write(root, HEAD);
  git(root, 'add', '.');
  git(root, 'commit', '--quiet', '-m', 'feature');
  // main moves on after the branch point: the default base is the merge base, not main's tip
  git(root, 'checkout', '--quiet', 'main');
  write(root, { 'infra/later.tf': nat('later') });
  git(root, 'add', '.');
  git(root, 'commit', '--quiet', '-m', 'main moves on');
  git(root, 'checkout', '--quiet', BRANCH);
  return { root, base, head: git(root, 'rev-parse', 'HEAD') };
}

const repo = makeRepo();

/** The cost section every run over the fixture must produce, figures included (us-east-1 list prices). */
const COST = {
  before: 63.63,
  // the totals are each side's estimate, summed before rounding: a cent off the sum of the rounded rows
  after: 82.03,
  delta: 18.4,
  deltaPercent: 28.9,
  currency: 'USD',
  pricesAsOf: '2024-07-18',
  resources: [
    { address: 'aws_ebs_volume.data', root: '.', module: '', type: 'aws_ebs_volume', change: 'changed', before: 10, after: 16, delta: 6, unknownBefore: null, unknownAfter: null },
    { address: 'aws_instance.api', root: '.', module: '', type: 'aws_instance', change: 'added', before: 0, after: 8.39, delta: 8.39, unknownBefore: null, unknownAfter: null },
    { address: 'aws_instance.web', previousAddress: 'aws_instance.old', root: '.', module: '', type: 'aws_instance', change: 'moved', before: 8.39, after: 8.39, delta: 0, unknownBefore: null, unknownAfter: null },
    { address: 'aws_nat_gateway.gone', root: '.', module: '', type: 'aws_nat_gateway', change: 'removed', before: 32.85, after: 0, delta: -32.85, unknownBefore: null, unknownAfter: null },
    { address: 'aws_nat_gateway.new', root: '.', module: '', type: 'aws_nat_gateway', change: 'added', before: 0, after: 32.85, delta: 32.85, unknownBefore: null, unknownAfter: null },
    { address: 'module.app.aws_ebs_volume.logs', previousAddress: 'module.app_old.aws_ebs_volume.logs', root: '.', module: 'module.app', type: 'aws_ebs_volume', change: 'changed', before: 4, after: 8, delta: 4, unknownBefore: null, unknownAfter: null },
    { address: 'module.app.aws_instance.this', previousAddress: 'module.app_old.aws_instance.this', root: '.', module: 'module.app', type: 'aws_instance', change: 'moved', before: 8.39, after: 8.39, delta: 0, unknownBefore: null, unknownAfter: null },
  ],
  unknownResources: 0,
  modules: [
    { root: '.', module: '', before: 51.24, after: 65.63, delta: 14.39, unknownResources: 0 },
    { root: '.', module: 'module.app', before: 12.39, after: 16.39, delta: 4, unknownResources: 0 },
  ],
};

test('kensa review --format json: the merge base against the working tree, cost per resource, moved resources matched', () => {
  const r = kensa(repo.root, ['review', 'infra', '--format', 'json', '--fail-on', 'none']);
  assert.equal(r.code, 0, r.stderr);
  assert.equal(r.stderr, '', 'no progress on a stderr that is not a terminal');
  const out = JSON.parse(r.stdout);
  assert.deepEqual(out.base, { ref: 'main', sha: repo.base });
  assert.deepEqual(out.head, { ref: BRANCH, sha: 'working tree' });
  assert.deepEqual(out.cost, COST);
  assert.deepEqual(out.moved, [
    { from: 'aws_instance.old', to: 'aws_instance.web', file: 'main.tf', line: 11 },
    { from: 'module.app_old', to: 'module.app', file: 'main.tf', line: 37 },
  ]);
  // the renamed instances keep their findings: only aws_instance.api's are new, gp2 is fixed
  assert.ok(out.findings.new.length > 0);
  assert.ok(out.findings.new.every((f: { resourceAddress: string }) => f.resourceAddress === 'aws_instance.api'), JSON.stringify(out.findings.new));
  assert.deepEqual(out.findings.fixed.map((f: { ruleId: string; resourceAddress: string; range: { startLine: number } }) => [f.ruleId, f.resourceAddress, f.range.startLine]), [['aws-ebs-volume-gp2', 'aws_ebs_volume.data', 13]]);
  assert.ok(out.findings.unchanged > 0);
  golden('review.json', r.stdout);

  // the directory is taken relative to the repository root, wherever one runs from
  const inside = kensa(join(repo.root, 'infra'), ['review', '--format', 'json', '--fail-on', 'none'], repo.root);
  assert.equal(inside.stdout, r.stdout);
});

test('kensa review --head REF --base REF: both sides from commits; a shell-hostile branch name is only a name', () => {
  git(repo.root, 'checkout', '--quiet', 'main');
  try {
    const r = kensa(repo.root, ['review', 'infra', '--base', repo.base, '--head', BRANCH, '--format', 'json', '--fail-on', 'none']);
    assert.equal(r.code, 0, r.stderr);
    const out = JSON.parse(r.stdout);
    assert.deepEqual(out.base, { ref: repo.base, sha: repo.base });
    assert.deepEqual(out.head, { ref: BRANCH, sha: repo.head });
    assert.deepEqual(out.cost, COST);
  } finally {
    git(repo.root, 'checkout', '--quiet', BRANCH);
  }
});

test('kensa review --format markdown: a pull-request comment', () => {
  const r = kensa(repo.root, ['review', 'infra', '--format', 'markdown', '--fail-on', 'none']);
  assert.equal(r.code, 0, r.stderr);
  assert.match(r.stdout, /^\*\*Monthly cost will increase by \$18\.40 \(\+28\.9%\)\*\* \(\$63\.63 → \$82\.03 per month\)$/m);
  golden('review.md', r.stdout);
});

test('kensa review --format text: plain without a terminal, headline, cost rows, new and fixed findings', () => {
  const r = kensa(repo.root, ['review', 'infra', '--fail-on', 'none']);
  assert.equal(r.code, 0, r.stderr);
  assert.doesNotMatch(r.stdout, /\u001b\[/);
  assert.match(r.stdout, /^Monthly cost will increase by \$18\.40 \(\+28\.9%\): \$63\.63 -> \$82\.03 per month$/m);
  assert.match(r.stdout, /^ {2}aws_instance\.web +moved from aws_instance\.old +\$8\.39 -> \$8\.39 +\$0$/m);
  assert.match(r.stdout, /^- main\.tf:13:3: warning aws-ebs-volume-gp2: /m);
  golden('review.txt', r.stdout);
});

test('kensa review --format sarif: the new findings only', () => {
  const json = JSON.parse(kensa(repo.root, ['review', 'infra', '--format', 'json', '--fail-on', 'none']).stdout);
  const r = kensa(repo.root, ['review', 'infra', '--format', 'sarif', '--fail-on', 'none']);
  assert.equal(r.code, 0, r.stderr);
  const sarif = JSON.parse(r.stdout);
  assert.equal(sarif.version, '2.1.0');
  const results = sarif.runs[0].results as { ruleId: string; locations: { physicalLocation: { artifactLocation: { uri: string }; region: { startLine: number } } }[] }[];
  assert.deepEqual(
    results.map((x) => [x.ruleId, x.locations[0]!.physicalLocation.artifactLocation.uri, x.locations[0]!.physicalLocation.region.startLine]),
    json.findings.new.map((f: { ruleId: string; file: string; range: { startLine: number } }) => [f.ruleId, f.file, f.range.startLine]),
  );
});

test('kensa review gates: --fail-on for new findings, --fail-on-cost-increase in dollars or percent', () => {
  const json = JSON.parse(kensa(repo.root, ['review', 'infra', '--format', 'json', '--fail-on', 'none']).stdout);
  const worst = json.findings.new.some((f: { severity: string }) => f.severity === 'error') ? 'error' : 'warning';
  const failing = kensa(repo.root, ['review', 'infra', '--fail-on', worst]);
  assert.equal(failing.code, 1);
  assert.match(failing.stderr, new RegExp(`kensa review: \\d+ new findings? at or above ${worst}`));
  assert.equal(kensa(repo.root, ['review', 'infra', '--fail-on', 'none']).code, 0);

  const gate = (value: string): Run => kensa(repo.root, ['review', 'infra', '--fail-on', 'none', '--fail-on-cost-increase', value]);
  assert.equal(gate('100').code, 0);
  assert.equal(gate('$18.40').code, 0, 'an increase equal to the threshold passes');
  const dollars = gate('10');
  assert.equal(dollars.code, 1);
  assert.equal(dollars.stderr, 'kensa review: the monthly cost increases by $18.40, more than the $10.00 allowed by --fail-on-cost-increase\n');
  assert.equal(gate('50%').code, 0);
  const percent = gate('20%');
  assert.equal(percent.code, 1);
  assert.equal(percent.stderr, 'kensa review: the monthly cost increases by 28.9%, more than the 20% allowed by --fail-on-cost-increase\n');
  const bad = gate('lots');
  assert.equal(bad.code, 2);
  assert.match(bad.stderr, /--fail-on-cost-increase must be an amount in dollars \(100\) or a percentage \(10%\), not "lots"/);
});

test('kensa review on main itself: the uncommitted changes against HEAD', () => {
  const root = mkdtempSync(join(tmpdir(), 'kensa-review-main-'));
  git(root, 'init', '--quiet');
  write(root, { 'main.tf': PROVIDER + volume('data', 100, 'gp3', true) });
  git(root, 'add', '.');
  git(root, 'commit', '--quiet', '-m', 'base');
  write(root, { 'main.tf': PROVIDER + volume('data', 150, 'gp3', true) });
  const r = kensa(root, ['review', '--format', 'json']);
  assert.equal(r.code, 0, r.stderr);
  const out = JSON.parse(r.stdout);
  assert.deepEqual(out.base, { ref: 'main', sha: git(root, 'rev-parse', 'HEAD') });
  assert.deepEqual([out.cost.before, out.cost.after, out.cost.delta, out.cost.deltaPercent], [8, 12, 4, 50]);
  // on both sides the volume is in no AWS Backup selection (aws-ebs-volume-not-backed-up, info)
  assert.deepEqual(out.findings, { new: [], fixed: [], unchanged: 1 });
});

test('kensa review per resource instance: a second call of a module with a public bucket is one new finding; dropping it again, one fixed', () => {
  const root = mkdtempSync(join(tmpdir(), 'kensa-review-instances-'));
  const call = (name: string): string => `\nmodule "${name}" {\n  source = "./bucket"\n}\n`;
  const bucket = 'resource "aws_s3_bucket_acl" "this" {\n  bucket = "kensa-review"\n  acl    = "public-read"\n}\n';
  git(root, 'init', '--quiet');
  write(root, { 'main.tf': PROVIDER + call('old'), 'bucket/main.tf': bucket });
  git(root, 'add', '.');
  git(root, 'commit', '--quiet', '-m', 'one call');
  const one = git(root, 'rev-parse', 'HEAD');
  write(root, { 'main.tf': PROVIDER + call('old') + call('new') });
  git(root, 'commit', '--quiet', '-am', 'two calls');
  const two = git(root, 'rev-parse', 'HEAD');
  const shown = (fs: { ruleId: string; resourceAddress: string; file: string; range: { startLine: number } }[]): string[] => fs.map((f) => `${f.ruleId} ${f.resourceAddress} ${f.file}:${f.range.startLine}`);

  const added = kensa(root, ['review', '--base', one, '--head', two, '--format', 'json', '--fail-on', 'none']);
  assert.equal(added.code, 0, added.stderr);
  const out = JSON.parse(added.stdout);
  assert.deepEqual(shown(out.findings.new), ['aws-s3-public-acl module.new.aws_s3_bucket_acl.this bucket/main.tf:3']);
  assert.deepEqual(out.findings.fixed, []);
  assert.equal(out.findings.unchanged, 1);
  const gated = kensa(root, ['review', '--base', one, '--head', two]);
  assert.equal(gated.code, 1, 'the new finding is an error: the gate fails');
  assert.match(gated.stdout, /^1 new finding, 0 fixed, 1 unchanged$/m);
  assert.match(gated.stdout, /^\+ bucket\/main\.tf:3:3: error aws-s3-public-acl: .* \[module\.new\.aws_s3_bucket_acl\.this\]$/m);

  const removed = JSON.parse(kensa(root, ['review', '--base', two, '--head', one, '--format', 'json', '--fail-on', 'none']).stdout);
  assert.deepEqual(shown(removed.findings.fixed), ['aws-s3-public-acl module.new.aws_s3_bucket_acl.this bucket/main.tf:3']);
  assert.deepEqual(removed.findings.new, []);
  assert.equal(removed.findings.unchanged, 1);
});

test('kensa review --exclude: folders and globs left out on both sides', () => {
  const root = mkdtempSync(join(tmpdir(), 'kensa-review-exclude-'));
  git(root, 'init', '--quiet');
  write(root, { 'app/main.tf': PROVIDER + volume('data', 100, 'gp3'), 'sandbox/main.tf': PROVIDER + volume('scratch', 100, 'gp3') });
  git(root, 'add', '.');
  git(root, 'commit', '--quiet', '-m', 'base');
  // the branch grows the app's volume and adds a NAT gateway to the sandbox
  write(root, { 'app/main.tf': PROVIDER + volume('data', 150, 'gp3'), 'sandbox/main.tf': PROVIDER + volume('scratch', 100, 'gp3') + nat('play') });
  const all = JSON.parse(kensa(root, ['review', '--format', 'json', '--fail-on', 'none']).stdout);
  assert.deepEqual(all.cost.resources.map((r: { root: string; address: string }) => `${r.root} ${r.address}`), ['app aws_ebs_volume.data', 'sandbox aws_nat_gateway.play']);
  for (const exclude of ['sandbox', 'sand*/**']) {
    const r = kensa(root, ['review', '--format', 'json', '--fail-on', 'none', '--exclude', exclude]);
    assert.equal(r.code, 0, r.stderr);
    const out = JSON.parse(r.stdout);
    assert.deepEqual(out.cost.resources.map((x: { root: string; address: string }) => `${x.root} ${x.address}`), ['app aws_ebs_volume.data'], exclude);
    assert.deepEqual([out.cost.before, out.cost.after, out.cost.delta], [8, 12, 4], exclude);
    assert.deepEqual(out.findings.new, [], `${exclude}: the NAT gateway's findings are left out`);
  }
});

test('kensa review with a missing base: a clear error, exit 2, nothing left behind', () => {
  const missing = kensa(repo.root, ['review', 'infra', '--base', 'no-such-branch']);
  assert.equal(missing.code, 2);
  assert.equal(missing.stdout, '');
  assert.equal(missing.stderr, 'kensa review: unknown revision "no-such-branch": no such branch, tag or commit in this repository\n');
  const spaced = kensa(repo.root, ['review', 'infra', '--base', SPACED]);
  assert.equal(spaced.code, 2);
  assert.equal(spaced.stderr, `kensa review: unknown revision "${SPACED}": no such branch, tag or commit in this repository\n`);
  const option = kensa(repo.root, ['review', 'infra', '--base=--output=/tmp/x']);
  assert.equal(option.code, 2);
  assert.match(option.stderr, /is not a valid git ref/);
  const outside = mkdtempSync(join(tmpdir(), 'kensa-not-git-'));
  const notRepo = spawnSync(process.execPath, [fromRoot('dist/cli.js'), 'review'], { cwd: outside, encoding: 'utf8', env: { ...process.env, GIT_CEILING_DIRECTORIES: dirname(outside) } });
  assert.equal(notRepo.status, 2);
  assert.match(notRepo.stderr, /not inside a git repository/);
});

test('kensa review in a shallow clone: works once the base is fetched; before that, exit 2 saying why', () => {
  const clone = join(mkdtempSync(join(tmpdir(), 'kensa-shallow-')), 'clone');
  git(dirname(clone), 'clone', '--quiet', '--depth', '1', '--branch', BRANCH, `file://${repo.root}`, clone);
  const before = kensa(clone, ['review', 'infra', '--base', 'origin/main']);
  assert.equal(before.code, 2);
  assert.match(before.stderr, /^kensa review: unknown revision "origin\/main": .* \(this is a shallow clone: fetch the base/);
  // the default base needs the history that joins the branches (origin/HEAD names the cloned branch itself: skipped)
  git(clone, 'fetch', '--quiet', '--depth', '1', 'origin', '+refs/heads/main:refs/remotes/origin/main');
  const noMergeBase = kensa(clone, ['review', 'infra']);
  assert.equal(noMergeBase.code, 2);
  assert.match(noMergeBase.stderr, /^kensa review: HEAD and origin\/main have no common commit in this shallow clone: fetch more history/);
  // what a CI job does with fetch-depth 1: fetch the base commit, then compare with it
  git(clone, 'fetch', '--quiet', '--depth', '1', 'origin', repo.base);
  const r = kensa(clone, ['review', 'infra', '--base', repo.base, '--format', 'json', '--fail-on', 'none']);
  assert.equal(r.code, 0, r.stderr);
  const out = JSON.parse(r.stdout);
  assert.deepEqual(out.base, { ref: repo.base, sha: repo.base });
  assert.deepEqual(out.cost, COST);
});

test('kensa review interrupted: SIGTERM while a worktree is checked out removes it', async () => {
  // a large head keeps the analysis busy long enough to be interrupted
  const big = mkdtempSync(join(tmpdir(), 'kensa-review-big-'));
  git(big, 'init', '--quiet');
  write(big, { 'main.tf': PROVIDER });
  git(big, 'add', '.');
  git(big, 'commit', '--quiet', '-m', 'base');
  write(big, Object.fromEntries(Array.from({ length: 300 }, (_, i) => [`m${i}.tf`, instance(`i${i}`) + volume(`v${i}`, 10 + i, 'gp2')])));
  git(big, 'add', '.');
  git(big, 'commit', '--quiet', '-m', 'big');
  const tmp = mkdtempSync(join(tmpdir(), 'kensa-review-test-tmp-'));
  const child = spawn(process.execPath, [fromRoot('dist/cli.js'), 'review', '--base', 'HEAD', '--head', 'HEAD', '--fail-on', 'none'], { cwd: big, env: { ...process.env, TMPDIR: tmp, NO_COLOR: '1' }, stdio: 'ignore' });
  const exited = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));
  let sent = false;
  // signal as soon as both checkouts exist
  while (!sent && child.exitCode === null) {
    const made = readdirSync(tmp).filter((n) => n.startsWith('kensa-review-'));
    if (made.length === 2 && made.every((n) => existsSync(join(tmp, n, 'tree', 'main.tf')))) {
      child.kill('SIGTERM');
      sent = true;
    }
    await new Promise((r) => setTimeout(r, 2));
  }
  const code = await exited;
  assert.ok(sent, 'the review ended before it could be interrupted');
  assert.equal(code, 143);
  assert.deepEqual(readdirSync(tmp), []);
  assertOneWorktree(big);
});

test('kensa review checks out only what a review reads: a blob git cannot produce (a zip missing from a partial clone) does not stop it', () => {
  const parent = mkdtempSync(join(tmpdir(), 'kensa-review-blob-'));
  const root = join(parent, 'repo');
  mkdirSync(root);
  git(root, 'init', '--quiet');
  write(root, { 'infra/main.tf': 'resource "aws_s3_bucket_acl" "a" {\n  bucket = "a"\n  acl    = "private"\n}\n', 'infra/lambda.zip': 'PK\u0003\u0004 a large package\n'.repeat(50) });
  git(root, 'add', '.');
  git(root, 'commit', '--quiet', '-m', 'base');
  // the package's object is not in the repository, as in a partial clone or after an LFS fetch failed
  const blob = git(root, 'rev-parse', 'HEAD:infra/lambda.zip');
  rmSync(join(root, '.git/objects', blob.slice(0, 2), blob.slice(2)));
  assert.notEqual(spawnSync('git', ['worktree', 'add', '--detach', join(parent, 'full'), 'HEAD'], { cwd: root, encoding: 'utf8' }).status, 0, 'a full checkout fails');
  git(root, 'worktree', 'prune');
  git(root, 'checkout', '--quiet', '-b', 'feature');
  write(root, { 'infra/main.tf': 'resource "aws_s3_bucket_acl" "a" {\n  bucket = "a"\n  acl    = "public-read"\n}\n' });
  const r = kensa(root, ['review', 'infra', '--base', 'main', '--format', 'json', '--fail-on', 'none']);
  assert.equal(r.code, 0, r.stderr);
  assert.deepEqual(JSON.parse(r.stdout).findings.new.map((f: { ruleId: string }) => f.ruleId), ['aws-s3-public-acl']);
});

test('kensa review reads a file the checkout left out from git when the configuration reads it: file() of a .policy document, fileset() over its folder', () => {
  const parent = mkdtempSync(join(tmpdir(), 'kensa-review-leftout-'));
  const root = join(parent, 'repo');
  mkdirSync(root);
  git(root, 'init', '--quiet');
  const policy = (principal: string): string => JSON.stringify({ Version: '2012-10-17', Statement: [{ Effect: 'Allow', Principal: principal, Action: 's3:GetObject', Resource: 'arn:aws:s3:::site/*' }] });
  const main = `resource "aws_s3_bucket" "site" {
  bucket = "site"
}

resource "aws_s3_bucket_policy" "site" {
  bucket = aws_s3_bucket.site.id
  policy = file("\${path.module}/policies/site.policy")
}

output "documents" {
  value = fileset("\${path.module}/policies", "*.policy")
}
`;
  write(root, { 'infra/main.tf': main, 'infra/policies/site.policy': policy('arn:aws:iam::111122223333:root') });
  git(root, 'add', '.');
  git(root, 'commit', '--quiet', '-m', 'base');
  git(root, 'checkout', '--quiet', '-b', 'feature');
  write(root, { 'infra/policies/site.policy': policy('*') });
  git(root, 'commit', '--quiet', '-am', 'open the site');
  git(root, 'checkout', '--quiet', 'main');
  const r = kensa(root, ['review', 'infra', '--base', 'main', '--head', 'feature', '--format', 'json', '--fail-on', 'none']);
  assert.equal(r.code, 0, r.stderr);
  const review = JSON.parse(r.stdout) as { findings: { new: { ruleId: string; resourceAddress: string }[] } };
  assert.deepEqual(review.findings.new.map((f) => `${f.ruleId} ${f.resourceAddress}`), ['aws-s3-bucket-policy-public-principal aws_s3_bucket.site']);
});

test('a review killed outright leaves its checkout behind: the next review removes it', () => {
  const parent = mkdtempSync(join(tmpdir(), 'kensa-review-stale-'));
  const root = join(parent, 'repo');
  mkdirSync(root);
  git(root, 'init', '--quiet');
  write(root, { 'main.tf': 'resource "aws_sqs_queue" "q" {}\n' });
  git(root, 'add', '.');
  git(root, 'commit', '--quiet', '-m', 'base');
  const tmp = mkdtempSync(join(tmpdir(), 'kensa-review-test-tmp-'));
  // what a SIGKILLed review leaves: its checkout, registered with git, owned by a process that is gone
  const dead = spawnSync(process.execPath, ['-e', '0']).pid!;
  const stale = join(tmp, 'kensa-review-Xk3p9a');
  mkdirSync(stale);
  writeFileSync(join(stale, 'owner'), `${dead}\n`);
  git(root, 'worktree', 'add', '--detach', '--quiet', join(stale, 'tree'), 'HEAD');
  const r = spawnSync(process.execPath, [fromRoot('dist/cli.js'), 'review', '--base', 'HEAD', '--fail-on', 'none'], { cwd: root, encoding: 'utf8', env: { ...process.env, ...GIT_ENV, NO_COLOR: '1', TMPDIR: tmp } });
  assert.equal(r.status, 0, r.stderr);
  assert.deepEqual(readdirSync(tmp), [], 'the stale checkout and the review\'s own are removed');
  assertOneWorktree(root);
});
