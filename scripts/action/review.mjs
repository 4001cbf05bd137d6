// The action's review step: `kensa review` of the pull request (its base commit against the
// checked-out tree) as Markdown (the comment), SARIF (code scanning, paths made relative to the
// repository root) and JSON with the gates applied. Writes the files to $RUNNER_TEMP and their
// paths, the gate's verdict and its reasons as step outputs; the Markdown also goes to the job
// summary. Exits non-zero only when Kensa cannot run (a usage or input error): a failed gate is the
// gate step's to report, after the comment and the upload.
import { spawnSync } from 'node:child_process';
import { appendFileSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, posix } from 'node:path';
import { fileURLToPath } from 'node:url';
import { annotate, env, eventPayload, setOutput } from './github.mjs';

const actionPath = env('GITHUB_ACTION_PATH', join(dirname(fileURLToPath(import.meta.url)), '..', '..'));
const cli = join(actionPath, 'dist', 'cli.js');
const workspace = env('GITHUB_WORKSPACE', process.cwd());
const directory = env('KENSA_DIRECTORY', '.');
const event = eventPayload();

function git(...args) {
  return spawnSync('git', args, { cwd: workspace, encoding: 'utf8' });
}

/** The base commit: the input, else the pull request's base; fetched when a shallow clone lacks it. */
function baseRevision() {
  const base = env('KENSA_BASE') || event.pull_request?.base?.sha || '';
  if (!base) {
    annotate('error', 'Kensa: no base revision: set the "base" input, or run on a pull_request event');
    process.exit(2);
  }
  if (git('rev-parse', '--verify', '--quiet', `${base}^{commit}`).status !== 0) {
    // actions/checkout fetches one commit by default; the base is one more
    const fetched = git('fetch', '--no-tags', '--depth=1', 'origin', base);
    if (fetched.status !== 0) process.stderr.write(`kensa: could not fetch ${base}: ${fetched.stderr}`);
  }
  return base;
}

const base = baseRevision();
const common = ['review', directory, '--base', base];
const config = env('KENSA_CONFIG');
if (config) common.push('--config', config);
for (const file of env('KENSA_VAR_FILES').split('\n').map((s) => s.trim()).filter(Boolean)) common.push('--var-file', file);

function kensa(args) {
  const r = spawnSync(process.execPath, [cli, ...common, ...args], { cwd: workspace, encoding: 'utf8', env: { ...process.env, NO_COLOR: '1' }, maxBuffer: 256 * 1024 * 1024 });
  if (r.error) throw r.error;
  return { code: r.status ?? 2, stdout: r.stdout, stderr: r.stderr };
}

function fail(r, what) {
  process.stderr.write(r.stderr);
  annotate('error', `Kensa could not ${what} (exit ${r.code}): ${r.stderr.trim().split('\n')[0] ?? ''}`);
  process.exit(r.code || 2);
}

const out = mkdtempSync(join(env('RUNNER_TEMP', tmpdir()), 'kensa-'));

const markdown = kensa(['--format', 'markdown', '--fail-on', 'none']);
if (markdown.code !== 0) fail(markdown, 'review the pull request');
const markdownPath = join(out, 'kensa-review.md');
writeFileSync(markdownPath, markdown.stdout);

const sarif = kensa(['--format', 'sarif', '--fail-on', 'none']);
if (sarif.code !== 0) fail(sarif, 'write the SARIF');
// Kensa's paths are relative to the reviewed directory; code scanning wants them from the repository root
const prefix = posix.normalize(directory.replace(/\\/g, '/')).replace(/^\.\/?|\/$/g, '');
const log = JSON.parse(sarif.stdout);
if (prefix) {
  const rebase = (loc) => {
    if (loc?.artifactLocation?.uri !== undefined) loc.artifactLocation.uri = `${encodeURI(prefix)}/${loc.artifactLocation.uri}`;
  };
  for (const run of log.runs) {
    for (const result of run.results) {
      for (const l of result.locations ?? []) rebase(l.physicalLocation);
      for (const l of result.relatedLocations ?? []) rebase(l.physicalLocation);
      for (const fix of result.fixes ?? []) for (const change of fix.artifactChanges ?? []) rebase(change);
    }
  }
}
const sarifPath = join(out, 'kensa-review.sarif');
writeFileSync(sarifPath, JSON.stringify(log, null, 2) + '\n');

const gateArgs = ['--format', 'json', '--fail-on', env('KENSA_FAIL_ON', 'error')];
const maxCost = env('KENSA_MAX_COST_INCREASE');
if (maxCost) gateArgs.push('--fail-on-cost-increase', maxCost);
const json = kensa(gateArgs);
if (json.code !== 0 && json.code !== 1) fail(json, 'apply the gates');
const jsonPath = join(out, 'kensa-review.json');
writeFileSync(jsonPath, json.stdout);
const review = JSON.parse(json.stdout);

setOutput('markdown', markdownPath);
setOutput('sarif', sarifPath);
setOutput('json', jsonPath);
setOutput('new-findings', review.findings.new.length);
setOutput('cost-delta', review.cost.delta);
setOutput('gate', json.code === 1 ? 'fail' : 'pass');
// kensa review says why on stderr, one line each: "kensa review: 2 new findings at or above error"
setOutput('gate-reasons', json.stderr.split('\n').filter((l) => l.startsWith('kensa review: ')).map((l) => l.slice('kensa review: '.length)).join('\n'));

const summary = env('GITHUB_STEP_SUMMARY');
if (summary) appendFileSync(summary, readFileSync(markdownPath, 'utf8'));
process.stdout.write(`Kensa: ${review.findings.new.length} new findings, ${review.findings.fixed.length} fixed; monthly cost ${review.cost.before} -> ${review.cost.after} USD\n`);
