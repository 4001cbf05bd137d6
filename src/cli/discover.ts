/**
 * Finds Terraform files under a directory as every command that takes a directory does: `.tf`,
 * `.tf.json`, `.tfvars` and `.tfvars.json` files, skipping `.terraform/`, `.terragrunt-cache/`,
 * `node_modules/` and hidden folders. Paths come back relative to `root`, sorted, with `/`.
 */
import { readdirSync, statSync } from 'node:fs';
import { join, relative, sep } from 'node:path';

const SKIP = new Set(['.terraform', '.terragrunt-cache', 'node_modules', '.git']);

export function isTerraformFile(name: string): boolean {
  return /\.(tf|tf\.json|tfvars|tfvars\.json)$/.test(name);
}

export function findTerraformFiles(root: string): string[] {
  const out: string[] = [];
  const walk = (dir: string): void => {
    let names: string[];
    try {
      names = readdirSync(dir);
    } catch {
      return;
    }
    for (const name of names.sort()) {
      if (SKIP.has(name) || name.startsWith('.')) continue;
      const path = join(dir, name);
      let isDir: boolean;
      try {
        isDir = statSync(path).isDirectory();
      } catch {
        continue;
      }
      if (isDir) walk(path);
      else if (isTerraformFile(name)) out.push(relative(root, path).split(sep).join('/'));
    }
  };
  walk(root);
  return out;
}
