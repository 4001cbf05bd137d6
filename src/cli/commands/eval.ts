/**
 * `kensa eval EXPR [dir]`: the value of an expression evaluated in the root module at the directory,
 * like `terraform console`, offline. Text output is the console's: strings quoted, collections as
 * HCL with their type (`tolist([...])`, `toset([...])`, `tomap({...})`), unknowns as
 * `(known after apply)`, sensitive values as `(sensitive value)`. JSON output is
 * `{ "expression", "type", "value", "known", "diagnostics" }`.
 */
import { evaluateExpression, formatNumber, isWhollyKnown, toJson, type Value } from '../../terraform';
import { nodeHost } from '../node-host';
import { formatDiagnostic, UsageError, type Io } from '../output';
import type { Command } from '../command';
import { directoryArgument, varFilesOption } from './scan';

/** The value as `terraform console` prints it, indented by `indent`. */
export function formatConsoleValue(v: Value, indent = ''): string {
  if (v.sensitive) return '(sensitive value)';
  switch (v.kind) {
    case 'unknown':
      return '(known after apply)';
    case 'null':
      return 'null';
    case 'bool':
      return String(v.value);
    case 'number':
      return formatNumber(v.value);
    case 'string':
      return quote(v.value);
    case 'list': {
      const inner = indent + '  ';
      const body = v.items.length ? `[\n${v.items.map((x) => `${inner}${formatConsoleValue(x, inner)},\n`).join('')}${indent}]` : '[]';
      return v.type === 'list' ? `tolist(${body})` : v.type === 'set' ? `toset(${body})` : body;
    }
    case 'object': {
      const inner = indent + '  ';
      const keys = [...v.entries.keys()].sort();
      const width = Math.max(0, ...keys.map((k) => quote(k).length));
      const body = keys.length ? `{\n${keys.map((k) => `${inner}${quote(k).padEnd(width)} = ${formatConsoleValue(v.entries.get(k)!, inner)}\n`).join('')}${indent}}` : '{}';
      return v.type === 'map' ? `tomap(${body})` : body;
    }
  }
}

/** An HCL string literal: JSON's escapes, and `${`/`%{` doubled so they stay literal. */
function quote(s: string): string {
  return JSON.stringify(s).replace(/\$\{/g, '$${').replace(/%\{/g, '%%{');
}

function typeOf(v: Value): string {
  return v.kind === 'list' || v.kind === 'object' ? v.type : v.kind;
}

export const evalCommand: Command = {
  name: 'eval',
  summary: 'Print the value of an expression in a root module',
  usage: 'kensa eval EXPR [dir] [--var-file FILE]... [--format text|json]',
  help: `Evaluates the expression in the root module at the directory (default .), as \`terraform console\`
does, without providers or network: var., local., resources, data sources and module outputs resolve as
in the module's own files. Values known only after apply print as (known after apply), sensitive ones
as (sensitive value). Exit 0 with a value, 2 when the expression is invalid or its evaluation fails.`,
  options: {
    format: { type: 'string', default: 'text', description: 'text or json' },
    'var-file': { type: 'string', multiple: true, description: 'a variables file (repeatable)' },
  },
  run(args, io: Io): number {
    const format = args.values.format;
    if (format !== 'json' && format !== 'text') throw new UsageError(`--format must be text or json, not "${String(format)}"`);
    const [expression, ...rest] = args.positionals;
    if (expression === undefined || expression.trim() === '') throw new UsageError('kensa eval needs an expression: kensa eval EXPR [dir]');
    const dir = directoryArgument(rest, 'eval');
    const result = evaluateExpression(nodeHost(dir), '.', expression, { varFiles: varFilesOption(args.values['var-file'], dir) });
    const failed = result.diagnostics.some((d) => d.severity === 'error');
    if (format === 'json') {
      const json = {
        expression,
        type: failed ? null : typeOf(result.value),
        value: failed ? null : toJson(result.value, true, true),
        known: !failed && isWhollyKnown(result.value),
        diagnostics: result.diagnostics.map((d) => ({ severity: d.severity, summary: d.summary, ...(d.detail ? { detail: d.detail } : {}), line: d.range.start.line + 1, column: d.range.start.column + 1 })),
      };
      io.out(JSON.stringify(json, null, 2) + '\n');
    } else {
      for (const d of result.diagnostics) io.err(formatDiagnostic(d) + '\n');
      if (!failed) io.out(formatConsoleValue(result.value) + '\n');
    }
    return failed ? 2 : 0;
  },
};
