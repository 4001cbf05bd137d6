/**
 * The CLI's file-system host with symbolic links, on a real directory: file functions read files
 * inside the configuration's tree (through links that stay inside too), never what a link outside
 * leads to, and a link that loops back is walked once by root discovery and fileset().
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { chmodSync, mkdirSync, mkdtempSync, readdirSync, realpathSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { createHash } from 'node:crypto';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { analyze, findRootModules } from '../engine';
import { evaluateConfiguration, toJson, type Host, type HostProblem } from '../terraform';
import { nodeHost } from './node-host';

test('symbolic links: files outside the tree are not read, loops are walked once', () => {
  const top = realpathSync(mkdtempSync(join(tmpdir(), 'kensa-links-')));
  try {
    const dir = join(top, 'infra');
    mkdirSync(join(dir, 'files'), { recursive: true });
    writeFileSync(join(top, 'secret.txt'), 'AKIA-NOT-FOR-YOU');
    writeFileSync(join(dir, 'files', 'motd.txt'), 'hello');
    symlinkSync(join(top, 'secret.txt'), join(dir, 'leak.txt'));
    symlinkSync(join(dir, 'files', 'motd.txt'), join(dir, 'motd.txt'));
    symlinkSync('.', join(dir, 'loop'));
    writeFileSync(
      join(dir, 'main.tf'),
      [
        'resource "aws_ssm_parameter" "p" {',
        '  name  = "p"',
        '  type  = "String"',
        '  value = file("${path.module}/leak.txt")',
        '  tier  = file("${path.module}/motd.txt")',
        '  description = join(",", fileset(path.module, "**/*.txt"))',
        '  key_id = fileexists("${path.module}/leak.txt") ? "yes" : "no"',
        '  data_type = join(",", fileset("${path.module}/..", "*.txt"))',
        '}',
        '',
      ].join('\n'),
    );
    const host = nodeHost(dir);
    assert.deepEqual(findRootModules(host, '.'), ['.'], 'the loop is not a module tree of its own');
    const ev = evaluateConfiguration(host, '.');
    const attrs = Object.fromEntries([...ev.resources[0]!.body.attributes].map(([k, a]) => [k, toJson(a.value)]));
    assert.deepEqual(attrs['value'], { $unknown: "the file is outside the configuration's directory tree" });
    assert.equal(attrs['tier'], 'hello', 'a link inside the tree is followed');
    assert.equal(attrs['description'], 'files/motd.txt,motd.txt', 'neither the link out nor the loop is listed');
    assert.equal((attrs['key_id'] as { $unknown?: string }).$unknown !== undefined, true, 'whether a file outside exists is unknown');
    const warnings = ev.diagnostics.filter((d) => d.summary === 'File not read');
    assert.deepEqual(
      warnings.map((d) => [d.severity, d.range.start.line + 1, d.detail]),
      [
        ['warning', 4, "leak.txt is outside the configuration's directory tree (or a symbolic link leads out of it): Kensa reads only the configuration's own files, never others on this machine, so this value is unknown here"],
        ['warning', 8, ".. is outside the configuration's directory tree (or a symbolic link leads out of it): Kensa lists only the configuration's own files, so this set is unknown here"],
      ],
    );
    assert.equal((attrs['data_type'] as { $unknown?: string }).$unknown !== undefined, true, 'a folder outside is not listed');
    assert.ok(!JSON.stringify(ev.resources.map((r) => toJson(r.value))).includes('AKIA'), 'nothing of the file outside is in the evaluation');
  } finally {
    rmSync(top, { recursive: true, force: true });
  }
});

test('binary files are hashed and encoded as their bytes, not as text', () => {
  const dir = realpathSync(mkdtempSync(join(tmpdir(), 'kensa-bytes-')));
  try {
    // bytes that are not UTF-8: read as text they would become replacement characters
    writeFileSync(join(dir, 'icon.bin'), Buffer.from([0x89, 0x50, 0x4e, 0x47, 0xff, 0x00, 0xfe]));
    writeFileSync(
      join(dir, 'main.tf'),
      'resource "aws_ssm_parameter" "p" {\n  name  = filemd5("icon.bin")\n  value = filebase64("icon.bin")\n  type  = filesha256("icon.bin")\n}\n',
    );
    const ev = evaluateConfiguration(nodeHost(dir), '.');
    const attrs = Object.fromEntries([...ev.resources[0]!.body.attributes].map(([k, a]) => [k, toJson(a.value)]));
    assert.deepEqual(attrs, {
      name: createHash('md5').update(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0xff, 0x00, 0xfe])).digest('hex'),
      value: 'iVBOR/8A/g==',
      type: createHash('sha256').update(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0xff, 0x00, 0xfe])).digest('hex'),
    });
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

