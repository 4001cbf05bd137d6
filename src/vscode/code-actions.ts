/**
 * Quick fixes for Kensa's findings: each fix a finding offers (preferred when it is the finding's
 * only fix and safe), "Fix all <rule> in this file" with the safe fixes, and "Ignore with a reason",
 * which writes `# kensa:ignore <rule> <reason>` above the finding's block or attribute.
 */
import * as vscode from 'vscode';
import type { Fix, Finding } from '../policy';
import type { TextEdit } from '../text';
import { COMMANDS } from './commands';
import { toVsRange, toVsWorkspaceEdit } from './convert';
import type { Problems, ShownFinding } from './problems';
import { terraformSelector } from './terraform-documents';
import { corePath } from './workspace-analysis';

const uriOf = (file: string): vscode.Uri => vscode.Uri.file(file);

/** The first safe fix of a finding, if any. */
function safeFix(finding: Finding): Fix | undefined {
  return finding.fixes.find((f) => f.applicability === 'safe');
}

/** The edits of several fixes, leaving out any fix that overlaps one already taken. */
function combine(fixes: readonly Fix[]): TextEdit[] {
  const taken: TextEdit[] = [];
  for (const fix of fixes) {
    const clash = fix.edits.some((e) => taken.some((t) => t.file === e.file && e.start < Math.max(t.end, t.start + 1) && t.start < Math.max(e.end, e.start + 1)));
    if (!clash) taken.push(...fix.edits);
  }
  return taken;
}

class FindingActions implements vscode.CodeActionProvider {
  static readonly kinds = [vscode.CodeActionKind.QuickFix];

  constructor(private readonly problems: Problems) {}

  provideCodeActions(document: vscode.TextDocument, _range: vscode.Range, context: vscode.CodeActionContext): vscode.CodeAction[] {
    const shown = this.problems.findingsIn(document.uri);
    const actions: vscode.CodeAction[] = [];
    const fixAllOffered = new Set<string>();
    for (const diagnostic of context.diagnostics) {
      if (diagnostic.source !== 'kensa' || typeof diagnostic.code !== 'object') continue;
      const ruleId = String(diagnostic.code.value);
      const match = shown.find((s) => s.finding.ruleId === ruleId && s.diagnostic.range.isEqual(diagnostic.range) && s.diagnostic.message === diagnostic.message);
      if (!match) continue;
      // fixes refer to the text the analysis read; after an edit they wait for the next run
      const fresh = match.source.texts.get(corePath(document.uri)) === document.getText();
      if (fresh) actions.push(...this.fixes(match, diagnostic), ...this.fixAll(match, shown, fixAllOffered));
      actions.push(this.ignore(match, document, diagnostic));
    }
    return actions;
  }

  private fixes({ finding, source }: ShownFinding, diagnostic: vscode.Diagnostic): vscode.CodeAction[] {
    const preferred = finding.fixes.length === 1 && finding.fixes[0]!.applicability === 'safe';
    const actions: vscode.CodeAction[] = [];
    for (const fix of finding.fixes) {
      const edit = toVsWorkspaceEdit(fix.edits, (f) => source.texts.get(f), uriOf);
      if (!edit) continue;
      const action = new vscode.CodeAction(fix.applicability === 'unsafe' ? `${fix.title} (review the change)` : fix.title, vscode.CodeActionKind.QuickFix);
      action.edit = edit;
      action.diagnostics = [diagnostic];
      action.isPreferred = preferred;
      actions.push(action);
    }
    return actions;
  }

  private fixAll(match: ShownFinding, shown: readonly ShownFinding[], offered: Set<string>): vscode.CodeAction[] {
    const ruleId = match.finding.ruleId;
    if (offered.has(ruleId) || !safeFix(match.finding)) return [];
    const same = shown.filter((s) => s.finding.ruleId === ruleId && s.finding.file === match.finding.file && safeFix(s.finding));
    if (same.length < 2) return [];
    offered.add(ruleId);
    const edit = toVsWorkspaceEdit(combine(same.map((s) => safeFix(s.finding)!)), (f) => match.source.texts.get(f), uriOf);
    if (!edit) return [];
    const action = new vscode.CodeAction(`Fix all ${ruleId} in this file`, vscode.CodeActionKind.QuickFix);
    action.edit = edit;
    action.diagnostics = same.map((s) => s.diagnostic);
    return [action];
  }

  private ignore({ finding }: ShownFinding, document: vscode.TextDocument, diagnostic: vscode.Diagnostic): vscode.CodeAction {
    const action = new vscode.CodeAction(`Ignore ${finding.ruleId} here, with a reason…`, vscode.CodeActionKind.QuickFix);
    action.diagnostics = [diagnostic];
    action.command = {
      command: COMMANDS.ignoreFinding.id,
      title: action.title,
      arguments: [document.uri, finding.ruleId, toVsRange(finding.range).start.line],
    };
    return action;
  }
}

/**
 * Inserts `# kensa:ignore <ruleId> <reason>` above `line` of `uri`, in that line's indentation.
 * Asks for the reason unless given (tests pass it). Returns whether the comment was inserted.
 */
async function ignoreFinding(uri: vscode.Uri, ruleId: string, line: number, reason?: string): Promise<boolean> {
  const why =
    reason ??
    (await vscode.window.showInputBox({
      title: `Ignore ${ruleId}`,
      prompt: 'Why is this acceptable here? Reviewers read the reason in the comment.',
      placeHolder: 'e.g. public website assets, served to everyone on purpose',
      validateInput: (v) => (v.trim() ? undefined : 'Give a reason: a suppression without one is reported.'),
    }));
  if (!why?.trim()) return false;
  const document = await vscode.workspace.openTextDocument(uri);
  const text = document.lineAt(line).text;
  const indent = text.slice(0, text.length - text.trimStart().length);
  const edit = new vscode.WorkspaceEdit();
  edit.insert(uri, new vscode.Position(line, 0), `${indent}# kensa:ignore ${ruleId} ${why.trim().replace(/\s+/g, ' ')}\n`);
  return vscode.workspace.applyEdit(edit);
}

/** Registers the quick fixes and the ignore command. */
export function registerCodeActions(problems: Problems): vscode.Disposable {
  return vscode.Disposable.from(
    vscode.languages.registerCodeActionsProvider(terraformSelector, new FindingActions(problems), { providedCodeActionKinds: FindingActions.kinds }),
    vscode.commands.registerCommand(COMMANDS.ignoreFinding.id, ignoreFinding),
  );
}
