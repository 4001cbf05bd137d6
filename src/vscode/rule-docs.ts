/**
 * A rule's documentation inside VS Code: the code of every finding links to the command
 * kensa.showRuleDocs, which opens the rule's text (why it matters, how to fix it, links) as a
 * read-only Markdown document from the built-in catalogue. Offline. The catalogue is loaded the
 * first time a rule's documentation is asked for, not when the extension starts.
 */
import * as vscode from 'vscode';
import { COMMANDS } from './commands';
import { coreBundle } from './core-bundle';

const SCHEME = 'kensa-rule';

/** The link a finding's code points at: the command showing the rule's documentation. */
export function ruleDocsLink(ruleId: string): vscode.Uri {
  return vscode.Uri.parse(`command:${COMMANDS.showRuleDocs.id}?${encodeURIComponent(JSON.stringify([ruleId]))}`);
}

/**
 * Registers the read-only `kensa-rule:` documents and the command opening them. The command takes
 * a rule id (asked for with a quick pick when missing) and returns the document's URI.
 */
export function registerRuleDocs(): vscode.Disposable {
  const provider: vscode.TextDocumentContentProvider = {
    provideTextDocumentContent: (uri) => coreBundle().ruleDocsMarkdown(uri.path.replace(/^\//, '').replace(/\.md$/, '')) ?? `Unknown rule ${uri.path}\n`,
  };
  return vscode.Disposable.from(
    vscode.workspace.registerTextDocumentContentProvider(SCHEME, provider),
    vscode.commands.registerCommand(COMMANDS.showRuleDocs.id, async (ruleId?: string): Promise<vscode.Uri | undefined> => {
      const id =
        ruleId ??
        (await vscode.window.showQuickPick(
          coreBundle().RULES.map((r) => ({ label: r.id, description: r.title })),
          { placeHolder: 'Which rule?', matchOnDescription: true },
        ))?.label;
      if (!id) return undefined;
      const uri = vscode.Uri.from({ scheme: SCHEME, path: `/${id}.md` });
      const document = await vscode.languages.setTextDocumentLanguage(await vscode.workspace.openTextDocument(uri), 'markdown');
      // a read-only editor (the scheme has no file system): the Markdown preview is one click away
      await vscode.window.showTextDocument(document, { preview: true });
      return uri;
    }),
  );
}
