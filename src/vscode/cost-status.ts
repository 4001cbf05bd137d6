/**
 * The status bar total: the monthly cost of the root module the active editor's file belongs to
 * ("Kensa $1,234.00/mo"); a click opens the estimate. Hidden when the file belongs to no root.
 */
import * as vscode from 'vscode';
import { money } from '../cost';
import { COMMANDS } from './commands';
import { corePath, type WorkspaceAnalysis } from './workspace-analysis';

/** The status bar text for a root's total, with the count of components left out. */
export function statusText(total: number): string {
  return `Kensa ${money(total)}/mo`;
}

export function registerCostStatus(service: WorkspaceAnalysis): vscode.Disposable {
  const item = vscode.window.createStatusBarItem('kensa.cost', vscode.StatusBarAlignment.Right, 100);
  item.name = 'Kensa monthly cost';
  item.command = COMMANDS.estimateCost.id;
  const update = (): void => {
    const uri = vscode.window.activeTextEditor?.document.uri;
    const found = uri?.scheme === 'file' ? service.estimateOf(corePath(uri)) : undefined;
    if (!found) {
      item.hide();
      return;
    }
    const e = found.estimate;
    const left = e.usageBasedComponents + e.unknownComponents;
    item.text = `${statusText(e.totalMonthlyCost)}`;
    item.tooltip = `Monthly cost of the root module ${found.dir}${left ? `, not counting ${left} usage-based or unknown component${left === 1 ? '' : 's'}` : ''}. Click for the estimate.`;
    item.show();
  };
  update();
  return vscode.Disposable.from(item, service.onDidAnalyze(update), vscode.window.onDidChangeActiveTextEditor(update));
}
