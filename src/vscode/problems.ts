/**
 * Publishes what the analysis found as VS Code diagnostics: policy findings (the rule id as the
 * code, linked to its documentation) and configuration problems (syntax, evaluation, kensa.jsonc)
 * for every file of the workspace folders, open or not. Open Terraform documents outside any
 * analyzed folder (untitled, other files) get their syntax diagnostics. A Terraform file the user
 * has switched to another language shows nothing. Findings are per resource instance; the
 * instances that share a place (count, for_each, a module called twice) are one diagnostic that
 * names them, so the place is listed and its quick fixes offered once. Keeps, per file, which
 * finding each diagnostic shows, for the code actions.
 */
import * as vscode from 'vscode';
import { parseFile } from '../hcl';
import { findingPlaces, type Finding } from '../policy';
import { toFindingDiagnostic, toVsDiagnostic } from './convert';
import { ruleDocsLink } from './rule-docs';
import { hasTerraformName, isTerraformDocument } from './terraform-documents';
import { corePath, type FolderAnalysis, type WorkspaceAnalysis } from './workspace-analysis';

/** A finding shown in a file, with the analysis it came from (whose texts its fixes refer to). */
export interface ShownFinding {
  /** The first instance's finding: its place, message and fixes are those of every instance. */
  readonly finding: Finding;
  /** The resource instances the diagnostic stands for, in the analysis's order. */
  readonly instances: readonly string[];
  readonly diagnostic: vscode.Diagnostic;
  readonly source: FolderAnalysis;
}

export class Problems implements vscode.Disposable {
  private readonly collection = vscode.languages.createDiagnosticCollection('kensa');
  private findings = new Map<string, ShownFinding[]>();
  private readonly subscriptions: vscode.Disposable[];

  constructor(private readonly service: WorkspaceAnalysis) {
    this.subscriptions = [service.onDidAnalyze(() => this.publish())];
  }

  /** The findings shown in a file (by URI), in the order published. */
  findingsIn(uri: vscode.Uri): readonly ShownFinding[] {
    return this.findings.get(uri.toString()) ?? [];
  }

  private publish(): void {
    const byUri = new Map<string, { uri: vscode.Uri; diagnostics: vscode.Diagnostic[] }>();
    const findings = new Map<string, ShownFinding[]>();
    const entry = (file: string): { uri: vscode.Uri; diagnostics: vscode.Diagnostic[] } => {
      const uri = vscode.Uri.file(file);
      const key = uri.toString();
      let e = byUri.get(key);
      if (!e) byUri.set(key, (e = { uri, diagnostics: [] }));
      return e;
    };
    const uriOf = (file: string): vscode.Uri => vscode.Uri.file(file);
    for (const source of this.service.folders) {
      for (const d of source.diagnostics) entry(d.file).diagnostics.push(toVsDiagnostic(d, uriOf));
      for (const place of findingPlaces(source.findings)) {
        const finding = place.finding;
        const e = entry(finding.file);
        const diagnostic = toFindingDiagnostic(place, uriOf, ruleDocsLink(finding.ruleId));
        e.diagnostics.push(diagnostic);
        const key = e.uri.toString();
        let shown = findings.get(key);
        if (!shown) findings.set(key, (shown = []));
        shown.push({ finding, instances: place.instances, diagnostic, source });
      }
    }
    for (const document of vscode.workspace.textDocuments) {
      const key = document.uri.toString();
      if (hasTerraformName(document.uri) && !isTerraformDocument(document)) {
        // shown as another language: the user does not want it read as Terraform
        byUri.delete(key);
        findings.delete(key);
      } else if (isTerraformDocument(document) && !this.analyzed(document.uri)) {
        const file = parseFile(document.getText(), document.fileName);
        const docUri = (path: string): vscode.Uri => (path === document.fileName ? document.uri : vscode.Uri.file(path));
        byUri.set(key, { uri: document.uri, diagnostics: file.diagnostics.map((d) => toVsDiagnostic(d, docUri)) });
      }
    }
    this.collection.forEach((uri) => {
      if (!byUri.has(uri.toString())) this.collection.delete(uri);
    });
    for (const { uri, diagnostics } of byUri.values()) this.collection.set(uri, diagnostics);
    this.findings = findings;
  }

  private analyzed(uri: vscode.Uri): boolean {
    return uri.scheme === 'file' && this.service.folderOf(corePath(uri)) !== undefined;
  }

  dispose(): void {
    for (const s of this.subscriptions) s.dispose();
    this.collection.dispose();
  }
}