test('root discovery stays inside the real path of the scanned folder: a folder linked to outside it is not walked', () => {
  const top = realpathSync(mkdtempSync(join(tmpdir(), 'kensa-links-')));
  try {
    mkdirSync(join(top, 't/root'), { recursive: true });
    mkdirSync(join(top, 'outside/stack'), { recursive: true });
    writeFileSync(join(top, 't/root/main.tf'), 'resource "aws_sqs_queue" "q" {}\n');
    writeFileSync(join(top, 'outside/stack/main.tf'), 'resource "aws_sqs_queue" "secret" {}\n');
    // the reproducer: a link inside the scanned folder to its own parent, and one to elsewhere
    symlinkSync(join(top, 't'), join(top, 't/root/out'));
    symlinkSync(join(top, 'outside'), join(top, 't/root/elsewhere'));
    assert.deepEqual(findRootModules(nodeHost(join(top, 't/root')), '.'), ['.']);
    // a link that stays inside is followed
    mkdirSync(join(top, 't/root/real/app'), { recursive: true });
    writeFileSync(join(top, 't/root/real/app/main.tf'), 'resource "aws_sqs_queue" "app" {}\n');
    symlinkSync(join(top, 't/root/real'), join(top, 't/root/alias'));
    assert.deepEqual(findRootModules(nodeHost(join(top, 't/root')), '.'), ['.', 'alias/app']);
  } finally {
    rmSync(top, { recursive: true, force: true });
  }
});

test('invalid UTF-8 is one warning at its first bad byte; the rules run on the replacement text and none fails', () => {
  const top = realpathSync(mkdtempSync(join(tmpdir(), 'kensa-utf8-')));
  try {
    const bytes = Buffer.concat([Buffer.from('resource "aws_s3_bucket" "b'), Buffer.from([0xff, 0xfe]), Buffer.from('x" {\n  bucket = "data\xe9"\n}\n', 'latin1')]);
    writeFileSync(join(top, 'main.tf'), bytes);
    const analysis = analyze(nodeHost(top), '.', { today: '2026-11-22', savings: false });
    assert.deepEqual(
      analysis.diagnostics.map((d) => `${d.file}:${d.range.start.line + 1}:${d.range.start.column + 1} ${d.severity} ${d.summary}: ${d.detail}`),
      ['main.tf:1:28 warning Invalid UTF-8: main.tf is not valid UTF-8 (byte 27); Kensa reads each invalid sequence as U+FFFD. Save the file as UTF-8.'],
    );
    assert.deepEqual(analysis.findings.filter((f) => /bug in Kensa/.test(f.message)).map((f) => f.ruleId), []);
    assert.ok(analysis.findings.some((f) => f.ruleId === 'aws-s3-versioning-disabled' && f.resourceAddress === 'aws_s3_bucket.b\ufffd\ufffdx'));
  } finally {
    rmSync(top, { recursive: true, force: true });
  }
});

test('unreadable files and folders (permission denied) are warnings with their path', (t) => {
  const top = realpathSync(mkdtempSync(join(tmpdir(), 'kensa-perm-')));
  try {
    mkdirSync(join(top, 'locked'));
    writeFileSync(join(top, 'main.tf'), 'resource "aws_sqs_queue" "q" {}\n');
    writeFileSync(join(top, 'secret.tf'), 'resource "aws_sqs_queue" "s" {}\n');
    writeFileSync(join(top, 'locked/main.tf'), 'resource "aws_sqs_queue" "l" {}\n');
    chmodSync(join(top, 'secret.tf'), 0o000);
    chmodSync(join(top, 'locked'), 0o000);
    let blocked = true;
    try {
      readdirSync(join(top, 'locked'));
      blocked = false;
    } catch {
      // as expected for a user other than root
    }
    // root reads everything whatever the mode: the same problems through the Host interface instead
    const host = blocked
      ? nodeHost(top)
      : ((): Host => {
          const real = nodeHost(top);
          const problems: HostProblem[] = [];
          const deny = (path: string, what: string): undefined => {
            if (!problems.some((p) => p.path === path)) problems.push({ path, kind: 'unreadable', detail: `The ${what} ${path} cannot be read (permission denied), so Kensa skipped it.` });
            return undefined;
          };
          return {
            ...real,
            readFile: (p) => (p === 'secret.tf' ? deny(p, 'file') : real.readFile(p)),
            readDir: (p) => (p === 'locked' ? deny(p, 'folder') : real.readDir(p)),
            problems: () => problems,
          };
        })();
    if (!blocked) t.diagnostic('running as root: chmod 000 does not block reading, the denial is simulated through the Host');
    const analysis = analyze(host, '.', { today: '2026-11-22', savings: false });
    assert.deepEqual(analysis.roots.map((r) => r.dir), ['.']);
    assert.deepEqual(
      analysis.diagnostics.map((d) => `${d.file} ${d.severity} ${d.summary}: ${d.detail}`).sort(),
      ['locked warning Not readable: The folder locked cannot be read (permission denied), so Kensa skipped it.', 'secret.tf warning Not readable: The file secret.tf cannot be read (permission denied), so Kensa skipped it.'],
    );
  } finally {
    chmodSync(join(top, 'secret.tf'), 0o644);
    chmodSync(join(top, 'locked'), 0o755);
    rmSync(top, { recursive: true, force: true });
  }
});
