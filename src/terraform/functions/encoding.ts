/**
 * Terraform's encoding functions: base64decode, base64encode, base64gzip, csvdecode, jsondecode,
 * jsonencode, textdecodebase64, textencodebase64, urlencode, yamldecode, yamlencode.
 * base64gzip compresses with fflate, framed as Go writes gzip (see gzip.ts).
 */
import { list, nullValue, num, object, str, bool, tuple, type Value } from '../value';
import { stringArg } from './arguments';
import { base64Decode, base64Encode, Base64Error, utf8Bytes, utf8Text } from './bytes-text';
import { FunctionError, type TfFunction } from './function';
import { gzip } from './gzip';
import { compareStrings, encodeJson } from './json-text';
import { parseYaml, stringifyYaml, YamlError } from './yaml-text';

const base64decode: TfFunction = {
  name: 'base64decode',
  params: ['str'],
  call: (args) => {
    const s = stringArg(args, 0);
    let bytes: Uint8Array;
    try {
      bytes = base64Decode(s);
    } catch (e) {
      if (e instanceof Base64Error) throw new FunctionError(`failed to decode base64 data ${s}`, 0);
      throw e;
    }
    const text = utf8Text(bytes);
    if (text === undefined) throw new FunctionError('the result of decoding the provided string is not valid UTF-8', 0);
    return str(text);
  },
};

const base64encode: TfFunction = {
  name: 'base64encode',
  params: ['str'],
  call: (args) => str(base64Encode(utf8Bytes(stringArg(args, 0)))),
};

const base64gzip: TfFunction = {
  name: 'base64gzip',
  params: ['str'],
  call: (args) => str(base64Encode(gzip(utf8Bytes(stringArg(args, 0))))),
};

const csvdecode: TfFunction = {
  name: 'csvdecode',
  params: ['str'],
  call: (args) => {
    let records: string[][];
    try {
      records = parseCsv(stringArg(args, 0));
    } catch (e) {
      if (e instanceof CsvError) throw new FunctionError(e.message, 0);
      throw e;
    }
    const headers = records.shift();
    if (!headers) throw new FunctionError('missing header line', 0);
    const seen = new Set<string>();
    for (const h of headers) {
      if (seen.has(h)) throw new FunctionError(`duplicate column name ${JSON.stringify(h)}`, 0);
      seen.add(h);
    }
    const order = headers.map((h, i) => [h, i] as const).sort((a, b) => compareStrings(a[0], b[0]));
    return list(records.map((cols) => object(new Map(order.map(([h, i]) => [h, str(cols[i]!)])))));
  },
};

class CsvError extends Error {}

/** RFC 4180 records as Go's encoding/csv reads them: every record must have the header's field count. */
function parseCsv(text: string): string[][] {
  const records: string[][] = [];
  let i = 0;
  let line = 1;
  while (i < text.length) {
    const startLine = line;
    // Go skips empty lines
    if (text[i] === '\n' || (text[i] === '\r' && text[i + 1] === '\n')) {
      i += text[i] === '\r' ? 2 : 1;
      line++;
      continue;
    }
    const fields: string[] = [];
    for (;;) {
      let field = '';
      if (text[i] === '"') {
        i++;
        for (;;) {
          if (i >= text.length) throw new CsvError(`CSV parse error on line ${startLine}: extraneous or missing " in quoted-field`);
          const c = text[i]!;
          if (c === '"') {
            if (text[i + 1] === '"') {
              field += '"';
              i += 2;
              continue;
            }
            i++;
            break;
          }
          if (c === '\n') line++;
          if (c === '\r' && text[i + 1] === '\n') {
            i++;
            continue;
          }
          field += c;
          i++;
        }
        const next = text[i];
        if (next !== undefined && next !== ',' && next !== '\n' && !(next === '\r' && text[i + 1] === '\n')) {
          throw new CsvError(`CSV parse error on line ${line}: extraneous or missing " in quoted-field`);
        }
      } else {
        while (i < text.length && text[i] !== ',' && text[i] !== '\n' && !(text[i] === '\r' && text[i + 1] === '\n')) {
          if (text[i] === '"') throw new CsvError(`CSV parse error on line ${line}: bare " in non-quoted-field`);
          field += text[i];
          i++;
        }
      }
      fields.push(field);
      if (text[i] === ',') {
        i++;
        continue;
      }
      if (text[i] === '\r') i++;
      if (text[i] === '\n') {
        i++;
        line++;
      }
      break;
    }
    if (records.length > 0 && fields.length !== records[0]!.length) {
      throw new CsvError(`CSV parse error on line ${startLine}: wrong number of fields`);
    }
    records.push(fields);
  }
  return records;
}

const jsondecode: TfFunction = {
  name: 'jsondecode',
  params: ['str'],
  call: (args) => {
    const text = stringArg(args, 0);
    let parsed: unknown;
    try {
      parsed = JSON.parse(text);
    } catch (e) {
      throw new FunctionError((e as Error).message, 0);
    }
    return fromPlain(parsed);
  },
};

/** A parsed JSON or YAML value: arrays become tuples, objects objects with keys in cty's order. */
export function fromPlain(j: unknown): Value {
  if (j === null || j === undefined) return nullValue();
  if (typeof j === 'boolean') return bool(j);
  if (typeof j === 'number') return num(j);
  if (typeof j === 'string') return str(j);
  if (Array.isArray(j)) return tuple(j.map(fromPlain));
  const rec = j as Record<string, unknown>;
  return object(new Map(Object.keys(rec).sort(compareStrings).map((k) => [k, fromPlain(rec[k])])));
}

