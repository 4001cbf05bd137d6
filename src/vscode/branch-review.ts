/**
 * "Kensa: Review branch": what the working tree (unsaved buffers included) changes against a base
 * revision, as `kensa review` reports it. The base is picked in a QuickPick (the merge base with
 * the default branch first, then local and remote branches), checked out in a temporary git
 * worktree that is removed afterwards, and both sides go through the engine and reviewAnalyses,
 * with the variables files and Terraform workspace picked in the status bar (each side's copy).
 * A webview shows the headline, new and fixed findings (a click opens the place), cost changes
 * per resource, and "Copy as Markdown" (the pull-request comment). The command returns a plain
 * summary for tests; `{ base, folder }` runs it without asking.
 */
import * as vscode from 'vscode';
import { randomBytes } from 'node:crypto';
import { realpathSync } from 'node:fs';
import { relative, sep } from 'node:path';
import { reviewMarkdown, type Review } from '../review';
import { isWithin, joinPath, normalizePath, relativePath } from '../terraform';
import type { FolderSettings } from './analysis-jobs';
import { AnalysisRunner } from './analysis-runner';
import { coreBundle } from './core-bundle';
import { branchReviewData } from './branch-review-data';
import { COMMANDS } from './commands';
import type { EvaluationInputs } from './evaluation-inputs';
import { addWorktree, branches, defaultBase, GitError, repositoryRoot, resolveCommit } from './git';
import { editorSettings, openDocumentTexts } from './workspace-analysis';

/** What the command returns: the base as given or picked, findings counts and monthly costs. */
export interface BranchReviewSummary {
  readonly base: string;
  readonly newFindings: number;
  readonly fixedFindings: number;
  readonly costBefore: number;
  readonly costAfter: number;
  readonly costDelta: number;
}

/** The command's optional argument: the base ref and the folder to review (default: the active one). */
export interface BranchReviewArgs {
  readonly base?: string;
  readonly folder?: string;
}

function html(webview: vscode.Webview, media: vscode.Uri): string {
  const nonce = randomBytes(16).toString('base64');
  const script = webview.asWebviewUri(vscode.Uri.joinPath(media, 'branch-review.js'));
  const charts = webview.asWebviewUri(vscode.Uri.joinPath(media, 'charts.js'));
  const style = webview.asWebviewUri(vscode.Uri.joinPath(media, 'cost-report.css'));
  return `<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="UTF-8">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src ${webview.cspSource}; img-src ${webview.cspSource}; script-src 'nonce-${nonce}';">
<meta name="viewport" content="width=device-width, initial-scale=1.0">
<link rel="stylesheet" href="${style}">
<title>Kensa review</title>
</head>
<body>
<main id="report"><p>Reviewing…</p></main>
<script nonce="${nonce}" src="${charts}"></script>
<script nonce="${nonce}" src="${script}"></script>
</body>
</html>`;
}

/** The folder to review: the argument, else the active editor's workspace folder, else the first. */
function folderToReview(args: BranchReviewArgs): string | undefined {
  if (args.folder) return args.folder;
  const active = vscode.window.activeTextEditor?.document.uri;
  const folder = (active && vscode.workspace.getWorkspaceFolder(active)) ?? vscode.workspace.workspaceFolders?.find((f) => f.uri.scheme === 'file');
  return folder?.uri.scheme === 'file' ? folder.uri.fsPath : undefined;
}

/** Asks for the base: the default merge base first, then every branch. */
async function pickBase(root: string): Promise<{ ref: string; sha: string } | undefined> {
  const fallback = await defaultBase(root);
  const items: (vscode.QuickPickItem & { ref: string; sha?: string })[] = [];
  if (fallback) items.push({ label: `$(git-merge) merge base with ${fallback.ref}`, description: fallback.sha.slice(0, 7), ref: fallback.ref, sha: fallback.sha });
  for (const b of await branches(root)) items.push({ label: `$(git-branch) ${b}`, ref: b });
  if (!items.length) throw new GitError('no branch to compare with');
  const picked = await vscode.window.showQuickPick(items, { title: 'Kensa: Review branch', placeHolder: 'Compare the working tree with…', matchOnDescription: true });
  if (!picked) return undefined;
  return { ref: picked.ref, sha: picked.sha ?? (await resolveCommit(root, picked.ref)) };
}

class BranchReview implements vscode.Disposable {
  private panel: vscode.WebviewPanel | undefined;
  private shown: { review: Review; data: ReturnType<typeof branchReviewData>; baseLabel: string } | undefined;

  constructor(
    private readonly media: vscode.Uri,
    private readonly workerPath: string | undefined,
    private readonly inputs?: EvaluationInputs,
  ) {}

