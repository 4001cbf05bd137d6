/**
 * The core's Host over the real file system, for the CLI. Relative paths are resolved against
 * `root`, so every path the core reports is relative to the directory the user gave. One command
 * runs over files that do not change under it, so each file and directory is read once.
 */
import { readdirSync, readFileSync, realpathSync, statSync } from 'node:fs';
import { isAbsolute, join } from 'node:path';
import { cachingHost, type Host } from '../terraform';

export function nodeHost(root: string): Host {
  const resolve = (path: string): string => (isAbsolute(path) ? path : join(root, path));
  return cachingHost({
    readFile(path) {
      try {
        return readFileSync(resolve(path), 'utf8');
      } catch {
        return undefined;
      }
    },
    readBytes(path) {
      try {
        const b = readFileSync(resolve(path));
        return new Uint8Array(b.buffer, b.byteOffset, b.byteLength);
      } catch {
        return undefined;
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
      } catch {
        return undefined;
      }
    },
  });
}

function isDirectory(path: string): boolean {
  try {
    return statSync(path).isDirectory();
  } catch {
    return false;
  }
}
