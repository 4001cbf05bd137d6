import assert from 'node:assert/strict';
import { test } from 'node:test';
import { bool, map, NULL, num, object, set, str, tuple, unknown } from '../value';
import { memoryContext, runCases, type Case } from '../../../test/support/function-cases';
import { FILESYSTEM_FUNCTIONS, globToRegExp } from './filesystem';

const s = str;
const strset = (...xs: string[]) => set(xs.map((x) => str(x)));
const NOT_FOUND = /^no file exists at nope\.txt; this function works only with files that are distributed as part of the configuration source code/;

const ctx = memoryContext({
  'hello.txt': 'Hello World',
  'templates/greeting.tftpl': 'Hello, ${name}!',
  'files/a.txt': 'a',
  'files/b.json': '{}',
  'files/.hidden': 'h',
  'files/sub/c.txt': 'c',
  'files/sub/deep/d.txt': 'd',
  'files/sub/deep/e.md': 'e',
});

const cases: Case[] = [
  ['abspath', [s('/home/user/../user/x')], s('/home/user/x')],
  ['abspath', [s('.')], { unknown: 'depends on the working directory Terraform runs in' }],
  ['basename', [s('foo/bar/baz.txt')], s('baz.txt')],
  ['basename', [s('foo/bar/')], s('bar')],
  ['basename', [s('/')], s('/')],
  ['basename', [s('')], s('.')],
  ['dirname', [s('foo/bar/baz.txt')], s('foo/bar')],
  ['dirname', [s('baz.txt')], s('.')],
  ['dirname', [s('/foo')], s('/')],
  ['dirname', [s('foo//bar/')], s('foo/bar')],
  ['pathexpand', [s('~/.ssh/id_rsa')], { unknown: 'depends on the home directory of the machine running Terraform' }],
  ['pathexpand', [s('/etc/resolv.conf')], s('/etc/resolv.conf')],
  ['pathexpand', [s('~other/x')], { error: 'cannot expand user-specific home dir', arg: 0 }],

  ['file', [s('hello.txt')], s('Hello World')],
  ['file', [s('./files/../hello.txt')], s('Hello World')],
  ['file', [s('/work/mod/hello.txt')], s('Hello World')],
  ['file', [s('nope.txt')], { error: NOT_FOUND, arg: 0 }],
  ['file', [s('./nope.txt')], { error: NOT_FOUND, arg: 0 }],
  ['file', [unknown('known after apply')], { unknown: 'known after apply' }],
  ['file', [NULL], { error: 'argument must not be null', arg: 0 }],
  ['filebase64', [s('hello.txt')], s('SGVsbG8gV29ybGQ=')],
  ['filebase64', [s('nope.txt')], { error: NOT_FOUND, arg: 0 }],
  ['fileexists', [s('hello.txt')], bool(true)],
  ['fileexists', [s('nope.txt')], bool(false)],
  ['fileexists', [s('files')], { error: 'files is a directory, not a file', arg: 0 }],

  ['fileset', [s('files'), s('*.txt')], strset('a.txt')],
  ['fileset', [s('files'), s('*')], strset('.hidden', 'a.txt', 'b.json')],
  ['fileset', [s('files'), s('**')], strset('.hidden', 'a.txt', 'b.json', 'sub/c.txt', 'sub/deep/d.txt', 'sub/deep/e.md')],
  ['fileset', [s('files'), s('**/*.txt')], strset('a.txt', 'sub/c.txt', 'sub/deep/d.txt')],
  ['fileset', [s('files'), s('sub/**/*.txt')], strset('sub/c.txt', 'sub/deep/d.txt')],
  ['fileset', [s('files'), s('{a,b}.*')], strset('a.txt', 'b.json')],
  ['fileset', [s('files'), s('?.txt')], strset('a.txt')],
  ['fileset', [s('files'), s('[a-b].*')], strset('a.txt', 'b.json')],
  ['fileset', [s('files'), s('[!a].*')], strset('b.json')],
  ['fileset', [s('files'), s('./sub/*')], strset('sub/c.txt')],
  ['fileset', [s('.'), s('files/*.json')], strset('files/b.json')],
  ['fileset', [s('missing'), s('*')], strset()],
  ['fileset', [s('files'), s('{a,b')], { error: 'failed to glob pattern files/{a,b: syntax error in pattern' }],

  ['templatefile', [s('templates/greeting.tftpl'), object({ name: s('Ander') })], s('Hello, Ander!')],
  ['templatefile', [s('templates/greeting.tftpl'), map({ name: s('Ander') })], s('Hello, Ander!')],
  ['templatefile', [s('templates/greeting.tftpl'), tuple([])], { error: 'invalid vars value: must be a map', arg: 1 }],
  ['templatefile', [s('templates/greeting.tftpl'), object({ 'not valid': s('x') })], { error: /^invalid template variable name "not valid"/, arg: 1 }],
  ['templatefile', [s('nope.txt'), object({})], { error: NOT_FOUND, arg: 0 }],
  ['templatefile', [unknown('known after apply'), object({})], { unknown: 'known after apply' }],
  ['templatefile', [s('templates/greeting.tftpl'), unknown('depends on var.x')], { unknown: 'depends on var.x' }],
  ['basename', [num(5)], s('5')],
];

runCases('filesystem', FILESYSTEM_FUNCTIONS, cases, ctx);

test('filesystem: globToRegExp keeps * and ? within one path segment', () => {
  assert.ok(globToRegExp('*.txt').test('a.txt'));
  assert.ok(!globToRegExp('*.txt').test('dir/a.txt'));
  assert.ok(!globToRegExp('?').test('/'));
  assert.ok(globToRegExp('a/**/b').test('a/b'));
  assert.ok(globToRegExp('a/**/b').test('a/x/y/b'));
  assert.ok(globToRegExp('a\\*b').test('a*b'));
  assert.ok(!globToRegExp('a\\*b').test('axb'));
  assert.ok(globToRegExp('envs/*-old').test('envs/dev-old'));
  assert.ok(!globToRegExp('a-b').test('axb'));
});

test('filesystem: a glob with many stars matches in linear time', { timeout: 20_000 }, () => {
  // [^/]* nine times over 200 a's: a JS RegExp tries about 200^9 splits before it fails
  const glob = globToRegExp('*a*a*a*a*a*a*a*a*b');
  assert.ok(!glob.test('a'.repeat(200)));
  assert.ok(glob.test('a'.repeat(200) + 'b'));
});
