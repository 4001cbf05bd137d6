/**
 * The only place Kensa runs git. Every call passes its arguments as an array (execFileSync), never
 * through a shell, so a ref named `it's a "test" $(rm -rf) ;` is just a name. A revision is read
 * from a temporary detached worktree, removed afterwards even when the review fails or the user
 * presses Ctrl-C.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, realpathSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, dirname, join, relative, resolve, sep } from 'node:path';
import { directoryListings, normalizePath, type Host } from '../terraform';

/** A git problem the user can act on (not a repository, an unknown ref, history too shallow): exit 2. */
export class GitError extends Error {}

interface GitResult {
  ok: boolean;
  stdout: string;
  stderr: string;
}

function run(cwd: string, args: readonly string[], input?: string): GitResult {
  try {
    const stdout = execFileSync('git', args, { cwd, encoding: 'utf8', stdio: [input === undefined ? 'ignore' : 'pipe', 'pipe', 'pipe'], maxBuffer: 64 * 1024 * 1024, ...(input === undefined ? {} : { input }) });
    return { ok: true, stdout, stderr: '' };
  } catch (e) {
    const err = e as { stdout?: string; stderr?: string; code?: string; message: string };
    if (err.code === 'ENOENT') throw new GitError('git is not installed or not on the PATH');
    return { ok: false, stdout: err.stdout ?? '', stderr: err.stderr ?? err.message };
  }
}

function git(cwd: string, args: readonly string[], what: string): string {
  const r = run(cwd, args);
  if (!r.ok) throw new GitError(`${what}: ${firstLine(r.stderr) || 'git failed'}`);
  return r.stdout.trim();
}

function firstLine(s: string): string {
  return s.trim().split('\n')[0]?.replace(/^(fatal|error): /, '') ?? '';
}

/** The repository around `cwd` and where `dir` sits in it. */
export interface Repository {
  /** The top of the working tree, with symbolic links resolved. */
  readonly root: string;
  /** `dir` relative to `root`, `/`-separated; '.' for the top. */
  readonly dir: string;
}

/** Finds the repository of the current directory; `dir` (relative to cwd) must lie inside it. */
export function openRepository(cwd: string, dir: string): Repository {
  const r = run(cwd, ['rev-parse', '--show-toplevel']);
  if (!r.ok) throw new GitError(`${cwd}: not inside a git repository (kensa review compares git revisions)`);
  const root = realpathSync(r.stdout.trim());
  // the directory may exist only in the revisions compared (--head REF), not on disk
  let abs: string;
  try {
    abs = realpathSync(resolve(cwd, dir));
  } catch {
    abs = resolve(realpathSync(cwd), dir);
  }
  const rel = relative(root, abs);
  if (rel.startsWith('..') || resolve(root, rel) !== abs) throw new GitError(`${dir}: not inside the repository at ${root}`);
  return { root, dir: rel === '' ? '.' : rel.split(sep).join('/') };
}

/** The commit a ref names (`main`, `origin/main`, `HEAD~2`, a sha), or a GitError saying it is missing. */
export function resolveCommit(repo: Repository, ref: string): string {
  // a leading dash would be read as an option; no branch or tag can start with one
  if (ref.startsWith('-') || ref === '') throw new GitError(`"${ref}" is not a valid git ref`);
  const r = run(repo.root, ['rev-parse', '--verify', '--quiet', `${ref}^{commit}`]);
  if (!r.ok || !r.stdout.trim()) {
    const shallow = run(repo.root, ['rev-parse', '--is-shallow-repository']).stdout.trim() === 'true';
    throw new GitError(
      `unknown revision "${ref}": no such branch, tag or commit in this repository` +
        (shallow ? ' (this is a shallow clone: fetch the base, e.g. "git fetch origin <branch>", or check out with fetch-depth: 0)' : ''),
    );
  }
  return r.stdout.trim();
}

/** The current branch's name, or HEAD when detached. */
export function currentBranch(repo: Repository): string {
  const r = run(repo.root, ['symbolic-ref', '--quiet', '--short', 'HEAD']);
  return r.ok && r.stdout.trim() ? r.stdout.trim() : 'HEAD';
}

/**
 * The default base: the merge base of HEAD with the default branch, which is what origin/HEAD
 * points at, else `main`, else `master` (local or on origin). Returns the branch it used.
 */
