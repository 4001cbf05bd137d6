/**
 * `kensa scan [dir]`: finds the root modules under the directory, evaluates them, and reports every
 * problem found with its file, line and column. The policy engine adds its findings here.
 */
import { statSync } from 'node:fs';
import { analyze } from '../../engine';
import type { Diagnostic, Severity } from '../../text';
import { nodeHost } from '../node-host';
import { formatDiagnostic, UsageError, type Io } from '../output';
import type { Command } from '../command';

const SEVERITY_RANK: Record<Severity, number> = { info: 0, warning: 1, error: 2 };

function plural(n: number, one: string, many = `${one}s`): string {
  return `${n} ${n === 1 ? one : many}`;
}

/** The directory argument, checked: a usage error if it is not a directory. */
export function directoryArgument(positionals: readonly string[], command: string): string {
  if (positionals.length > 1) throw new UsageError(`kensa ${command} takes one directory`);
  const dir = positionals[0] ?? '.';
  let ok = false;
  try {
    ok = statSync(dir).isDirectory();
  } catch {
    // reported below
  }
  if (!ok) throw new UsageError(`${dir}: not a directory`);
  return dir;
}

export function byPosition(a: Diagnostic, b: Diagnostic): number {
  return a.file < b.file ? -1 : a.file > b.file ? 1 : a.range.start.offset - b.range.start.offset;
}

export const scanCommand: Command = {
  name: 'scan',
  summary: 'Check the Terraform under a directory',
  usage: 'kensa scan [dir] [--format text|json] [--fail-on error|warning|info] [--var-file FILE]...',
  help: `Finds the root modules under the directory (default: the current one): every directory with .tf
or .tf.json files that no other one calls as a local module; .terraform/, .terragrunt-cache/,
node_modules/ and hidden folders are skipped. Evaluates each one as Terraform would plan it (variables
from terraform.tfvars, *.auto.tfvars and --var-file files, locals, count and for_each, local modules
and modules fetched by terraform init) and reports every problem with its file, line and column,
relative to the directory. Exit code 1 when a problem at or above --fail-on (default: error) is found.`,
  options: {
    format: { type: 'string', default: 'text', description: 'text or json' },
    'fail-on': { type: 'string', default: 'error', description: 'error, warning or info' },
    'var-file': { type: 'string', multiple: true, description: 'a variables file for every root module, relative to the directory (repeatable)' },
  },
  run(args, io: Io): number {
    const format = args.values.format;
    if (format !== 'text' && format !== 'json') throw new UsageError(`--format must be text or json, not "${String(format)}"`);
    const failOn = args.values['fail-on'] as Severity;
    if (!(failOn in SEVERITY_RANK)) throw new UsageError(`--fail-on must be error, warning or info, not "${String(failOn)}"`);
    const dir = directoryArgument(args.positionals, 'scan');
    const varFiles = (args.values['var-file'] as string[] | undefined) ?? [];

    const analysis = analyze(nodeHost(dir), '.', { varFiles });
    const diagnostics = [...analysis.diagnostics].sort(byPosition);
    const files = new Set<string>();
    let modules = 0;
    let resources = 0;
    let dataSources = 0;
    for (const r of analysis.roots) {
      for (const f of r.evaluation.files.keys()) files.add(f);
      const count = (m: typeof r.evaluation.root): void => {
        modules++;
        m.children.forEach(count);
      };
      count(r.evaluation.root);
      for (const res of r.evaluation.resources) {
        if (res.mode === 'data') dataSources++;
        else resources++;
      }
    }
    const summary = { files: files.size, rootModules: analysis.roots.length, modules, resources, dataSources };
    const failed = diagnostics.some((d) => SEVERITY_RANK[d.severity] >= SEVERITY_RANK[failOn]);

    if (format === 'json') {
      const findings = diagnostics.map((d) => ({
        ruleId: 'terraform',
        severity: d.severity,
        message: d.detail ? `${d.summary}: ${d.detail}` : d.summary,
        file: d.file,
        range: { startLine: d.range.start.line + 1, startColumn: d.range.start.column + 1, endLine: d.range.end.line + 1, endColumn: d.range.end.column + 1 },
      }));
      io.out(JSON.stringify({ summary, findings }, null, 2) + '\n');
    } else {
      for (const d of diagnostics) io.out(formatDiagnostic(d) + '\n');
      io.out(
        `${plural(summary.files, 'file')}, ${plural(summary.rootModules, 'root module')}, ${plural(summary.modules, 'module instance')}: ` +
          `${plural(summary.resources, 'resource')}, ${plural(summary.dataSources, 'data source')}; ` +
          `${diagnostics.length === 0 ? 'no problems' : plural(diagnostics.length, 'problem')}\n`,
      );
    }
    return failed ? 1 : 0;
  },
};
