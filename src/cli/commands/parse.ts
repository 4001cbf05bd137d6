/**
 * `kensa parse FILE... [--format json]`: each file as the JSON HashiCorp's hcl2json produces for
 * it. One file prints its JSON; several print one object keyed by the paths as given. Syntax
 * diagnostics go to stderr as `file:line:col: message`; any syntax error makes the exit code 2.
 */
import { readFileSync } from 'node:fs';
import { parseFile, sortJsonKeys, toHcl2Json } from '../../hcl';
import { formatDiagnostic, UsageError, type Io } from '../output';
import type { Command } from '../command';

export const parseCommand: Command = {
  name: 'parse',
  summary: 'Print Terraform/HCL files as hcl2json JSON',
  usage: 'kensa parse FILE... [--format json]',
  help: `Prints each file as the JSON that HashiCorp's hcl2json produces for it. One file prints its
JSON; several print one object keyed by the paths as given. Syntax diagnostics go to stderr as
file:line:col: message, and make the exit code 2. JSON-syntax files (.tf.json) print their own JSON.`,
  options: {
    format: { type: 'string', default: 'json', description: 'json (the only format)' },
  },
  run(args, io: Io): number {
    if (args.values.format !== 'json') throw new UsageError(`--format must be json, not "${String(args.values.format)}"`);
    if (args.positionals.length === 0) throw new UsageError('kensa parse needs at least one FILE');
    let failed = false;
    const results: Record<string, unknown> = {};
    for (const path of args.positionals) {
      let text: string;
      try {
        text = readFileSync(path, 'utf8');
      } catch (e) {
        io.err(`${path}: cannot read: ${(e as NodeJS.ErrnoException).code ?? String(e)}\n`);
        failed = true;
        continue;
      }
      const file = parseFile(text, path);
      for (const d of file.diagnostics) io.err(formatDiagnostic(d) + '\n');
      if (file.diagnostics.some((d) => d.severity === 'error')) {
        failed = true;
        continue;
      }
      try {
        results[path] = sortJsonKeys(toHcl2Json(file));
      } catch (e) {
        io.err(`${path}: ${e instanceof Error ? e.message : String(e)}\n`);
        failed = true;
      }
    }
    if (!failed || Object.keys(results).length > 0) {
      const value = args.positionals.length === 1 ? results[args.positionals[0]!] : results;
      if (value !== undefined) io.out(JSON.stringify(value, null, 2) + '\n');
    }
    return failed ? 2 : 0;
  },
};
