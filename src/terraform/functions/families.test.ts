import assert from 'node:assert/strict';
import { test } from 'node:test';
import { DATETIME_FUNCTIONS } from './datetime';
import { ENCODING_FUNCTIONS } from './encoding';
import { FILESYSTEM_FUNCTIONS } from './filesystem';
import { HASH_FUNCTIONS } from './hash';
import { FUNCTIONS } from './index';
import { IPNET_FUNCTIONS } from './ipnet';
import { PROVIDER_FUNCTIONS } from './provider';
import { STRING_FUNCTIONS } from './string';

const FAMILIES = {
  datetime: DATETIME_FUNCTIONS,
  encoding: ENCODING_FUNCTIONS,
  filesystem: FILESYSTEM_FUNCTIONS,
  hash: HASH_FUNCTIONS,
  ipnet: IPNET_FUNCTIONS,
  provider: PROVIDER_FUNCTIONS,
  string: STRING_FUNCTIONS,
};

test('string, encoding, hash, ipnet, datetime, filesystem and provider functions: unique names, sorted, all in FUNCTIONS', () => {
  const seen = new Set<string>();
  for (const [family, fns] of Object.entries(FAMILIES)) {
    const names = fns.map((f) => f.name);
    assert.deepEqual(names, [...names].sort(), `${family} is sorted by name`);
    for (const fn of fns) {
      assert.ok(!seen.has(fn.name), `${fn.name} is declared once`);
      seen.add(fn.name);
      assert.equal(FUNCTIONS.get(fn.name), fn, `${fn.name} is in FUNCTIONS`);
    }
  }
});

test('Terraform documented functions of these families are all present', () => {
  const documented =
    'chomp endswith format formatlist indent join lower regex regexall replace split startswith strcontains strrev substr title trim trimprefix trimsuffix trimspace upper ' +
    'base64decode base64encode base64gzip csvdecode jsondecode jsonencode textdecodebase64 textencodebase64 urlencode yamldecode yamlencode ' +
    'md5 sha1 sha256 sha512 base64sha256 base64sha512 uuidv5 bcrypt uuid filemd5 filesha1 filesha256 filesha512 filebase64sha256 filebase64sha512 ' +
    'cidrhost cidrnetmask cidrsubnet cidrsubnets formatdate timeadd timecmp timestamp plantimestamp ' +
    'abspath basename dirname pathexpand file fileexists fileset filebase64 templatefile ' +
    'provider::aws::arn_parse provider::aws::arn_build provider::aws::trim_iam_role_path';
  for (const name of documented.split(' ')) assert.ok(FUNCTIONS.has(name), name);
});
