import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { test } from 'node:test';
import { NULL, num, str, unknown } from '../value';
import { memoryContext, runCases, type Case } from '../../../test/support/function-cases';
import { HASH_FUNCTIONS, RANDOM } from './hash';

const s = str;
const HW_SHA512 = '309ecc489c12d6eb4cc40f50c902f2b4d0ed77ee511a7c7a9bcd3ca86d4cd86f989dd35bc5ff499670da34255b45b0cfd830e81f605dcf7dc5542e93ae9cd76f';
const NOT_FOUND = /^no file exists at missing\.txt; this function works only with files that are distributed as part of the configuration source code/;

const cases: Case[] = [
  ['md5', [s('hello world')], s('5eb63bbbe01eeed093cb22bb8f5acdc3')],
  ['md5', [s('')], s('d41d8cd98f00b204e9800998ecf8427e')],
  ['sha1', [s('hello world')], s('2aae6c35c94fcfb415dbe95f408b9ce91ee846ed')],
  ['sha256', [s('hello world')], s('b94d27b9934d3e08a52e52d7da7dabfac484efe37a5380ee9088f7ace2efcde9')],
  ['sha512', [s('hello world')], s(HW_SHA512)],
  ['base64sha256', [s('hello world')], s('uU0nuZNNPgilLlLX2n2r+sSE7+N6U4DukIj3rOLvzek=')],
  ['base64sha512', [s('hello world')], s('MJ7MSJwS1utMxA9QyQLytNDtd+5RGnx6m808qG1M2G+YndNbxf9JlnDaNCVbRbDP2DDoH2Bdz33FVC6TrpzXbw==')],
  ['md5', [num(1)], s('c4ca4238a0b923820dcc509a6f75849b')],
  ['sha256', [s('héllo')], s(createHash('sha256').update('héllo').digest('hex'))],
  ['sha256', [unknown('known after apply')], { unknown: 'known after apply' }],
  ['sha256', [NULL], { error: 'argument must not be null', arg: 0 }],

  ['uuidv5', [s('dns'), s('www.terraform.io')], s('a5008fae-b28c-5ba5-96cd-82b4c53552d6')],
  ['uuidv5', [s('url'), s('https://www.terraform.io/')], s('9db6f67c-dd95-5ea0-aa5b-e70e5c5f7cf5')],
  ['uuidv5', [s('oid'), s('1.3.6.1.4')], s('af9d40a5-7a36-5c07-b23a-851cd99fbfa5')],
  ['uuidv5', [s('x500'), s('CN=Example,C=GB')], s('84e09961-4aa4-57f8-95b7-03edb1073253')],
  ['uuidv5', [s('6ba7b810-9dad-11d1-80b4-00c04fd430c8'), s('www.terraform.io')], s('a5008fae-b28c-5ba5-96cd-82b4c53552d6')],
  ['uuidv5', [s('{6BA7B810-9DAD-11D1-80B4-00C04FD430C8}'), s('www.terraform.io')], s('a5008fae-b28c-5ba5-96cd-82b4c53552d6')],
  ['uuidv5', [s('tada'), s('x')], { error: "uuidv5() doesn't support namespace tada (invalid UUID length: 4)", arg: 0 }],
  ['uuidv5', [s('6ba7b810+9dad-11d1-80b4-00c04fd430c8'), s('x')], { error: /invalid UUID format/, arg: 0 }],

  ['uuid', [], { unknown: RANDOM }],
  ['bcrypt', [s('hello')], { unknown: RANDOM }],
  ['bcrypt', [s('hello'), num(10)], { unknown: RANDOM }],

  ['filemd5', [s('hello.txt')], s('5eb63bbbe01eeed093cb22bb8f5acdc3')],
  ['filesha1', [s('hello.txt')], s('2aae6c35c94fcfb415dbe95f408b9ce91ee846ed')],
  ['filesha256', [s('./hello.txt')], s('b94d27b9934d3e08a52e52d7da7dabfac484efe37a5380ee9088f7ace2efcde9')],
  ['filesha512', [s('hello.txt')], s(HW_SHA512)],
  ['filebase64sha256', [s('hello.txt')], s('uU0nuZNNPgilLlLX2n2r+sSE7+N6U4DukIj3rOLvzek=')],
  ['filebase64sha512', [s('sub/../hello.txt')], s('MJ7MSJwS1utMxA9QyQLytNDtd+5RGnx6m808qG1M2G+YndNbxf9JlnDaNCVbRbDP2DDoH2Bdz33FVC6TrpzXbw==')],
  ['filemd5', [s('missing.txt')], { error: NOT_FOUND, arg: 0 }],
  ['filesha256', [s('./missing.txt')], { error: NOT_FOUND, arg: 0 }],
];

runCases('hash', HASH_FUNCTIONS, cases, memoryContext({ 'hello.txt': 'hello world' }));

test('hash: md5, sha1, sha256 and sha512 agree with node:crypto at block boundaries, on UTF-8 text', () => {
  for (const len of [0, 1, 55, 56, 57, 63, 64, 65, 111, 112, 113, 127, 128, 129, 1000]) {
    // an "é" (two UTF-8 bytes) moves the padding across the boundary for odd lengths
    const text = 'x'.repeat(len) + (len % 2 ? 'é' : '');
    for (const name of ['md5', 'sha1', 'sha256', 'sha512']) {
      const fn = HASH_FUNCTIONS.find((f) => f.name === name)!;
      assert.deepEqual(fn.call([s(text)], undefined as never), s(createHash(name).update(text, 'utf8').digest('hex')), `${name} of ${len} characters`);
    }
  }
});
