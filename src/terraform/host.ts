/**
 * How the core reaches files: a small synchronous interface, so the extension can hand it unsaved
 * buffers, the CLI the disk or a git revision, and tests a map in memory. Paths are `/`-separated
 * strings as the host names them; the core never touches node:fs.
 */

export interface DirEntry {
  readonly name: string;
  readonly isDirectory: boolean;
}

export interface Host {
  /** The file's text, or undefined if there is no such file. */
  readFile(path: string): string | undefined;
  /** The entries of a directory, or undefined if there is no such directory. */
  readDir(path: string): readonly DirEntry[] | undefined;
  /**
   * For hosts over a file system: the path with every symbolic link resolved (absolute), or
   * undefined if nothing is there. Lets the file functions tell a link that leads out of the
   * configuration's tree; hosts without links (in memory, a git revision read as text) leave it out.
   */
  realPath?(path: string): string | undefined;
  /**
   * The file's bytes, for the functions that read a file as bytes (`filebase64`, `filemd5`, ...):
   * a binary file is not text. Hosts that hold text only leave it out, and its UTF-8 is used.
   */
  readBytes?(path: string): Uint8Array | undefined;
  /**
   * For hosts over a file system: what went wrong reading so far, beyond "not there": files and
   * folders that exist but cannot be read (permission denied), and files that are not valid UTF-8
   * (read with U+FFFD in place of each bad sequence). The engine reports each as a warning.
   */
  problems?(): readonly HostProblem[];
}

/** A file or folder the host could not read as it is. */
export interface HostProblem {
  readonly path: string;
  readonly kind: 'unreadable' | 'encoding';
  /** For `encoding`: the UTF-16 offset of the first replacement character in the text read. */
  readonly offset?: number;
  readonly detail: string;
}

/** A host over an in-memory map of path to text (or bytes, for a binary file); directories are implied by the paths. */
export function memoryHost(files: Readonly<Record<string, string | Uint8Array>>): Host {
  const normalized = new Map<string, string>();
  const bytes = new Map<string, Uint8Array>();
  for (const [p, t] of Object.entries(files)) {
    const path = normalizePath(p);
    if (typeof t === 'string') normalized.set(path, t);
    else {
      bytes.set(path, t);
      normalized.set(path, new TextDecoder().decode(t));
    }
  }
  const listings = directoryListings(normalized.keys());
  return {
    readFile: (path) => normalized.get(normalizePath(path)),
    readDir: (path) => listings.get(normalizePath(path)),
    readBytes: (path) => {
      const p = normalizePath(path);
      const text = normalized.get(p);
      return bytes.get(p) ?? (text === undefined ? undefined : new TextEncoder().encode(text));
    },
  };
}

/**
 * The directory entries implied by a list of normalized file paths: for each folder (`.` for the
 * top), its files and subfolders, sorted by name.
 */
export function directoryListings(paths: Iterable<string>): Map<string, DirEntry[]> {
  const dirs = new Map<string, Map<string, boolean>>();
  for (const p of paths) {
    const parts = p.split('/');
    for (let i = 0; i < parts.length; i++) {
      const dir = i === 0 ? '.' : parts.slice(0, i).join('/');
      let entries = dirs.get(dir);
      if (!entries) dirs.set(dir, (entries = new Map()));
      entries.set(parts[i]!, i < parts.length - 1);
    }
  }
  const listings = new Map<string, DirEntry[]>();
  for (const [dir, entries] of dirs) {
    listings.set(dir, [...entries].map(([name, isDirectory]) => ({ name, isDirectory })).sort((a, b) => (a.name < b.name ? -1 : 1)));
  }
  return listings;
}

