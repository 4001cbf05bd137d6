/**
 * The one place where core coordinates become VS Code ones. Core positions are zero-based lines
 * and UTF-16 columns, exactly as VS Code counts them, so the conversion is one-to-one; keeping it
 * here means no other file builds a vscode.Range by hand from core data.
 */
import * as vscode from 'vscode';
import type { Diagnostic, Position, Range, Severity } from '../text';

/** The VS Code position of a core position. */
export function toVsPosition(position: Position): vscode.Position {
  return new vscode.Position(position.line, position.column);
}

/** The VS Code range of a core range. */
export function toVsRange(range: Range): vscode.Range {
  return new vscode.Range(toVsPosition(range.start), toVsPosition(range.end));
}

const severities: Readonly<Record<Severity, vscode.DiagnosticSeverity>> = {
  error: vscode.DiagnosticSeverity.Error,
  warning: vscode.DiagnosticSeverity.Warning,
  info: vscode.DiagnosticSeverity.Information,
};

/** The VS Code severity of a core severity. */
export function toVsSeverity(severity: Severity): vscode.DiagnosticSeverity {
  return severities[severity];
}

/**
 * A core diagnostic as VS Code shows it: source `kensa`, the message `summary: detail` (the summary
 * alone when there is no detail), the code if any, related locations resolved through `uriOf`,
 * which maps a core file path to the document it names.
 */
export function toVsDiagnostic(diagnostic: Diagnostic, uriOf: (file: string) => vscode.Uri): vscode.Diagnostic {
  const message = diagnostic.detail ? `${diagnostic.summary}: ${diagnostic.detail}` : diagnostic.summary;
  const result = new vscode.Diagnostic(toVsRange(diagnostic.range), message, toVsSeverity(diagnostic.severity));
  result.source = 'kensa';
  if (diagnostic.code !== undefined) result.code = diagnostic.code;
  if (diagnostic.related?.length) {
    result.relatedInformation = diagnostic.related.map(
      (r) => new vscode.DiagnosticRelatedInformation(new vscode.Location(uriOf(r.file), toVsRange(r.range)), r.message),
    );
  }
  return result;
}
