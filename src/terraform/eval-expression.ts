/**
 * One extra expression evaluated in a root module's own scope, as `terraform console` evaluates what
 * the user types: `var.`, `local.`, resources, data sources and module outputs resolve as they do in
 * the module's files. The expression joins the module as one more local value in a file of its own
 * that exists only for this evaluation, so the evaluator's scopes are the module's, not a copy.
 */
import { parseExpressionText } from '../hcl';
import type { Diagnostic } from '../text';
import { evaluateConfiguration, type EvaluateOptions } from './evaluate';
import { joinPath, normalizePath, type Host } from './host';
import type { Evaluation } from './model';
import { unknown, type Value } from './value';

export interface ExpressionResult {
  /** The value; unknown (with the reason) when the expression is invalid. */
  readonly value: Value;
  /**
   * Problems of the expression itself, in the file `<expression>` on line 0, columns counted in the
   * expression's text. Problems of the module's own files are in `evaluation.diagnostics`.
   */
  readonly diagnostics: readonly Diagnostic[];
  /** The module's evaluation, the expression's local left out of its diagnostics. */
  readonly evaluation?: Evaluation;
}

/** The file name the expression's diagnostics use. */
export const EXPRESSION_FILE = '<expression>';

const LOCAL = 'kensa_console_expression';
const FILE = 'kensa-console-expression.tf';
const PREFIX = `locals { ${LOCAL} = `;

/** Evaluates `text` as an expression in the root module at `dir`. Never throws. */
export function evaluateExpression(host: Host, dir: string, text: string, options: EvaluateOptions = {}): ExpressionResult {
  const parsed = parseExpressionText(text, EXPRESSION_FILE);
  if (parsed.diagnostics.some((d) => d.severity === 'error')) return { value: unknown('invalid expression'), diagnostics: parsed.diagnostics };
  // one line, so a column in the file is a column in the expression
  const oneLine = text.replace(/\r?\n/g, ' ');
  const root = normalizePath(dir);
  const path = joinPath(root, FILE);
  const source = `${PREFIX}${oneLine}\n}\n`;
  const withExpression: Host = {
    readFile: (p) => (normalizePath(p) === path ? source : host.readFile(p)),
    readDir: (d) => {
      const entries = host.readDir(d);
      if (normalizePath(d) !== root) return entries;
      return [...(entries ?? []).filter((e) => e.name !== FILE), { name: FILE, isDirectory: false }];
    },
    ...(host.realPath ? { realPath: (p: string) => host.realPath!(p) } : {}),
  };
  const evaluation = evaluateConfiguration(withExpression, root, options);
  const at = (column: number) => {
    const c = Math.min(oneLine.length, Math.max(0, column));
    return { line: 0, column: c, offset: c };
  };
  const mine = (d: Diagnostic): boolean => normalizePath(d.file) === path;
  const diagnostics = evaluation.diagnostics.filter(mine).map((d) => ({
    ...d,
    file: EXPRESSION_FILE,
    range: { start: at(d.range.start.column - PREFIX.length), end: at(d.range.end.line > d.range.start.line ? oneLine.length : d.range.end.column - PREFIX.length) },
    ...(d.related ? { related: d.related.filter((r) => normalizePath(r.file) !== path) } : {}),
  }));
  const value = evaluation.root.locals.get(LOCAL) ?? unknown('invalid expression');
  return { value, diagnostics, evaluation: { ...evaluation, diagnostics: evaluation.diagnostics.filter((d) => !mine(d)) } };
}
