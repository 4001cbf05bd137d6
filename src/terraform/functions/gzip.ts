/**
 * gzip as Terraform's base64gzip writes it: Go's compress/gzip at its default level, then Flush and
 * Close. fflate (level 6) compresses; this file frames its output as Go does:
 * - the header's OS byte is 255, "unknown" (fflate writes 3, Unix);
 * - the compressed blocks are followed by a sync flush (an empty stored block, `00 00 ff ff`) and
 *   Go's final empty stored block `01 00 00 ff ff` (fflate ends with an empty fixed-Huffman block);
 * - the trailer (CRC-32 and size) is fflate's.
 * fflate's own sync flush is wrong when the last block ends 6 or 7 bits into a byte (fflate issue
 * #267, unfixed in 0.8.3), so the sync block is written here from the stream's bit position after
 * a plain flush. That position is fflate's internal state (`s.r`: bits used in the low 3 bits, the
 * pending partial byte above them): the version is pinned and gzip.test sweeps lengths through
 * node:zlib to catch a change. For short inputs the bytes equal Terraform's; for longer ones
 * fflate's match finder picks other matches than Go's, so the bytes differ while the stream still
 * inflates to the same text: no JavaScript port of Go's compressor exists to match it.
 */
import { Gzip } from 'fflate';

const GO_OS_UNKNOWN = 0xff;
/** LEN 0, NLEN 0xffff of the sync block, then Go's final block: BFINAL=1, stored, empty. */
const SYNC_AND_FINAL = [0x00, 0x00, 0xff, 0xff, 0x01, 0x00, 0x00, 0xff, 0xff];

interface BitState {
  readonly s: { readonly r: number };
}

export function gzip(data: Uint8Array): Uint8Array {
  const blocks: Uint8Array[] = [];
  let last: Uint8Array[] = [];
  const stream = new Gzip({ level: 6, mtime: 0 }, (chunk) => last.push(chunk.slice()));
  last = blocks;
  stream.push(data);
  stream.flush(false);
  const r = (stream as unknown as BitState).s.r;
  const bits = r & 7;
  // The stored block's 3 header bits are zero: they sit in the partial byte, or spill into one more.
  const sync = bits === 0 ? [0] : bits > 5 ? [(r >> 3) & 0xff, 0] : [(r >> 3) & 0xff];
  const end: Uint8Array[] = [];
  last = end;
  stream.push(new Uint8Array(0), true);
  const tail = concat(end);
  const out = concat([...blocks, Uint8Array.from([...sync, ...SYNC_AND_FINAL]), tail.subarray(tail.length - 8)]);
  out[9] = GO_OS_UNKNOWN;
  return out;
}

function concat(parts: readonly Uint8Array[]): Uint8Array {
  const out = new Uint8Array(parts.reduce((n, p) => n + p.length, 0));
  let at = 0;
  for (const p of parts) {
    out.set(p, at);
    at += p.length;
  }
  return out;
}
