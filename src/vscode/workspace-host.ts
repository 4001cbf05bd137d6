/**
 * The core's Host for the extension: files from disk (node:fs, synchronous as the core is), with
 * the text of open documents in their place, so unsaved edits are analyzed as the user sees them.
 * It remembers every text it handed out: fixes computed on that text are converted against it,
 * and a document edited since is recognized as stale. One host serves one run: what it read
 * (texts and directory listings) stays as first read.
 */
import { readdirSync, readFileSync, realpathSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { normalizePath, type DirEntry, type Host } from '../terraform';

/** A Host that records what it read; `texts` maps each normalized path read to the text returned. */
export interface RecordingHost extends Host {
  readonly texts: ReadonlyMap<string, string>;
  realPath(path: string): string | undefined;
}

/** A host over the file system with `overlay` (normalized absolute path -> text) answered first. */
export function workspaceHost(overlay: ReadonlyMap<string, string>): RecordingHost {
  const texts = new Map<string, string>();
  const dirs = new Map<string, readonly DirEntry[] | undefined>();
  return {
    texts,
    readFile(path) {
      const key = normalizePath(path);
      const known = texts.get(key);
      if (known !== undefined) return known;
      let text = overlay.get(key);
      if (text === undefined) {
        try {
          text = readFileSync(key, 'utf8');
        } catch {
          return undefined;
        }
      }
      texts.set(key, text);
      return text;
    },
    realPath(path) {
      try {
        return realpathSync.native(normalizePath(path));
      } catch {
        return undefined;
      }
    },
    readDir(path): readonly DirEntry[] | undefined {
      const dir = normalizePath(path);
      // one listing per run, as one text per file: root discovery and evaluation ask for the same directories
      if (dirs.has(dir)) return dirs.get(dir);
      let entries: DirEntry[] | undefined;
      try {
        entries = readdirSync(dir, { withFileTypes: true }).map((e) => ({
          name: e.name,
          // follow symbolic links, as Terraform does for module directories
          isDirectory: e.isDirectory() || (e.isSymbolicLink() && isDirectory(join(dir, e.name))),
        }));
      } catch {
        entries = undefined;
      }
      dirs.set(dir, entries);
      return entries;
    },
  };
}

function isDirectory(path: string): boolean {
  try {
    return statSync(path).isDirectory();
  } catch {
    return false;
  }
}
