/**
 * Publishes the parser's syntax diagnostics for open Terraform documents: at once when a document
 * opens (and for those already open), again about 150 ms after the user stops typing, always from
 * the unsaved buffer; cleared when the document closes.
 */
import * as vscode from 'vscode';
import { parseFile } from '../hcl';
import { toVsDiagnostic } from './convert';
import { isTerraformDocument } from './terraform-documents';

/** Quiet time after the last keystroke before a document is parsed again. */
const DEBOUNCE_MS = 150;

/**
 * Keeps `collection` in step with the open Terraform documents. The returned disposable stops
 * listening and cancels pending parses; it does not dispose the collection, whose owner does.
 */
export function registerSyntaxDiagnostics(collection: vscode.DiagnosticCollection): vscode.Disposable {
  const pending = new Map<string, ReturnType<typeof setTimeout>>();

  const cancel = (uri: vscode.Uri): void => {
    const key = uri.toString();
    clearTimeout(pending.get(key));
    pending.delete(key);
  };

  const publish = (document: vscode.TextDocument): void => {
    cancel(document.uri);
    const file = parseFile(document.getText(), document.fileName);
    const uriOf = (path: string): vscode.Uri => (path === document.fileName ? document.uri : vscode.Uri.file(path));
    collection.set(
      document.uri,
      file.diagnostics.map((d) => toVsDiagnostic(d, uriOf)),
    );
  };

  const schedule = (document: vscode.TextDocument): void => {
    cancel(document.uri);
    pending.set(
      document.uri.toString(),
      setTimeout(() => {
        pending.delete(document.uri.toString());
        // Closed while waiting: the close handler has cleared it, do not bring it back.
        if (!document.isClosed) publish(document);
      }, DEBOUNCE_MS),
    );
  };

  // A language change reaches us as a close then an open, so these three cover every case.
  const subscriptions = [
    vscode.workspace.onDidOpenTextDocument((document) => {
      if (isTerraformDocument(document)) publish(document);
    }),
    vscode.workspace.onDidChangeTextDocument((event) => {
      if (event.contentChanges.length > 0 && isTerraformDocument(event.document)) schedule(event.document);
    }),
    vscode.workspace.onDidCloseTextDocument((document) => {
      cancel(document.uri);
      collection.delete(document.uri);
    }),
  ];
  for (const document of vscode.workspace.textDocuments) {
    if (isTerraformDocument(document)) publish(document);
  }

  return new vscode.Disposable(() => {
    for (const timer of pending.values()) clearTimeout(timer);
    pending.clear();
    for (const s of subscriptions) s.dispose();
  });
}
