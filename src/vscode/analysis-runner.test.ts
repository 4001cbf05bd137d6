import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { normalizePath } from '../terraform';
import { createJobRunner, SnapshotAssembler, snapshotPieces, type AnalyzeJob, type FolderSnapshot } from './analysis-jobs';
import { AnalysisRunner } from './analysis-runner';

// the worker as the extension ships it: built by every `node esbuild.mjs` (npm run test:unit included)
const WORKER = join(process.cwd(), 'dist', 'analysis-worker.js');

const PROVIDER = 'provider "aws" {\n  region = "us-east-1"\n}\n';
const VOLUME = (type: string) => `resource "aws_ebs_volume" "data" {\n  availability_zone = "us-east-1a"\n  size              = 100\n  type              = "${type}"\n  encrypted         = true\n}\n`;
const CALL = 'module "disks" {\n  source = "./modules/disks"\n}\n';

function workspace(): string {
  const dir = normalizePath(mkdtempSync(join(tmpdir(), 'kensa-runner-')));
  mkdirSync(join(dir, 'modules', 'disks'), { recursive: true });
  writeFileSync(join(dir, 'main.tf'), PROVIDER + VOLUME('gp2') + CALL);
  writeFileSync(join(dir, 'modules', 'disks', 'main.tf'), VOLUME('gp3'));
  return dir;
}

const job = (dir: string, overlay: [string, string][] = []): AnalyzeJob => ({ kind: 'analyze', folders: [{ dir, settings: { today: '2026-01-01' } }], overlay });

const summary = (s: FolderSnapshot) => ({
  findings: s.findings.map((f) => `${f.ruleId} ${f.file.slice(s.dir.length + 1)}:${f.range.start.line + 1}`).sort(),
  total: s.estimates.map((e) => e.estimate.totalMonthlyCost),
  moduleCalls: s.moduleCalls.map((c) => `${c.address} ${c.file.slice(s.dir.length + 1)}:${c.line}`),
});

test('AnalysisRunner: the worker thread and this thread give the same snapshot of a folder', async (t) => {
  assert.ok(existsSync(WORKER), `${WORKER} is built by node esbuild.mjs`);
  const dir = workspace();
  t.after(() => rmSync(dir, { recursive: true, force: true }));
  const inWorker = new AnalysisRunner(WORKER, createJobRunner);
  const inThread = new AnalysisRunner(undefined, createJobRunner);
  t.after(() => inWorker.dispose());
  assert.equal(inWorker.usesWorker, true);
  assert.equal(inThread.usesWorker, false);
  const [a] = (await inWorker.run(job(dir)))!;
  const [b] = (await inThread.run(job(dir)))!;
  assert.deepEqual(summary(a!), summary(b!));
  assert.ok(a!.findings.some((f) => f.ruleId === 'aws-ebs-volume-gp2'), 'the gp2 volume is found');
  assert.deepEqual(summary(a!).moduleCalls, ['module.disks main.tf:9']);
  // the text of each file a finding points into crosses over, for fixes and staleness checks
  assert.equal(a!.texts.get(`${dir}/main.tf`), PROVIDER + VOLUME('gp2') + CALL);
  const gp2 = a!.findings.find((f) => f.ruleId === 'aws-ebs-volume-gp2')!;
  assert.equal(gp2.fixes[0]!.edits[0]!.newText, '"gp3"');
});

test('AnalysisRunner: unsaved text in the overlay is analyzed instead of the disk, with the worker cache kept', async (t) => {
  const dir = workspace();
  t.after(() => rmSync(dir, { recursive: true, force: true }));
  const runner = new AnalysisRunner(WORKER, createJobRunner);
  t.after(() => runner.dispose());
  const before = (await runner.run(job(dir)))![0]!;
  assert.ok(before.findings.some((f) => f.ruleId === 'aws-ebs-volume-gp2'));
  const edited = PROVIDER + VOLUME('gp3') + CALL;
  const after = (await runner.run(job(dir, [[`${dir}/main.tf`, edited]])))![0]!;
  assert.ok(!after.findings.some((f) => f.ruleId === 'aws-ebs-volume-gp2'), 'the unsaved fix is seen');
  assert.ok(after.estimates[0]!.estimate.totalMonthlyCost < before.estimates[0]!.estimate.totalMonthlyCost, 'gp3 is cheaper');
});