const jsonencode: TfFunction = {
  name: 'jsonencode',
  params: ['val'],
  allowNull: true,
  call: (args) => str(encodeJson(args[0]!)),
};

interface TextEncoding {
  readonly name: string;
  encode(s: string): Uint8Array | undefined;
  decode(b: Uint8Array): string | undefined;
}

function utf16(bigEndian: boolean, name: string): TextEncoding {
  return {
    name,
    encode: (s) => {
      const out = new Uint8Array(s.length * 2);
      for (let i = 0; i < s.length; i++) {
        const c = s.charCodeAt(i);
        out[2 * i + (bigEndian ? 0 : 1)] = c >> 8;
        out[2 * i + (bigEndian ? 1 : 0)] = c & 0xff;
      }
      return out;
    },
    decode: (b) => {
      if (b.length % 2 !== 0) return undefined;
      try {
        return new TextDecoder(bigEndian ? 'utf-16be' : 'utf-16le', { fatal: true, ignoreBOM: true }).decode(b);
      } catch {
        return undefined;
      }
    },
  };
}

function singleByte(max: number, name: string): TextEncoding {
  return {
    name,
    encode: (s) => {
      const out: number[] = [];
      for (const c of s) {
        const cp = c.codePointAt(0)!;
        if (cp > max) return undefined;
        out.push(cp);
      }
      return Uint8Array.from(out);
    },
    decode: (b) => {
      if (b.some((x) => x > max)) return undefined;
      // in slices: a whole file's bytes are too many arguments for one call
      let s = '';
      for (let i = 0; i < b.length; i += 8192) s += String.fromCharCode(...b.subarray(i, i + 8192));
      return s;
    },
  };
}

const ENCODINGS: ReadonlyMap<string, TextEncoding> = (() => {
  const m = new Map<string, TextEncoding>();
  const add = (e: TextEncoding, ...aliases: string[]) => [e.name, ...aliases].forEach((a) => m.set(a.toLowerCase(), e));
  add({ name: 'UTF-8', encode: utf8Bytes, decode: utf8Text }, 'csUTF8');
  add(utf16(false, 'UTF-16LE'), 'csUTF16LE');
  add(utf16(true, 'UTF-16BE'), 'csUTF16BE');
  add(singleByte(0x7f, 'US-ASCII'), 'ASCII', 'iso-ir-6', 'ANSI_X3.4-1968', 'us', 'IBM367', 'cp367', 'csASCII', 'ISO646-US');
  add(singleByte(0xff, 'ISO-8859-1'), 'ISO_8859-1', 'latin1', 'l1', 'iso-ir-100', 'IBM819', 'CP819', 'csISOLatin1');
  return m;
})();

function encodingArg(args: readonly Value[], i: number): TextEncoding {
  const name = stringArg(args, i);
  const enc = ENCODINGS.get(name.toLowerCase());
  if (!enc) {
    throw new FunctionError(
      `${JSON.stringify(name)} is not a supported IANA encoding name or alias in Kensa (supported: UTF-8, UTF-16LE, UTF-16BE, US-ASCII, ISO-8859-1)`,
      i,
    );
  }
  return enc;
}

const textencodebase64: TfFunction = {
  name: 'textencodebase64',
  params: ['string', 'encoding'],
  call: (args) => {
    const enc = encodingArg(args, 1);
    const bytes = enc.encode(stringArg(args, 0));
    if (!bytes) throw new FunctionError(`the given string contains characters that cannot be represented in ${enc.name}`, 0);
    return str(base64Encode(bytes));
  },
};

const textdecodebase64: TfFunction = {
  name: 'textdecodebase64',
  params: ['source', 'encoding'],
  call: (args) => {
    const enc = encodingArg(args, 1);
    let bytes: Uint8Array;
    try {
      bytes = base64Decode(stringArg(args, 0));
    } catch (e) {
      if (e instanceof Base64Error) throw new FunctionError(`the given value is has an invalid base64 symbol at offset ${e.offset}`, 0);
      throw e;
    }
    const text = enc.decode(bytes);
    if (text === undefined || text.includes('\ufffd')) {
      throw new FunctionError(`the given string contains symbols that are not defined for ${enc.name}`, 0);
    }
    return str(text);
  },
};

const urlencode: TfFunction = {
  name: 'urlencode',
  params: ['str'],
  call: (args) => {
    // Go's url.QueryEscape: unreserved characters stay, space becomes +, the rest %XX per UTF-8 byte.
    let out = '';
    for (const b of utf8Bytes(stringArg(args, 0))) {
      const c = String.fromCharCode(b);
      if (/[A-Za-z0-9\-_.~]/.test(c)) out += c;
      else if (c === ' ') out += '+';
      else out += '%' + b.toString(16).toUpperCase().padStart(2, '0');
    }
    return str(out);
  },
};

const yamldecode: TfFunction = {
  name: 'yamldecode',
  params: ['src'],
  call: (args) => {
    try {
      return parseYaml(stringArg(args, 0));
    } catch (e) {
      if (e instanceof YamlError) throw new FunctionError(e.message, 0);
      throw e;
    }
  },
};

const yamlencode: TfFunction = {
  name: 'yamlencode',
  params: ['value'],
  allowNull: true,
  call: (args) => str(stringifyYaml(args[0]!)),
};

/** The encoding family, sorted by name. */
export const ENCODING_FUNCTIONS: readonly TfFunction[] = [
  base64decode,
  base64encode,
  base64gzip,
  csvdecode,
  jsondecode,
  jsonencode,
  textdecodebase64,
  textencodebase64,
  urlencode,
  yamldecode,
  yamlencode,
];
