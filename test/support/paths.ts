/**
 * Where tests find the repository's files. Tests are bundled into dist/test/, so __dirname is not
 * the source folder: walk up to the package.json whose name is "kensa".
 */
import { existsSync, readFileSync } from 'node:fs';
import { execFileSync } from 'node:child_process';
import { dirname, isAbsolute, join, resolve } from 'node:path';

function findRoot(from: string): string {
  for (let dir = resolve(from); ; dir = dirname(dir)) {
    const manifest = join(dir, 'package.json');
    if (existsSync(manifest) && JSON.parse(readFileSync(manifest, 'utf8')).name === 'kensa') return dir;
    if (dirname(dir) === dir) throw new Error(`no kensa package.json above ${from}`);
  }
}

/** The repository root. */
export const repoRoot: string = findRoot(__dirname);

/** A path under the repository root. */
export function fromRoot(...parts: string[]): string {
  return join(repoRoot, ...parts);
}

/**
 * A folder of ../shared (the price data, the conformance cases): `$envVar` if set, else shared/
 * beside the repository, else shared/ beside the local repository this one was cloned from (a CI
 * clone made elsewhere). Tests that read it fail, not skip, when it is missing.
 */
export function sharedFolder(envVar: string, ...parts: string[]): string {
  const fromEnv = process.env[envVar];
  if (fromEnv) return fromEnv;
  const beside = fromRoot('..', 'shared', ...parts);
  if (existsSync(beside)) return beside;
  let origin = '';
  try {
    origin = execFileSync('git', ['-C', repoRoot, 'config', '--get', 'remote.origin.url'], { encoding: 'utf8' }).trim().replace(/^file:\/\//, '').replace(/\/\.git\/?$/, '');
  } catch {
    // not a clone, or no git: the folder beside the repository is the only place left
  }
  return origin && isAbsolute(origin) ? join(dirname(resolve(origin)), 'shared', ...parts) : beside;
}
