/**
 * The extension's entry point: builds the services and registers each feature. Every disposable
 * goes to context.subscriptions, so deactivation releases everything without a deactivate().
 */
import * as vscode from 'vscode';
import { AnalysisRunner } from './analysis-runner';
import { registerBranchReview } from './branch-review';
import { registerCodeActions } from './code-actions';
import { COMMANDS } from './commands';
import { coreBundle, setCoreBundlePath } from './core-bundle';
import { registerCostLenses } from './cost-lenses';
import { registerCostReport } from './cost-report';
import { registerCostStatus } from './cost-status';
import { EvaluationInputs, registerEvaluationInputs } from './evaluation-inputs';
import { Problems } from './problems';
import { registerRuleDocs } from './rule-docs';
import { registerSetUsage, UsageKeyCatalogue } from './set-usage';
import { affectsAnalysis, isTerraformDocument } from './terraform-documents';
import { WorkspaceAnalysis, watchWorkspace } from './workspace-analysis';

/** What activate() returns to other extensions (and the end-to-end tests). */
export interface KensaApi {
  /** Whether the engine runs on a worker thread (else, where none can start, in the extension host's). */
  readonly analysisOnWorkerThread: boolean;
}

/**
 * Called by VS Code on the first activation event (see package.json activationEvents). Quick: this
 * bundle holds the editor features only; the engine is a separate bundle, started as a worker
 * thread after activation returns and loaded here only for what needs it (rule documentation).
 */
export function activate(context: vscode.ExtensionContext): KensaApi {
  const inputs = new EvaluationInputs(context.workspaceState);
  // the engine runs on this worker thread, so the extension host's thread stays free
  const workerPath = vscode.Uri.joinPath(context.extensionUri, 'dist', 'analysis-worker.js').fsPath;
  setCoreBundlePath(workerPath);
  const runner = new AnalysisRunner(workerPath, () => coreBundle().createJobRunner());
  const service = new WorkspaceAnalysis(runner, inputs);
  const problems = new Problems(service);
  const usageKeys = new UsageKeyCatalogue(vscode.Uri.joinPath(context.extensionUri, 'dist', 'usage-keys.json').fsPath);
  context.subscriptions.push(
    inputs,
    service,
    registerEvaluationInputs(inputs, service.roots),
    inputs.onDidChange(() => service.schedule(0)),
    problems,
    watchWorkspace(service, (d) => affectsAnalysis(d) || isTerraformDocument(d)),
    registerRuleDocs(vscode.Uri.joinPath(context.extensionUri, 'dist', 'rule-docs.json').fsPath),
    registerCodeActions(problems),
    registerCostLenses(service, usageKeys),
    registerCostStatus(service),
    registerCostReport(service, vscode.Uri.joinPath(context.extensionUri, 'media'), usageKeys),
    registerSetUsage(service, usageKeys),
    registerBranchReview(vscode.Uri.joinPath(context.extensionUri, 'media'), workerPath, inputs),
    vscode.commands.registerCommand(COMMANDS.refresh.id, async () => {
      await service.runNow();
    }),
  );
  return {
    get analysisOnWorkerThread() {
      return runner.usesWorker;
    },
  };
}
