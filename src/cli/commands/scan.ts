/**
 * `kensa scan [dir]`: walks the directory for Terraform files and reports what Kensa finds.
 * Today that is every file's syntax diagnostics and a summary of the configuration; the policy
 * engine adds its findings here.
 */
import { readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { parseFile, type HclFile } from '../../hcl';
import type { Diagnostic, Severity } from '../../text';
import { findTerraformFiles } from '../discover';
import { formatDiagnostic, UsageError, type Io } from '../output';
import type { Command } from '../command';

const SEVERITY_RANK: Record<Severity, number> = { info: 0, warning: 1, error: 2 };

interface Summary {
  files: number;
  modules: number;
  resources: number;
  dataSources: number;
  moduleCalls: number;
  variables: number;
  outputs: number;
}

function summarize(files: readonly HclFile[], paths: readonly string[]): Summary {
  const s: Summary = { files: files.length, modules: new Set(paths.map((p) => p.split('/').slice(0, -1).join('/'))).size, resources: 0, dataSources: 0, moduleCalls: 0, variables: 0, outputs: 0 };
  for (const f of files) {
    for (const item of f.body.items) {
      if (item.kind !== 'block') continue;
      if (item.type.name === 'resource') s.resources++;
      else if (item.type.name === 'data') s.dataSources++;
      else if (item.type.name === 'module') s.moduleCalls++;
      else if (item.type.name === 'variable') s.variables++;
      else if (item.type.name === 'output') s.outputs++;
    }
  }
  return s;
}

function plural(n: number, word: string): string {
  return `${n} ${word}${n === 1 ? '' : 's'}`;
}

export const scanCommand: Command = {
  name: 'scan',
  summary: 'Check the Terraform under a directory',
  usage: 'kensa scan [dir] [--format text|json] [--fail-on error|warning|info]',
  help: `Walks the directory (default: the current one) for Terraform files (.tf, .tf.json, .tfvars),
skipping .terraform/, .terragrunt-cache/ and node_modules/, and reports every problem found with its
file, line and column. Paths are relative to the directory. Exit code 1 when a problem at or above
--fail-on (default: error) is found.`,
  options: {
    format: { type: 'string', default: 'text', description: 'text or json' },
    'fail-on': { type: 'string', default: 'error', description: 'error, warning or info' },
  },
  run(args, io: Io): number {
    const format = args.values.format;
    if (format !== 'text' && format !== 'json') throw new UsageError(`--format must be text or json, not "${String(format)}"`);
    const failOn = args.values['fail-on'] as Severity;
    if (!(failOn in SEVERITY_RANK)) throw new UsageError(`--fail-on must be error, warning or info, not "${String(failOn)}"`);
    if (args.positionals.length > 1) throw new UsageError('kensa scan takes one directory');
    const root = args.positionals[0] ?? '.';
    let isDir = false;
    try {
      isDir = statSync(root).isDirectory();
    } catch {
      // reported below
    }
    if (!isDir) throw new UsageError(`${root}: not a directory`);

    const paths = findTerraformFiles(root);
    const files: HclFile[] = [];
    const diagnostics: Diagnostic[] = [];
    for (const path of paths) {
      const file = parseFile(readFileSync(join(root, path), 'utf8'), path);
      files.push(file);
      diagnostics.push(...file.diagnostics);
    }
    const summary = summarize(files, paths);
    const failed = diagnostics.some((d) => SEVERITY_RANK[d.severity] >= SEVERITY_RANK[failOn]);

    if (format === 'json') {
      const findings = diagnostics.map((d) => ({
        ruleId: 'hcl-syntax',
        severity: d.severity,
        message: d.detail ? `${d.summary}: ${d.detail}` : d.summary,
        file: d.file,
        range: {
          startLine: d.range.start.line + 1,
          startColumn: d.range.start.column + 1,
          endLine: d.range.end.line + 1,
          endColumn: d.range.end.column + 1,
        },
      }));
      io.out(JSON.stringify({ summary, findings }, null, 2) + '\n');
    } else {
      for (const d of diagnostics) io.out(formatDiagnostic(d) + '\n');
      io.out(
        `${plural(summary.files, 'file')} in ${plural(summary.modules, 'directory').replace('directorys', 'directories')}: ` +
          `${plural(summary.resources, 'resource')}, ${plural(summary.dataSources, 'data source')}, ` +
          `${plural(summary.moduleCalls, 'module call')}, ${plural(summary.variables, 'variable')}, ${plural(summary.outputs, 'output')}; ` +
          `${diagnostics.length === 0 ? 'no problems' : plural(diagnostics.length, 'problem')}\n`,
      );
    }
    return failed ? 1 : 0;
  },
};