  async run(args: BranchReviewArgs = {}): Promise<BranchReviewSummary | undefined> {
    // git follows the repository's own configuration, which can name programs (filters, fsmonitor):
    // in Restricted Mode Kensa runs nothing the workspace could have chosen, as VS Code's git does
    if (!vscode.workspace.isTrusted) {
      void vscode.window
        .showWarningMessage('Kensa: Review branch runs git, which follows the repository\'s own configuration. Trust this workspace to review a branch.', 'Manage Workspace Trust')
        .then((choice) => (choice ? vscode.commands.executeCommand('workbench.trust.manage') : undefined));
      return undefined;
    }
    const folder = folderToReview(args ?? {});
    if (!folder) {
      void vscode.window.showErrorMessage('Kensa: open a folder in a git repository to review a branch.');
      return undefined;
    }
    try {
      const root = await repositoryRoot(folder);
      if (!root) throw new GitError(`${folder} is not inside a git repository`);
      const base = args.base !== undefined ? { ref: args.base, sha: await resolveCommit(root, args.base) } : await pickBase(root);
      if (!base) return undefined;
      const review = await vscode.window.withProgress(
        { location: vscode.ProgressLocation.Notification, title: `Kensa: reviewing against ${base.ref}`, cancellable: true },
        (_progress, token) => this.compare(root, folder, base.sha, token),
      );
      if (!review) return undefined;
      const baseLabel = `${base.ref} (${base.sha.slice(0, 7)})`;
      this.shown = { review: review.review, data: branchReviewData(review.review, { base: baseLabel, headDir: review.headDir }), baseLabel };
      this.show();
      this.post();
      const c = review.review.cost;
      return { base: base.ref, newFindings: review.review.findings.new.length, fixedFindings: review.review.findings.fixed.length, costBefore: c.before, costAfter: c.after, costDelta: c.delta };
    } catch (e) {
      if (!(e instanceof GitError)) throw e;
      void vscode.window.showErrorMessage(`Kensa: ${e.message}`);
      return undefined;
    }
  }

  private async compare(root: string, folder: string, sha: string, token: vscode.CancellationToken): Promise<{ review: Review; headDir: string } | undefined> {
    const overlay = openDocumentTexts();
    const { region, ruleSettings, exclude, varFiles: settingVarFiles, pricing } = editorSettings();
    const today = new Date().toISOString().slice(0, 10);
    const within = relative(root, realpathSync(folder)).split(sep).join('/');
    const tree = await addWorktree(root, sha);
    // both sides are analysed on a worker thread of their own, stopped when done or cancelled
    const runner = new AnalysisRunner(this.workerPath, () => coreBundle().createJobRunner());
    const cancelled = token.onCancellationRequested(() => runner.cancel());
    try {
      const baseDir = joinPath(normalizePath(realpathSync(tree.path)), within);
      const headDir = normalizePath(folder);
      // the variables files and workspace the editor evaluates with: the files' copies on each side
      // each root's picks, relative to the reviewed directory: the same names on both sides
      const rootVarFiles = Object.fromEntries(
        Object.entries(this.inputs?.rootVarFiles(headDir) ?? {}).map(([r, files]) => [relativePath(headDir, r), files.filter((f) => isWithin(headDir, f)).map((f) => relativePath(headDir, f))]),
      );
      const varFiles = settingVarFiles;
      const workspace = this.inputs?.workspace ?? 'default';
      const settings: FolderSettings = {
        today,
        ...(region ? { region } : {}),
        ...(varFiles.length ? { varFiles } : {}),
        ...(Object.keys(rootVarFiles).length ? { rootVarFiles } : {}),
        ...(workspace !== 'default' ? { workspace } : {}),
        ...(ruleSettings ? { ruleSettings } : {}),
        ...(exclude.length ? { exclude } : {}),
        ...(pricing ? { pricing } : {}),
      };
      const review = await runner.run({ kind: 'review', baseDir, headDir, settings, overlay });
      return review && { review, headDir };
    } finally {
      cancelled.dispose();
      runner.dispose();
      await tree.dispose();
    }
  }

  private show(): void {
    if (this.panel) {
      this.panel.reveal(undefined, true);
      return;
    }
    const panel = vscode.window.createWebviewPanel('kensa-branch-review', 'Kensa: review', { viewColumn: vscode.ViewColumn.Beside, preserveFocus: true }, {
      enableScripts: true,
      localResourceRoots: [this.media],
    });
    panel.webview.html = html(panel.webview, this.media);
    panel.webview.onDidReceiveMessage((message: { type: string; path?: string; line?: number }) => this.receive(message));
    panel.onDidDispose(() => {
      this.panel = undefined;
    });
    this.panel = panel;
  }

  private post(): void {
    if (this.panel && this.shown) void this.panel.webview.postMessage({ type: 'data', data: this.shown.data });
  }

  private async receive(message: { type: string; path?: string; line?: number }): Promise<void> {
    if (message.type === 'ready') this.post();
    else if (message.type === 'open' && typeof message.path === 'string') {
      const line = Math.max(0, (message.line ?? 1) - 1);
      const document = await vscode.workspace.openTextDocument(vscode.Uri.file(message.path));
      await vscode.window.showTextDocument(document, { viewColumn: vscode.ViewColumn.One, selection: new vscode.Range(line, 0, line, 0) });
    } else if (message.type === 'copy' && this.shown) {
      await vscode.env.clipboard.writeText(reviewMarkdown(this.shown.review, { base: this.shown.baseLabel, head: 'the working tree' }));
      void vscode.window.showInformationMessage('Kensa: review copied as Markdown.');
    }
  }

  dispose(): void {
    this.panel?.dispose();
  }
}

/**
 * Registers kensa.reviewBranch; `media` is the extension's media/ folder, `workerPath` the analysis
 * worker's script, `inputs` the picked variables files and workspace.
 */
export function registerBranchReview(media: vscode.Uri, workerPath: string | undefined, inputs?: EvaluationInputs): vscode.Disposable {
  const review = new BranchReview(media, workerPath, inputs);
  return vscode.Disposable.from(review, vscode.commands.registerCommand(COMMANDS.reviewBranch.id, (args?: BranchReviewArgs) => review.run(args)));
}