export function defaultBase(repo: Repository): { ref: string; sha: string } {
  const candidates: string[] = [];
  const originHead = run(repo.root, ['symbolic-ref', '--quiet', '--short', 'refs/remotes/origin/HEAD']);
  // `git clone --branch feature` points origin/HEAD at the feature branch: comparing it with itself says nothing
  if (originHead.ok && originHead.stdout.trim() && originHead.stdout.trim() !== `origin/${currentBranch(repo)}`) candidates.push(originHead.stdout.trim());
  // on main itself, the merge base is HEAD: the uncommitted changes are reviewed
  candidates.push('main', 'origin/main', 'master', 'origin/master');
  const branch = candidates.find((c) => run(repo.root, ['rev-parse', '--verify', '--quiet', `${c}^{commit}`]).ok);
  if (!branch) throw new GitError('no default branch to compare with (no origin/HEAD, main or master): pass --base REF');
  const mb = run(repo.root, ['merge-base', 'HEAD', branch]);
  if (!mb.ok || !mb.stdout.trim()) {
    const shallow = run(repo.root, ['rev-parse', '--is-shallow-repository']).stdout.trim() === 'true';
    throw new GitError(
      `HEAD and ${branch} have no common commit${shallow ? ' in this shallow clone: fetch more history (git fetch --unshallow, or fetch-depth: 0)' : ''}; pass --base REF to compare with a given revision`,
    );
  }
  return { ref: branch, sha: mb.stdout.trim() };
}

/** A revision checked out in a temporary directory; `dispose` removes it (idempotent). */
export interface Checkout {
  /** The top of the checked-out tree. */
  readonly path: string;
  /**
   * The revision's files the checkout left out (isReviewedFile), by path from the top: a
   * configuration may still read one with file() or fileset(), and readLeftOut gives it from git.
   */
  readonly leftOut: ReadonlySet<string>;
  /** A left-out file's bytes, read from git when asked; undefined if git cannot produce it (a missing blob). */
  readLeftOut(pathFromTop: string): Uint8Array | undefined;
  dispose(): void;
}

const live = new Set<Checkout>();
let handlersInstalled = false;

function onSignal(signal: NodeJS.Signals): void {
  for (const c of [...live]) c.dispose();
  // the conventional exit status for death by a signal: 128 + its number
  process.exit(128 + (signal === 'SIGINT' ? 2 : 15));
}

function installHandlers(): void {
  if (handlersInstalled) return;
  handlersInstalled = true;
  process.on('SIGINT', onSignal);
  process.on('SIGTERM', onSignal);
  // a synchronous last resort for exits that skip the finally blocks (process.exit elsewhere)
  process.on('exit', () => {
    for (const c of [...live]) c.dispose();
  });
}

/**
 * The files of a revision a review checks out: Terraform's own, kensa.jsonc, the modules manifest,
 * and the text files configurations commonly read with file() and templatefile(). Everything else (a
 * zip, a large binary kept in LFS or left out of a partial clone) is not checked out, so a blob git
 * cannot produce does not stop the review; the configuration still reads any of them through
 * leftOutHost, from git, when it asks for it.
 */
export function isReviewedFile(path: string): boolean {
  const name = path.slice(path.lastIndexOf('/') + 1);
  if (name === 'kensa.jsonc' || path.endsWith('.terraform/modules/modules.json')) return true;
  return /\.(tf|tf\.json|tfvars|tfvars\.json|tftpl|tpl|tmpl|json|ya?ml|sh|ps1|txt|cfg|conf|ini|pem|pub|crt|hcl|xml|html|toml)$/i.test(name);
}

/** The prefix of Kensa's temporary checkouts in the temporary folder. */
const CHECKOUT_PREFIX = 'kensa-review-';

/**
 * Removes the checkouts a review killed outright (SIGKILL, a crash) left behind: each records the
 * process that made it, and one whose process is gone is removed from the folder and from git's
 * list of worktrees.
 */
export function pruneStaleCheckouts(repo: Repository): void {
  const listed = run(repo.root, ['worktree', 'list', '--porcelain']);
  if (!listed.ok) return;
  const top = realpathSync(tmpdir());
  for (const line of listed.stdout.split('\n')) {
    if (!line.startsWith('worktree ')) continue;
    const path = line.slice('worktree '.length);
    const parent = dirname(path);
    if (dirname(parent) !== top && dirname(parent) !== tmpdir()) continue;
    if (!basename(parent).startsWith(CHECKOUT_PREFIX) || basename(path) !== 'tree') continue;
    let owner: number | undefined;
    try {
      owner = Number(readFileSync(join(parent, 'owner'), 'utf8').trim());
    } catch {
      // a checkout from before owners were recorded, or a half-made one: stale unless its folder is fresh
      owner = undefined;
    }
    if (owner !== undefined && Number.isInteger(owner) && owner > 0 && isAlive(owner)) continue;
    if (owner === undefined && existsSync(parent) && Date.now() - statSync(parent).mtimeMs < 60 * 60 * 1000) continue;
    run(repo.root, ['worktree', 'remove', '--force', path]);
    rmSync(parent, { recursive: true, force: true });
  }
  run(repo.root, ['worktree', 'prune']);
}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (e) {
    return (e as { code?: string }).code === 'EPERM';
  }
}

/**
 * Checks `sha` out into a fresh temporary directory: a detached worktree without a checkout, then
 * only the files a review reads (isReviewedFile). Hooks do not run (a review must not execute the
 * repository's code). Stale checkouts of killed reviews are pruned first.
 */
