/**
 * A rule's documentation inside VS Code: the code of every finding links to the command
 * kensa.showRuleDocs, which opens the rule's text (why it matters, how to fix it, links) as a
 * read-only Markdown document from the built-in catalogue. Offline. The catalogue is
 * dist/rule-docs.json, written by the build from the rules themselves: read the first time a
 * rule's documentation is asked for, without loading the engine into the extension host.
 */
import { readFileSync } from 'node:fs';
import * as vscode from 'vscode';
import { COMMANDS } from './commands';

const SCHEME = 'kensa-rule';

type RuleDocs = Readonly<Record<string, { readonly title: string; readonly markdown: string }>>;

/** The link a finding's code points at: the command showing the rule's documentation. */
export function ruleDocsLink(ruleId: string): vscode.Uri {
  return vscode.Uri.parse(`command:${COMMANDS.showRuleDocs.id}?${encodeURIComponent(JSON.stringify([ruleId]))}`);
}

/**
 * Registers the read-only `kensa-rule:` documents and the command opening them. The command takes
 * a rule id (asked for with a quick pick when missing) and returns the document's URI.
 */
export function registerRuleDocs(docsPath: string): vscode.Disposable {
  let loaded: RuleDocs | undefined;
  const docs = (): RuleDocs => (loaded ??= JSON.parse(readFileSync(docsPath, 'utf8')) as RuleDocs);
  const provider: vscode.TextDocumentContentProvider = {
    provideTextDocumentContent: (uri) => docs()[uri.path.replace(/^\//, '').replace(/\.md$/, '')]?.markdown ?? `Unknown rule ${uri.path}\n`,
  };
  return vscode.Disposable.from(
    vscode.workspace.registerTextDocumentContentProvider(SCHEME, provider),
    vscode.commands.registerCommand(COMMANDS.showRuleDocs.id, async (ruleId?: string): Promise<vscode.Uri | undefined> => {
      const id =
        ruleId ??
        (await vscode.window.showQuickPick(
          Object.entries(docs()).map(([id, d]) => ({ label: id, description: d.title })),
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
