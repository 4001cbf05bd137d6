/**
 * A minimal gzip writer (RFC 1952) for base64gzip: the data goes into DEFLATE "stored" blocks
 * (RFC 1951 section 3.2.4), so the output is a valid gzip stream any reader inflates to the input,
 * but it is not compressed and its bytes differ from Go's compress/gzip output. The header matches
 * Go's (no name, mtime 0, OS "unknown").
 */

const CRC_TABLE = (() => {
  const t = new Uint32Array(256);
  for (let n = 0; n < 256; n++) {
    let c = n;
    for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
    t[n] = c >>> 0;
  }
  return t;
})();

/** CRC-32 (IEEE 802.3), as gzip trailers carry. */
export function crc32(bytes: Uint8Array): number {
  let c = 0xffffffff;
  for (const b of bytes) c = CRC_TABLE[(c ^ b) & 0xff]! ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}

const MAX_STORED = 0xffff;

export function gzip(data: Uint8Array): Uint8Array {
  const blocks = Math.max(1, Math.ceil(data.length / MAX_STORED));
  const out = new Uint8Array(10 + data.length + blocks * 5 + 8);
  out.set([0x1f, 0x8b, 8, 0, 0, 0, 0, 0, 0, 0xff], 0);
  let p = 10;
  for (let b = 0; b < blocks; b++) {
    const chunk = data.subarray(b * MAX_STORED, Math.min(data.length, (b + 1) * MAX_STORED));
    out[p++] = b === blocks - 1 ? 1 : 0; // BFINAL, BTYPE=00 (stored)
    out[p++] = chunk.length & 0xff;
    out[p++] = chunk.length >>> 8;
    out[p++] = ~chunk.length & 0xff;
    out[p++] = (~chunk.length >>> 8) & 0xff;
    out.set(chunk, p);
    p += chunk.length;
  }
  const crc = crc32(data);
  const size = data.length >>> 0;
  for (const word of [crc, size]) {
    out[p++] = word & 0xff;
    out[p++] = (word >>> 8) & 0xff;
    out[p++] = (word >>> 16) & 0xff;
    out[p++] = (word >>> 24) & 0xff;
  }
  return out;
}