export function checkoutRevision(repo: Repository, sha: string): Checkout {
  installHandlers();
  pruneStaleCheckouts(repo);
  const parent = mkdtempSync(join(tmpdir(), CHECKOUT_PREFIX));
  writeFileSync(join(parent, 'owner'), `${process.pid}\n`);
  const path = join(parent, 'tree');
  let disposed = false;
  const leftOut = new Set<string>();
  const checkout: Checkout = {
    path,
    leftOut,
    readLeftOut(pathFromTop) {
      if (!leftOut.has(pathFromTop)) return undefined;
      try {
        const b = execFileSync('git', ['cat-file', 'blob', `${sha}:${pathFromTop}`], { cwd: repo.root, stdio: ['ignore', 'pipe', 'ignore'], maxBuffer: 256 * 1024 * 1024 });
        return new Uint8Array(b.buffer, b.byteOffset, b.byteLength);
      } catch {
        return undefined;
      }
    },
    dispose() {
      if (disposed) return;
      disposed = true;
      live.delete(checkout);
      const removed = run(repo.root, ['worktree', 'remove', '--force', path]);
      rmSync(parent, { recursive: true, force: true });
      // a worktree that was half-made (interrupted add) is only known to git's bookkeeping
      if (!removed.ok) run(repo.root, ['worktree', 'prune']);
    },
  };
  live.add(checkout);
  const noHooks = join(parent, 'no-hooks');
  const r = run(repo.root, ['-c', `core.hooksPath=${noHooks}`, 'worktree', 'add', '--detach', '--no-checkout', '--quiet', path, sha]);
  if (!r.ok) {
    checkout.dispose();
    throw new GitError(`cannot check out ${sha.slice(0, 12)}: ${firstLine(r.stderr)}`);
  }
  const files = run(repo.root, ['ls-tree', '-r', '-z', '--name-only', '--full-tree', sha]);
  const all = files.ok ? files.stdout.split('\0').filter((f) => f) : [];
  const wanted = all.filter(isReviewedFile);
  for (const f of all) if (!isReviewedFile(f)) leftOut.add(f);
  if (wanted.length) {
    const c = run(path, ['-c', `core.hooksPath=${noHooks}`, 'checkout', '--quiet', sha, '--pathspec-from-file=-', '--pathspec-file-nul'], wanted.map((f) => `:(literal)${f}`).join('\0'));
    if (!c.ok) {
      checkout.dispose();
      throw new GitError(`cannot check out ${sha.slice(0, 12)}: ${firstLine(c.stderr)}`);
    }
  }
  return checkout;
}

/** Whether `path` (relative to `dir` of the repository) is a file in commit `sha`. */
export function fileAtRevision(repo: Repository, sha: string, path: string): boolean {
  const full = repo.dir === '.' ? path : `${repo.dir}/${path}`;
  const r = run(repo.root, ['cat-file', '-t', `${sha}:${full.replace(/^\.\//, '')}`]);
  return r.ok && r.stdout.trim() === 'blob';
}

/** Shortens a sha for display. */
export function shortSha(sha: string): string {
  return sha.slice(0, 7);
}

/** Exposed for tests and the bench: run one git command in `cwd` (argument array, no shell). */
export function gitOutput(cwd: string, args: readonly string[]): string {
  return git(cwd, args, `git ${args[0] ?? ''}`);
}

/**
 * `base` (a host over a checkout, its paths relative to `dir` of the revision's top) with the files
 * the checkout left out read from git when the configuration reads them (`file("policy.txt.in")`,
 * `filebase64sha256("lambda.zip")`), and listed in their folders (fileset). A file git cannot produce
 * reads as missing, as an unreadable file does.
 */
export function leftOutHost(base: Host, checkout: Checkout, dir: string): Host {
  const top = (p: string): string | undefined => {
    if (p.startsWith('/')) {
      const prefix = `${checkout.path.split(sep).join('/')}/`;
      return p.startsWith(prefix) ? p.slice(prefix.length) : undefined;
    }
    return normalizePath(dir === '.' ? p : `${dir}/${p}`);
  };
  // the left-out files' folders, with what each holds
  const listing = directoryListings(checkout.leftOut);
  const bytes = (p: string): Uint8Array | undefined => {
    const t = top(p);
    return t !== undefined && checkout.leftOut.has(t) ? checkout.readLeftOut(t) : undefined;
  };
  return {
    ...base,
    readFile: (p) => {
      const own = base.readFile(p);
      if (own !== undefined) return own;
      const b = bytes(p);
      return b === undefined ? undefined : new TextDecoder().decode(b);
    },
    readBytes: (p) => base.readBytes?.(p) ?? bytes(p),
    readDir: (p) => {
      const own = base.readDir(p);
      const t = top(p);
      const extra = t === undefined ? undefined : listing.get(t);
      if (!extra) return own;
      const names = new Set((own ?? []).map((e) => e.name));
      return [...(own ?? []), ...extra.filter((e) => !names.has(e.name))];
    },
  };
}
