/**
 * The core's Host over the real file system, for the CLI. Relative paths are resolved against
 * `root`, so every path the core reports is relative to the directory the user gave. One command
 * runs over files that do not change under it, so each file and directory is read once. What exists
 * but cannot be read (permission denied) and files that are not valid UTF-8 are kept as problems.
 */
import { readdirSync, readFileSync, realpathSync, statSync } from 'node:fs';
import { isUtf8 } from 'node:buffer';
import { isAbsolute, join } from 'node:path';
import { cachingHost, type Host, type HostProblem } from '../terraform';

export function nodeHost(root: string): Host {
  const resolve = (path: string): string => (isAbsolute(path) ? path : join(root, path));
  const problems = new Map<string, HostProblem>();
  const failed = (path: string, e: unknown, what: 'file' | 'folder'): undefined => {
    const code = (e as { code?: string }).code;
    // not there is no problem: callers ask for files that may not exist
    if (code === 'EACCES' || code === 'EPERM') problems.set(path, { path, kind: 'unreadable', detail: `The ${what} ${path} cannot be read (permission denied), so Kensa skipped it.` });
    return undefined;
  };
  return cachingHost({
    readFile(path) {
      let b: Buffer;
      try {
        b = readFileSync(resolve(path));
      } catch (e) {
        return failed(path, e, 'file');
      }
      const text = b.toString('utf8');
      if (!isUtf8(b) && !problems.has(path)) {
        const bad = firstInvalidUtf8(b);
        problems.set(path, { path, kind: 'encoding', offset: b.subarray(0, bad).toString('utf8').length, detail: `${path} is not valid UTF-8 (byte ${bad}); Kensa reads each invalid sequence as U+FFFD. Save the file as UTF-8.` });
      }
      return text;
    },
    readBytes(path) {
      try {
        const b = readFileSync(resolve(path));
        return new Uint8Array(b.buffer, b.byteOffset, b.byteLength);
      } catch (e) {
        return failed(path, e, 'file');
      }
    },
    realPath(path) {
      try {
        return realpathSync.native(resolve(path));
      } catch {
        return undefined;
      }
    },
    readDir(path) {
      const full = resolve(path);
      try {
        return readdirSync(full, { withFileTypes: true }).map((e) => ({
          name: e.name,
          // follow symbolic links, as Terraform does for module directories
          isDirectory: e.isDirectory() || (e.isSymbolicLink() && isDirectory(join(full, e.name))),
        }));
      } catch (e) {
        return failed(path, e, 'folder');
      }
    },
    problems: () => [...problems.values()],
  });
}

/** The offset of the first byte that does not start or continue a valid UTF-8 sequence. */
export function firstInvalidUtf8(b: Uint8Array): number {
  let i = 0;
  while (i < b.length) {
    const c = b[i]!;
    const n = c < 0x80 ? 0 : c >= 0xc2 && c <= 0xdf ? 1 : c >= 0xe0 && c <= 0xef ? 2 : c >= 0xf0 && c <= 0xf4 ? 3 : -1;
    if (n < 0) return i;
    for (let k = 1; k <= n; k++) {
      const x = b[i + k];
      if (x === undefined || (x & 0xc0) !== 0x80) return i;
    }
    // overlong forms, surrogates and code points past U+10FFFF
    if ((c === 0xe0 && b[i + 1]! < 0xa0) || (c === 0xed && b[i + 1]! > 0x9f) || (c === 0xf0 && b[i + 1]! < 0x90) || (c === 0xf4 && b[i + 1]! > 0x8f)) return i;
    i += n + 1;
  }
  return b.length;
}

function isDirectory(path: string): boolean {
  try {
    return statSync(path).isDirectory();
  } catch {
    return false;
  }
}