test('AnalysisRunner: a cancelled job resolves to undefined and the next job starts a fresh worker', async (t) => {
  const dir = workspace();
  t.after(() => rmSync(dir, { recursive: true, force: true }));
  for (const runner of [new AnalysisRunner(WORKER, createJobRunner), new AnalysisRunner(undefined, createJobRunner)]) {
    t.after(() => runner.dispose());
    const cancelled = runner.run(job(dir));
    runner.cancel();
    assert.equal(await cancelled, undefined);
    const next = await runner.run(job(dir));
    assert.equal(next?.length, 1);
  }
});

test('AnalysisRunner: a review job counts a configuration problem the branch introduces as a new finding, as the CLI does', async (t) => {
  const base = workspace();
  const head = workspace();
  t.after(() => rmSync(base, { recursive: true, force: true }));
  t.after(() => rmSync(head, { recursive: true, force: true }));
  const runner = new AnalysisRunner(WORKER, createJobRunner);
  t.after(() => runner.dispose());
  // unsaved in the editor: the gp2 volume fixed, a broken block added
  const overlay: [string, string][] = [[`${head}/main.tf`, PROVIDER + VOLUME('gp3') + CALL + 'locals {\n  broken = \n}\n']];
  const review = (await runner.run({ kind: 'review', baseDir: base, headDir: head, settings: { today: '2026-01-01' }, overlay }))!;
  assert.deepEqual(review.findings.fixed.map((f) => f.ruleId), ['aws-ebs-volume-gp2']);
  assert.deepEqual(review.findings.new.map((f) => [f.ruleId, f.file, f.range.start.line + 1]), [['terraform', 'main.tf', 14]]);
  assert.ok(review.cost.delta < 0, `cost goes down, got ${review.cost.delta}`);
});

test('snapshotPieces and SnapshotAssembler: a snapshot sent a finding or a resource at a time comes back whole', (t) => {
  const dir = workspace();
  t.after(() => rmSync(dir, { recursive: true, force: true }));
  writeFileSync(join(dir, 'modules', 'disks', 'main.tf'), VOLUME('gp2'));
  const snapshots = createJobRunner().run({ ...job(dir), folders: [{ dir, settings: {} }, { dir: `${dir}/modules/disks`, settings: {} }] });
  assert.ok(snapshots[0]!.findings.length > 1 && snapshots[0]!.estimates[0]!.estimate.resources.length > 1, 'several findings and resources to split');
  const pieces = [...snapshotPieces(snapshots, 1)];
  const count = snapshots.reduce((n, s) => n + 1 + s.findings.length + s.estimates.reduce((m, e) => m + e.estimate.resources.length, 0), 0);
  assert.equal(pieces.length, count, 'one head per folder, then one piece per finding and per resource');
  const assembler = new SnapshotAssembler();
  for (const piece of pieces) assembler.add(structuredClone(piece));
  assert.deepEqual(assembler.result(), snapshots);
});

test("a review job evaluates each side's root modules with the variables files picked for them", async (t) => {
  const sides = [workspace(), workspace()];
  for (const dir of sides) {
    t.after(() => rmSync(dir, { recursive: true, force: true }));
    writeFileSync(join(dir, 'acl.tf'), 'variable "acl" {\n  default = "private"\n}\n\nresource "aws_s3_bucket_acl" "a" {\n  bucket = "a"\n  acl    = var.acl\n}\n');
    writeFileSync(join(dir, 'public.tfvars'), 'acl = "public-read"\n');
  }
  const runner = new AnalysisRunner(WORKER, createJobRunner);
  t.after(() => runner.dispose());
  const publicAcl = async (settings: object) => {
    const review = (await runner.run({ kind: 'review', baseDir: sides[0]!, headDir: sides[1]!, settings: { today: '2026-01-01', ...settings }, overlay: [] }))!;
    return review.findings.unchanged.filter((f) => f.ruleId === 'aws-s3-public-acl').map((f) => f.file);
  };
  assert.deepEqual(await publicAcl({}), []);
  // roots and files relative to the reviewed directory, as the branch review names them on both sides
  assert.deepEqual(await publicAcl({ rootVarFiles: { '.': ['public.tfvars'] } }), ['acl.tf']);
  assert.deepEqual(await publicAcl({ rootVarFiles: { 'modules/disks': ['public.tfvars'] } }), []);
});
