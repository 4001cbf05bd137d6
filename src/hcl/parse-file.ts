import type { HclFile } from './ast';
import { parseHclJson } from './json-syntax';
import { parseHcl } from './parser';

/**
 * Parses a Terraform file in the syntax its name implies, as Terraform does: a name ending in
 * `.json` (`.tf.json`, `.tfvars.json`) is JSON syntax, anything else (`.tf`, `.tfvars`, `.hcl`)
 * native syntax. Never throws; problems are in the file's `diagnostics`.
 */
export function parseFile(text: string, path: string): HclFile {
  return path.endsWith('.json') ? parseHclJson(text, path) : parseHcl(text, path);
}
