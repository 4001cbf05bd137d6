/**
 * The extension's entry point: builds the services and registers each feature. Every disposable
 * goes to context.subscriptions, so deactivation releases everything without a deactivate().
 */
import * as vscode from 'vscode';
import { registerSyntaxDiagnostics } from './syntax-diagnostics';

/** Called by VS Code on the first activation event (see package.json activationEvents). */
export function activate(context: vscode.ExtensionContext): void {
  const diagnostics = vscode.languages.createDiagnosticCollection('kensa');
  context.subscriptions.push(diagnostics, registerSyntaxDiagnostics(diagnostics));
}
