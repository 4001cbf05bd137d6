/**
 * Terraform's hash and crypto functions: md5, sha1, sha256, sha512, base64sha256, base64sha512,
 * uuidv5, their file variants (filemd5, filesha1, filesha256, filesha512, filebase64sha256,
 * filebase64sha512), and bcrypt and uuid, which are random and so unknown until apply.
 * Strings are hashed as UTF-8; files as their bytes (as UTF-8 text where the host has no bytes).
 * The digests are @noble/hashes' (audited, pure JavaScript: the core may not use node:crypto).
 * bcrypt salts at random, so Terraform's own result is unknown until apply: Kensa says so.
 */
import { md5, sha1 } from '@noble/hashes/legacy.js';
import { sha256, sha512 } from '@noble/hashes/sha2.js';
import { str, unknown, type Value } from '../value';
import { stringArg } from './arguments';
import { base64Encode, hex, utf8Bytes } from './bytes-text';
import { FunctionError, type FunctionContext, type TfFunction } from './function';
import { readModuleBytes } from './module-files';

type Digest = (bytes: Uint8Array) => Uint8Array;

function stringHash(name: string, digest: Digest, render: (b: Uint8Array) => string): TfFunction {
  return { name, params: ['str'], call: (args) => str(render(digest(utf8Bytes(stringArg(args, 0))))) };
}

function fileHash(name: string, digest: Digest, render: (b: Uint8Array) => string): TfFunction {
  return {
    name,
    params: ['path'],
    call: (args: readonly Value[], ctx: FunctionContext) => str(render(digest(readModuleBytes(ctx, stringArg(args, 0), 0)))),
  };
}

/** The reason given for values that are random at apply time. */
export const RANDOM = 'known after apply (random)';

const bcrypt: TfFunction = {
  name: 'bcrypt',
  params: ['str'],
  variadic: 'cost',
  unknowns: 'handle',
  allowNull: true,
  call: (args) => {
    if (args.length > 2) throw new FunctionError('bcrypt() takes at most one cost argument', 2);
    return unknown(RANDOM);
  },
};

const uuid: TfFunction = { name: 'uuid', params: [], unknowns: 'handle', call: () => unknown(RANDOM) };

const NAMESPACES: Record<string, string> = {
  dns: '6ba7b810-9dad-11d1-80b4-00c04fd430c8',
  url: '6ba7b811-9dad-11d1-80b4-00c04fd430c8',
  oid: '6ba7b812-9dad-11d1-80b4-00c04fd430c8',
  x500: '6ba7b814-9dad-11d1-80b4-00c04fd430c8',
};

/** The 16 bytes of a UUID in any form google/uuid's Parse accepts, or an error text. */
function parseUuid(s: string): Uint8Array | string {
  let body = s;
  if (s.length === 45 && s.slice(0, 9).toLowerCase() === 'urn:uuid:') body = s.slice(9);
  else if (s.length === 38 && s.startsWith('{') && s.endsWith('}')) body = s.slice(1, -1);
  else if (s.length !== 36 && s.length !== 32) return `invalid UUID length: ${s.length}`;
  if (body.length === 36) {
    if (body[8] !== '-' || body[13] !== '-' || body[18] !== '-' || body[23] !== '-') return 'invalid UUID format';
    body = body.replaceAll('-', '');
  }
  if (!/^[0-9a-fA-F]{32}$/.test(body)) return 'invalid UUID format';
  return Uint8Array.from(body.match(/../g)!.map((h) => parseInt(h, 16)));
}

const uuidv5: TfFunction = {
  name: 'uuidv5',
  params: ['namespace', 'name'],
  call: (args) => {
    const nsText = stringArg(args, 0);
    const ns = parseUuid(NAMESPACES[nsText] ?? nsText);
    if (typeof ns === 'string') throw new FunctionError(`uuidv5() doesn't support namespace ${nsText} (${ns})`, 0);
    const name = utf8Bytes(stringArg(args, 1));
    const input = new Uint8Array(16 + name.length);
    input.set(ns);
    input.set(name, 16);
    const b = sha1(input).slice(0, 16);
    b[6] = (b[6]! & 0x0f) | 0x50;
    b[8] = (b[8]! & 0x3f) | 0x80;
    const h = hex(b);
    return str(`${h.slice(0, 8)}-${h.slice(8, 12)}-${h.slice(12, 16)}-${h.slice(16, 20)}-${h.slice(20)}`);
  },
};

/** The hash family, sorted by name. */
export const HASH_FUNCTIONS: readonly TfFunction[] = [
  stringHash('base64sha256', sha256, base64Encode),
  stringHash('base64sha512', sha512, base64Encode),
  bcrypt,
  fileHash('filebase64sha256', sha256, base64Encode),
  fileHash('filebase64sha512', sha512, base64Encode),
  fileHash('filemd5', md5, hex),
  fileHash('filesha1', sha1, hex),
  fileHash('filesha256', sha256, hex),
  fileHash('filesha512', sha512, hex),
  stringHash('md5', md5, hex),
  stringHash('sha1', sha1, hex),
  stringHash('sha256', sha256, hex),
  stringHash('sha512', sha512, hex),
  uuid,
  uuidv5,
];
