/**
 * Terraform's JSON text for a value (jsonencode, format's %#v): compact, object and map keys in
 * lexical order, numbers as cty prints them (no exponent), and strings escaped as Go's
 * encoding/json does, HTML-safe: <, > and & become \u003c, \u003e, \u0026, as do U+2028 and
 * U+2029. The value must be wholly known; an unknown inside throws.
 */
import { formatNumber } from '../coerce';
import type { Value } from '../value';

export function encodeJson(v: Value): string {
  switch (v.kind) {
    case 'null':
      return 'null';
    case 'bool':
      return v.value ? 'true' : 'false';
    case 'number':
      if (!Number.isFinite(v.value)) throw new Error('value must be a finite number');
      return formatNumber(v.value);
    case 'string':
      return quoteJson(v.value);
    case 'list':
      return `[${v.items.map(encodeJson).join(',')}]`;
    case 'object': {
      const keys = [...v.entries.keys()].sort(compareStrings);
      return `{${keys.map((k) => `${quoteJson(k)}:${encodeJson(v.entries.get(k)!)}`).join(',')}}`;
    }
    case 'unknown':
      throw new Error('value is not yet known');
  }
}

/** Lexical order by code units, as Go compares strings by bytes (equal for BMP text). */
export function compareStrings(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

const SHORT: Record<string, string> = { '"': '\\"', '\\': '\\\\', '\n': '\\n', '\r': '\\r', '\t': '\\t', '\b': '\\b', '\f': '\\f' };

/** A JSON string literal as Go's encoding/json writes it (HTML-safe). */
export function quoteJson(s: string): string {
  return `"${s.replace(/["\\\u0000-\u001f<>&\u2028\u2029]/g, (c) => SHORT[c] ?? `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`)}"`;
}
