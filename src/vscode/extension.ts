/**
 * The extension's entry point: builds the services and registers each feature. Every disposable
 * goes to context.subscriptions, so deactivation releases everything without a deactivate().
 */
import * as vscode from 'vscode';
import { registerBranchReview } from './branch-review';
import { registerCodeActions } from './code-actions';
import { COMMANDS } from './commands';
import { registerCostLenses } from './cost-lenses';
import { registerCostReport } from './cost-report';
import { registerCostStatus } from './cost-status';
import { EvaluationInputs, registerEvaluationInputs } from './evaluation-inputs';
import { Problems } from './problems';
import { registerRuleDocs } from './rule-docs';
import { affectsAnalysis, isTerraformDocument } from './terraform-documents';
import { WorkspaceAnalysis, watchWorkspace } from './workspace-analysis';

/** Called by VS Code on the first activation event (see package.json activationEvents). */
export function activate(context: vscode.ExtensionContext): void {
  const inputs = new EvaluationInputs(context.workspaceState);
  const service = new WorkspaceAnalysis(inputs);
  const problems = new Problems(service);
  context.subscriptions.push(
    inputs,
    service,
    registerEvaluationInputs(inputs),
    inputs.onDidChange(() => service.schedule(0)),
    problems,
    watchWorkspace(service, (d) => affectsAnalysis(d) || isTerraformDocument(d)),
    registerRuleDocs(),
    registerCodeActions(problems),
    registerCostLenses(service),
    registerCostStatus(service),
    registerCostReport(service, vscode.Uri.joinPath(context.extensionUri, 'media')),
    registerBranchReview(vscode.Uri.joinPath(context.extensionUri, 'media'), inputs),
    vscode.commands.registerCommand(COMMANDS.refresh.id, async () => {
      service.runNow();
    }),
  );
}