/** A host that answers from `overrides` (path -> text, e.g. unsaved editor buffers) before `base`. */
export function overlayHost(base: Host, overrides: ReadonlyMap<string, string>): Host {
  const o = new Map([...overrides].map(([p, t]) => [normalizePath(p), t]));
  return {
    readFile: (path) => o.get(normalizePath(path)) ?? base.readFile(path),
    readDir: (path) => base.readDir(path),
    ...(base.realPath ? { realPath: (path: string) => base.realPath!(path) } : {}),
    ...(base.readBytes
      ? {
          readBytes: (path: string) => {
            const text = o.get(normalizePath(path));
            return text !== undefined ? new TextEncoder().encode(text) : base.readBytes!(path);
          },
        }
      : {}),
  };
}

/**
 * A host that reads each file and directory of `base` once and answers again from memory: for one
 * run over files that do not change while it runs (a CLI invocation), where root discovery, module
 * loading and the cache's freshness checks would otherwise read the same files many times.
 */
export function cachingHost(base: Host): Host {
  const files = new Map<string, string | undefined>();
  const dirs = new Map<string, readonly DirEntry[] | undefined>();
  const reals = new Map<string, string | undefined>();
  const bytes = new Map<string, Uint8Array | undefined>();
  const once = <T>(map: Map<string, T>, path: string, read: (p: string) => T): T => {
    const key = normalizePath(path);
    if (map.has(key)) return map.get(key) as T;
    const v = read(path);
    map.set(key, v);
    return v;
  };
  return {
    readFile: (path) => once(files, path, (p) => base.readFile(p)),
    readDir: (path) => once(dirs, path, (p) => base.readDir(p)),
    ...(base.realPath ? { realPath: (path: string) => once(reals, path, (p) => base.realPath!(p)) } : {}),
    ...(base.readBytes ? { readBytes: (path: string) => once(bytes, path, (p) => base.readBytes!(p)) } : {}),
    ...(base.problems ? { problems: () => base.problems!() } : {}),
  };
}

/** A `.` or `..` segment, an empty segment, a backslash or a trailing slash: something to normalize. */
const NOT_NORMAL = /(?:^|\/)\.{1,2}(?:\/|$)|\/\/|\\|.\/$/;

/** Collapses `.`, `..`, repeated and trailing slashes; keeps a leading `/`. `''` becomes `.`. */
export function normalizePath(path: string): string {
  // most paths arrive normalized (joinPath's output, cache keys): keep them as they are
  if (path !== '' && !NOT_NORMAL.test(path)) return path;
  return normalizeSegments(path);
}

/** normalizePath without the shortcut: segment by segment. Exported for its test. */
export function normalizeSegments(path: string): string {
  const abs = path.startsWith('/');
  const out: string[] = [];
  for (const part of path.replace(/\\/g, '/').split('/')) {
    if (part === '' || part === '.') continue;
    if (part === '..') {
      if (out.length && out[out.length - 1] !== '..') out.pop();
      else if (!abs) out.push('..');
    } else out.push(part);
  }
  const joined = out.join('/');
  return abs ? '/' + joined : joined || '.';
}

export function joinPath(...parts: string[]): string {
  return normalizePath(parts.filter((p) => p !== '').join('/'));
}

export function dirName(path: string): string {
  const p = normalizePath(path);
  const i = p.lastIndexOf('/');
  if (i < 0) return '.';
  return i === 0 ? '/' : p.slice(0, i);
}

export function baseName(path: string): string {
  const p = normalizePath(path);
  return p.slice(p.lastIndexOf('/') + 1);
}

/** `path` relative to `from` (both normalized the same way), with `..` where needed. */
export function relativePath(from: string, path: string): string {
  const a = normalizePath(from).split('/').filter((x) => x !== '.');
  const b = normalizePath(path).split('/').filter((x) => x !== '.');
  let i = 0;
  while (i < a.length && i < b.length && a[i] === b[i]) i++;
  const rel = [...a.slice(i).map(() => '..'), ...b.slice(i)].join('/');
  return rel || '.';
}

/** True if `path` is `dir` or inside it. */
export function isWithin(dir: string, path: string): boolean {
  const d = normalizePath(dir);
  const p = normalizePath(path);
  return d === '.' ? !p.startsWith('..') && !p.startsWith('/') : p === d || p.startsWith(d + '/');
}
