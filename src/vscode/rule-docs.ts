/**
 * A rule's documentation inside VS Code: the code of every finding links to the command
 * kensa.showRuleDocs, which opens the rule's text (why it matters, how to fix it, links) as a
 * read-only Markdown document from the built-in catalogue. Offline.
 */
import * as vscode from 'vscode';
import { RULES, SUPPRESSION_RULES, type Rule } from '../policy';
import { COMMANDS } from './commands';

const SCHEME = 'kensa-rule';

/** The link a finding's code points at: the command showing the rule's documentation. */
export function ruleDocsLink(ruleId: string): vscode.Uri {
  return vscode.Uri.parse(`command:${COMMANDS.showRuleDocs.id}?${encodeURIComponent(JSON.stringify([ruleId]))}`);
}

/** The Markdown text of a rule's documentation, or undefined for an unknown id. */
export function ruleDocsMarkdown(ruleId: string, rules: readonly Rule[] = RULES): string | undefined {
  const rule = rules.find((r) => r.id === ruleId);
  if (rule) {
    const fix = rule.fix ? `${rule.fix} fix` : 'no automatic fix';
    return [
      `# ${rule.id}`,
      '',
      `**${rule.title}**: ${rule.severity}, ${rule.category}, ${fix}. Applies to ${rule.targets.map((t) => `\`${t}\``).join(', ')}.`,
      '',
      rule.docs.why,
      '',
      `**Fix:** ${rule.docs.fix}`,
      '',
      `To accept the risk, write \`# kensa:ignore ${rule.id} <reason>\` on the line above the block or attribute.`,
      ...(rule.docs.links.length ? ['', ...rule.docs.links.map((l) => `- <${l}>`)] : []),
      '',
    ].join('\n');
  }
  const own = Object.values(SUPPRESSION_RULES).find((r) => r.id === ruleId);
  return own ? `# ${own.id}\n\n**${own.title}**: ${own.severity}. Kensa reports it about its own \`# kensa:ignore\` comments.\n` : undefined;
}

/**
 * Registers the read-only `kensa-rule:` documents and the command opening them. The command takes
 * a rule id (asked for with a quick pick when missing) and returns the document's URI.
 */
export function registerRuleDocs(): vscode.Disposable {
  const provider: vscode.TextDocumentContentProvider = {
    provideTextDocumentContent: (uri) => ruleDocsMarkdown(uri.path.replace(/^\//, '').replace(/\.md$/, '')) ?? `Unknown rule ${uri.path}\n`,
  };
  return vscode.Disposable.from(
    vscode.workspace.registerTextDocumentContentProvider(SCHEME, provider),
    vscode.commands.registerCommand(COMMANDS.showRuleDocs.id, async (ruleId?: string): Promise<vscode.Uri | undefined> => {
      const id =
        ruleId ??
        (await vscode.window.showQuickPick(
          RULES.map((r) => ({ label: r.id, description: r.title })),
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
