/**
 * "Kensa: Estimate monthly cost": a webview report of the root module of the given file (the
 * active editor's by default; every root when there is none): the total, breakdowns by module and
 * by resource type as bar charts, a sortable table of resources with their components (a click opens the
 * resource; "Set usage…" on a resource with usage-based prices), usage-based and unsupported lists, the prices' date, and "Copy as Markdown". The
 * report follows later analyses while open. The command returns a plain summary for tests and
 * other extensions.
 */
import * as vscode from 'vscode';
import { randomBytes } from 'node:crypto';
import { COMMANDS } from './commands';
import { estimateMarkdown } from '../cost';
import { reportData, type ReportRoots as Roots } from './cost-report-data';
import type { SetUsageTarget } from './set-usage-text';
import type { UsageKeyCatalogue } from './set-usage';
import { corePath, type WorkspaceAnalysis } from './workspace-analysis';

/** What the command returns. */
export interface CostSummary {
  readonly roots: readonly string[];
  readonly total: number;
  readonly resources: readonly { readonly address: string; readonly monthlyCost: number | null; readonly file: string; readonly line: number }[];
}

function html(webview: vscode.Webview, media: vscode.Uri): string {
  const nonce = randomBytes(16).toString('base64');
  const script = webview.asWebviewUri(vscode.Uri.joinPath(media, 'cost-report.js'));
  const charts = webview.asWebviewUri(vscode.Uri.joinPath(media, 'charts.js'));
  const style = webview.asWebviewUri(vscode.Uri.joinPath(media, 'cost-report.css'));
  return `<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="UTF-8">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src ${webview.cspSource}; img-src ${webview.cspSource}; script-src 'nonce-${nonce}';">
<meta name="viewport" content="width=device-width, initial-scale=1.0">
<link rel="stylesheet" href="${style}">
<title>Kensa cost estimate</title>
</head>
<body>
<main id="report"><p>Estimating…</p></main>
<script nonce="${nonce}" src="${charts}"></script>
<script nonce="${nonce}" src="${script}"></script>
</body>
</html>`;
}

/** What the webview sends. */
interface Message {
  readonly type: string;
  readonly path?: string;
  readonly line?: number;
  readonly target?: SetUsageTarget;
}

class CostReport implements vscode.Disposable {
  private panel: vscode.WebviewPanel | undefined;
  private target: vscode.Uri | undefined;
  private readonly subscriptions: vscode.Disposable[];

  constructor(
    private readonly service: WorkspaceAnalysis,
    private readonly media: vscode.Uri,
    private readonly usageKeys: UsageKeyCatalogue,
  ) {
    this.subscriptions = [service.onDidAnalyze(() => this.post())];
  }

  /** The roots to report for `uri`: its own root module, or every root when it belongs to none. */
  private roots(uri: vscode.Uri | undefined): Roots {
    const found = uri?.scheme === 'file' ? this.service.estimateOf(corePath(uri)) : undefined;
    if (found) return [{ dir: found.dir, base: found.folder.dir, estimate: found.estimate }];
    return this.service.folders.flatMap((f) => f.estimates.map((e) => ({ dir: e.dir, base: f.dir, estimate: e.estimate })));
  }

  async run(uri?: vscode.Uri): Promise<CostSummary> {
    await this.service.settled();
    this.target = uri instanceof vscode.Uri ? uri : vscode.window.activeTextEditor?.document.uri;
    const roots = this.roots(this.target);
    this.show();
    this.post();
    return {
      roots: roots.map((r) => r.dir),
      total: Math.round(roots.reduce((a, r) => a + r.estimate.totalMonthlyCost, 0) * 100) / 100,
      resources: roots.flatMap((r) => r.estimate.resources.map((x) => ({ address: x.address, monthlyCost: x.monthlyCost, file: x.file, line: x.line }))),
    };
  }

  private show(): void {
    if (this.panel) {
      this.panel.reveal(undefined, true);
      return;
    }
    const panel = vscode.window.createWebviewPanel('kensa.costReport', 'Kensa: monthly cost', { viewColumn: vscode.ViewColumn.Beside, preserveFocus: true }, {
      enableScripts: true,
      localResourceRoots: [this.media],
      retainContextWhenHidden: false,
    });
    panel.webview.html = html(panel.webview, this.media);
    panel.webview.onDidReceiveMessage((message: Message) => this.receive(message));
    panel.onDidDispose(() => {
      this.panel = undefined;
    });
    this.panel = panel;
  }

  private post(): void {
    if (!this.panel) return;
    const data = reportData(this.roots(this.target));
    // the resource types whose rows offer "Set usage…"
    const usageTypes = [...new Set(data.resources.map((r) => r.type))].filter((t) => this.usageKeys.has(t));
    void this.panel.webview.postMessage({ type: 'data', data: { ...data, usageTypes } });
  }

  private async receive(message: Message): Promise<void> {
    if (message.type === 'ready') this.post();
    else if (message.type === 'open' && typeof message.path === 'string') {
      const line = Math.max(0, (message.line ?? 1) - 1);
      const document = await vscode.workspace.openTextDocument(vscode.Uri.file(message.path));
      await vscode.window.showTextDocument(document, { viewColumn: vscode.ViewColumn.One, selection: new vscode.Range(line, 0, line, 0) });
    } else if (message.type === 'setUsage' && message.target) {
      await vscode.commands.executeCommand(COMMANDS.setUsage.id, message.target satisfies SetUsageTarget);
    } else if (message.type === 'copy') {
      const roots = this.roots(this.target);
      await vscode.env.clipboard.writeText(estimateMarkdown(roots.map((r) => ({ dir: r.dir, estimate: r.estimate }))));
      void vscode.window.showInformationMessage('Kensa: cost estimate copied as Markdown.');
    }
  }

  dispose(): void {
    for (const s of this.subscriptions) s.dispose();
    this.panel?.dispose();
  }
}

/** Registers kensa.estimateCost; `media` is the extension's media/ folder. */
export function registerCostReport(service: WorkspaceAnalysis, media: vscode.Uri, usageKeys: UsageKeyCatalogue): vscode.Disposable {
  const report = new CostReport(service, media, usageKeys);
  return vscode.Disposable.from(report, vscode.commands.registerCommand(COMMANDS.estimateCost.id, (uri?: vscode.Uri) => report.run(uri)));
}
