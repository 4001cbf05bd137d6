/**
 * Which open documents Kensa reads as Terraform. Native syntax arrives as the language ids this
 * extension (and HashiCorp's) contributes; `.tf.json` and `.tfvars.json` files keep VS Code's `json`
 * language, so they are matched by name instead of by claiming the `.json` extension.
 */
import * as vscode from 'vscode';

// Documents the user edits: on disk, unsaved, or in a virtual workspace. Other schemes (git:, the
// diff editors' originals, output channels) hold copies whose diagnostics would only duplicate.
const schemes = ['file', 'untitled', 'vscode-vfs'];

/** The documents Kensa analyses, as a VS Code document selector. */
export const terraformSelector: vscode.DocumentSelector = schemes.flatMap((scheme) => [
  { scheme, language: 'terraform' },
  { scheme, language: 'terraform-vars' },
  { scheme, language: 'json', pattern: '**/*.{tf,tfvars}.json' },
]);

/** Whether Kensa analyses this document. */
export function isTerraformDocument(document: vscode.TextDocument): boolean {
  return vscode.languages.match(terraformSelector, document) > 0;
}

const TERRAFORM_NAME = /\.(tf|tfvars)(\.json)?$/;

/** Whether a file is Terraform configuration or variables by its name, whatever language it is shown in. */
export function hasTerraformName(uri: vscode.Uri): boolean {
  return TERRAFORM_NAME.test(uri.path);
}

/** Whether editing this document can change an analysis: Terraform by name or language, or kensa.jsonc. */
export function affectsAnalysis(document: vscode.TextDocument): boolean {
  return document.uri.scheme === 'file' && (hasTerraformName(document.uri) || document.uri.path.endsWith('/kensa.jsonc') || isTerraformDocument(document));
}
