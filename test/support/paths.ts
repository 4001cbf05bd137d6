/**
 * Where tests find the repository's files. Tests are bundled into dist/test/, so __dirname is not
 * the source folder: walk up to the package.json whose name is "kensa".
 */
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';

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
