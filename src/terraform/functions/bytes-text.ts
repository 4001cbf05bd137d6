/**
 * Bytes to and from text without Node's Buffer: UTF-8 (strict decoding, as Terraform refuses
 * invalid UTF-8), hex, and standard base64 (RFC 4648 section 4, padding required, CR and LF
 * ignored, as Go's base64.StdEncoding decodes).
 */

const encoder = new TextEncoder();

export function utf8Bytes(s: string): Uint8Array {
  return encoder.encode(s);
}

/** Decodes UTF-8; undefined if the bytes are not valid UTF-8. */
export function utf8Text(bytes: Uint8Array): string | undefined {
  try {
    return new TextDecoder('utf-8', { fatal: true, ignoreBOM: true }).decode(bytes);
  } catch {
    return undefined;
  }
}

export function hex(bytes: Uint8Array): string {
  let out = '';
  for (const b of bytes) out += b.toString(16).padStart(2, '0');
  return out;
}

const ALPHABET = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';

export function base64Encode(bytes: Uint8Array): string {
  let out = '';
  for (let i = 0; i < bytes.length; i += 3) {
    const a = bytes[i]!;
    const b = bytes[i + 1];
    const c = bytes[i + 2];
    out += ALPHABET[a >> 2]! + ALPHABET[((a & 3) << 4) | ((b ?? 0) >> 4)]!;
    out += b === undefined ? '=' : ALPHABET[((b & 15) << 2) | ((c ?? 0) >> 6)]!;
    out += c === undefined ? '=' : ALPHABET[c & 63]!;
  }
  return out;
}

/** A decoding failure: `offset` is where Go's decoder reports the corrupt input. */
export class Base64Error extends Error {
  constructor(readonly offset: number) {
    super(`illegal base64 data at input byte ${offset}`);
  }
}

export function base64Decode(text: string): Uint8Array {
  const out: number[] = [];
  let quad: number[] = [];
  let pad = 0;
  let pos = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!;
    if (c === '\r' || c === '\n') continue;
    if (pad > 0 && c !== '=') throw new Base64Error(pos);
    if (c === '=') {
      if (quad.length < 2) throw new Base64Error(pos);
      pad++;
      quad.push(0);
    } else {
      const v = ALPHABET.indexOf(c);
      if (v < 0) throw new Base64Error(pos);
      quad.push(v);
    }
    pos++;
    if (quad.length === 4) {
      const n = (quad[0]! << 18) | (quad[1]! << 12) | (quad[2]! << 6) | quad[3]!;
      out.push((n >> 16) & 255);
      if (pad < 2) out.push((n >> 8) & 255);
      if (pad < 1) out.push(n & 255);
      quad = [];
      if (pad > 0) {
        // nothing may follow the padding
        for (let j = i + 1; j < text.length; j++) if (text[j] !== '\r' && text[j] !== '\n') throw new Base64Error(pos);
        break;
      }
    }
  }
  if (quad.length > 0) throw new Base64Error(pos);
  return Uint8Array.from(out);
}
