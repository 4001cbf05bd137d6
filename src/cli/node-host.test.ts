/**
 * The CLI's file-system host with symbolic links, on a real directory: file functions read files
 * inside the configuration's tree (through links that stay inside too), never what a link outside
 * leads to, and a link that loops back is walked once by root discovery and fileset().
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, realpathSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { createHash } from 'node:crypto';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { findRootModules } from '../engine';
import { evaluateConfiguration, toJson } from '../terraform';
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
