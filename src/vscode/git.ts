/**
 * The extension's git calls for "Kensa: Review branch": every call is `git` with an argument array
 * (execFile, never a shell), so a branch named `a;$(rm -rf ~)` is only a name. A base revision is
 * read from a temporary detached worktree that `dispose` removes.
 */
import { execFile } from 'node:child_process';
import { mkdtemp, realpath, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/** A git failure the user can act on (not a repository, an unknown ref); its message says which. */
export class GitError extends Error {}

interface Result {
  readonly ok: boolean;
  readonly stdout: string;
  readonly stderr: string;
}

function run(cwd: string, args: readonly string[]): Promise<Result> {
  return new Promise((resolve, reject) => {
    execFile('git', [...args], { cwd, encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 }, (error, stdout, stderr) => {
      if ((error as NodeJS.ErrnoException | null)?.code === 'ENOENT') reject(new GitError('git is not installed or not on the PATH'));
      else resolve({ ok: !error, stdout, stderr: stderr || (error?.message ?? '') });
    });
  });
}

function firstLine(s: string): string {
  return s.trim().split('\n')[0]?.replace(/^(fatal|error): /, '') ?? '';
}

/** The top of the working tree holding `dir` (symbolic links resolved), or undefined when none does. */
export async function repositoryRoot(dir: string): Promise<string | undefined> {
  const r = await run(dir, ['rev-parse', '--show-toplevel']).catch(() => undefined);
  return r?.ok && r.stdout.trim() ? realpath(r.stdout.trim()) : undefined;
}

/** The commit `ref` names, or a GitError. */
export async function resolveCommit(root: string, ref: string): Promise<string> {
  // a leading dash would be read as an option; no branch or tag starts with one
  if (ref === '' || ref.startsWith('-')) throw new GitError(`"${ref}" is not a valid git ref`);
  const r = await run(root, ['rev-parse', '--verify', '--quiet', `${ref}^{commit}`]);
  if (!r.ok || !r.stdout.trim()) throw new GitError(`unknown revision "${ref}": no such branch, tag or commit`);
  return r.stdout.trim();
}

/**
 * The default base as `kensa review` picks it: the merge base of HEAD with origin/HEAD, else main,
 * else master (local or on origin); undefined when there is no such branch or common commit.
 */
export async function defaultBase(root: string): Promise<{ ref: string; sha: string } | undefined> {
  const current = (await run(root, ['symbolic-ref', '--quiet', '--short', 'HEAD'])).stdout.trim();
  const originHead = (await run(root, ['symbolic-ref', '--quiet', '--short', 'refs/remotes/origin/HEAD'])).stdout.trim();
  const candidates = [...(originHead && originHead !== `origin/${current}` ? [originHead] : []), 'main', 'origin/main', 'master', 'origin/master'];
  for (const c of candidates) {
    if (!(await run(root, ['rev-parse', '--verify', '--quiet', `${c}^{commit}`])).ok) continue;
    const mb = await run(root, ['merge-base', 'HEAD', c]);
    return mb.ok && mb.stdout.trim() ? { ref: c, sha: mb.stdout.trim() } : undefined;
  }
  return undefined;
}

/** Local then remote-tracking branch names, each group sorted by git. */
export async function branches(root: string): Promise<string[]> {
  const r = await run(root, ['for-each-ref', '--format=%(refname:short)', 'refs/heads', 'refs/remotes']);
  return r.ok ? r.stdout.split('\n').filter((b) => b && !b.endsWith('/HEAD')) : [];
}

/** A revision checked out in a temporary directory; `dispose` removes it (idempotent). */
export interface Worktree {
  readonly path: string;
  dispose(): Promise<void>;
}

/** Checks `sha` out with `git worktree add --detach` in a fresh temporary directory, hooks off. */
export async function addWorktree(root: string, sha: string): Promise<Worktree> {
  const parent = await mkdtemp(join(tmpdir(), 'kensa-review-'));
  const path = join(parent, 'tree');
  let disposed = false;
  const tree: Worktree = {
    path,
    async dispose() {
      if (disposed) return;
      disposed = true;
      const removed = await run(root, ['worktree', 'remove', '--force', path]);
      await rm(parent, { recursive: true, force: true });
      // a half-made worktree is only in git's bookkeeping
      if (!removed.ok) await run(root, ['worktree', 'prune']);
    },
  };
  // hooks off: a review must not run the repository's code
  const r = await run(root, ['-c', `core.hooksPath=${join(parent, 'no-hooks')}`, 'worktree', 'add', '--detach', '--quiet', path, sha]);
  if (!r.ok) {
    await tree.dispose();
    throw new GitError(`cannot check out ${sha.slice(0, 12)}: ${firstLine(r.stderr)}`);
  }
  return tree;
}
