/**
 * The one place where core coordinates become VS Code ones. Core positions are zero-based lines
 * and UTF-16 columns, exactly as VS Code counts them, so the conversion is one-to-one; keeping it
 * here means no other file builds a vscode.Range by hand from core data.
 */
import * as vscode from 'vscode';
import { instancesText, type FindingPlace } from '../policy';
import { LineIndex, type Diagnostic, type Position, type Range, type Severity, type TextEdit } from '../text';

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

/** Instances named in a diagnostic's message before "and N more". */
const MAX_INSTANCES = 10;

/**
 * The findings of one place as VS Code shows them, one diagnostic: source `kensa`, the rule id as
 * the code, linked to `docs` (the rule's documentation), the related locations of all its
 * findings resolved through `uriOf`. When several resource instances share the place, the message
 * ends with them: `... (2 instances: aws_instance.web[0], aws_instance.web[1])`.
 */
export function toFindingDiagnostic(place: FindingPlace, uriOf: (file: string) => vscode.Uri, docs: vscode.Uri): vscode.Diagnostic {
  const { finding, instances, related } = place;
  const message = instances.length > 1 ? `${finding.message} (${instances.length} instances: ${instancesText(instances, MAX_INSTANCES)})` : finding.message;
  const result = new vscode.Diagnostic(toVsRange(finding.range), message, toVsSeverity(finding.severity));
  result.source = 'kensa';
  result.code = { value: finding.ruleId, target: docs };
  if (related.length) {
    result.relatedInformation = related.map(
      (r) => new vscode.DiagnosticRelatedInformation(new vscode.Location(uriOf(r.file), toVsRange(r.range)), r.message),
    );
  }
  return result;
}

/**
 * Core text edits as a WorkspaceEdit. Their UTF-16 offsets refer to `textOf(file)`, the text the
 * analysis read; undefined when a file's text is unknown, so no edit lands in the wrong place.
 */
export function toVsWorkspaceEdit(
  edits: readonly TextEdit[],
  textOf: (file: string) => string | undefined,
  uriOf: (file: string) => vscode.Uri,
): vscode.WorkspaceEdit | undefined {
  const result = new vscode.WorkspaceEdit();
  const indexes = new Map<string, LineIndex>();
  for (const edit of edits) {
    let index = indexes.get(edit.file);
    if (!index) {
      const text = textOf(edit.file);
      if (text === undefined) return undefined;
      indexes.set(edit.file, (index = new LineIndex(text)));
    }
    const range = new vscode.Range(toVsPosition(index.position(edit.start)), toVsPosition(index.position(edit.end)));
    result.replace(uriOf(edit.file), range, edit.newText);
  }
  return result;
}
