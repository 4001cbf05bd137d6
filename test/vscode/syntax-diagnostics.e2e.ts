/**
 * Syntax diagnostics in a real VS Code: what the user sees for the fixture workspace
 * (test/vscode/workspace: broken/ and valid/), as they open, edit and close Terraform files.
 * Policy findings (diagnostics whose code links to a rule) are the findings suite's business and
 * are left out here.
 */
import assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { sleep, waitFor } from './wait-for';

/** A diagnostic reduced to what the user sees; lines and characters zero-based, as VS Code counts. */
interface Seen {
  message: string;
  range: [startLine: number, startCharacter: number, endLine: number, endCharacter: number];
  severity: vscode.DiagnosticSeverity;
  source: string | undefined;
}

const ERROR = vscode.DiagnosticSeverity.Error;

// What the parser reports for the fixtures (`kensa parse FILE` prints the same, one-based).
// Line 16's 📦 is two UTF-16 units: `Owner` starts at character 30, not 29.
const BROKEN_TF: Seen[] = [
  {
    message: 'Missing expression: Expected the start of an expression, but found the end of the line.',
    range: [3, 10, 3, 10],
    severity: ERROR,
    source: 'kensa',
  },
  {
    message: 'Missing attribute separator: Expected a newline or comma to mark the beginning of the next attribute.',
    range: [15, 30, 15, 35],
    severity: ERROR,
    source: 'kensa',
  },
];
const BROKEN_TF_JSON: Seen[] = [
  {
    message: 'Invalid JSON: Expected a comma before the next property or element.',
    range: [5, 8, 5, 35],
    severity: ERROR,
    source: 'kensa',
  },
];
/** Typed into valid.tf inside `locals { ... }`, as a new line 9 (zero-based 8). */
const TYPED_ERROR = '  broken =\n';
const AFTER_TYPING: Seen[] = [
  {
    message: 'Missing expression: Expected the start of an expression, but found the end of the line.',
    range: [8, 10, 8, 10],
    severity: ERROR,
    source: 'kensa',
  },
];

/** Longer than the extension's debounce, so a document that stays clean has been looked at. */
const SETTLE_MS = 600;

const seen = (d: vscode.Diagnostic): Seen => ({
  message: d.message,
  range: [d.range.start.line, d.range.start.character, d.range.end.line, d.range.end.character],
  severity: d.severity,
  source: d.source,
});

const fixture = (name: string): vscode.Uri => vscode.Uri.joinPath(vscode.workspace.workspaceFolders![0]!.uri, name);

/** Kensa's diagnostics other than policy findings (those have a code object naming the rule). */
const kensaDiagnostics = (uri: vscode.Uri): vscode.Diagnostic[] =>
  vscode.languages.getDiagnostics(uri).filter((d) => d.source === 'kensa' && typeof d.code !== 'object');

async function open(name: string): Promise<vscode.TextEditor> {
  return vscode.window.showTextDocument(await vscode.workspace.openTextDocument(fixture(name)));
}

async function waitForDiagnostics(uri: vscode.Uri, count: number, what: string): Promise<Seen[]> {
  const found = await waitFor(() => {
    const all = kensaDiagnostics(uri);
    return all.length === count ? all : undefined;
  }, `${count} diagnostic(s) ${what}`);
  return found.map(seen);
}

describe('syntax diagnostics in VS Code', () => {
  after(async () => {
    await vscode.commands.executeCommand('workbench.action.closeAllEditors');
  });

  it('runs in a Node extension host', () => {
    const { version, env } = vscode;
    console.log(`    vscode ${version}, node ${process.versions.node}, appHost ${env.appHost}, remote ${env.remoteName}`);
    assert.equal(typeof process.versions.node, 'string');
  });

  it('activates on a .tf file', async () => {
    const editor = await open('broken/broken.tf');
    assert.equal(editor.document.languageId, 'terraform');
    const kensa = vscode.extensions.getExtension('kensa.kensa');
    assert.ok(kensa, 'the extension under development is installed as kensa.kensa');
    await waitFor(() => (kensa.isActive ? true : undefined), 'the extension to activate');
    // the engine runs on a worker thread: the extension host's thread is not held up by an analysis
    assert.equal((kensa.exports as { analysisOnWorkerThread: boolean }).analysisOnWorkerThread, true);
  });

  it('reports the exact syntax errors of a broken .tf file', async () => {
    await open('broken/broken.tf');
    assert.deepEqual(await waitForDiagnostics(fixture('broken/broken.tf'), BROKEN_TF.length, 'in broken.tf'), BROKEN_TF);
  });

  it('reports the exact syntax errors of a broken .tf.json file, which stays in the json language', async () => {
    const editor = await open('broken/broken.tf.json');
    assert.equal(editor.document.languageId, 'json');
    const found = await waitForDiagnostics(fixture('broken/broken.tf.json'), BROKEN_TF_JSON.length, 'in broken.tf.json');
    assert.deepEqual(found, BROKEN_TF_JSON);
  });

  for (const name of ['valid/valid.tf', 'valid/valid.tf.json']) {
    it(`reports nothing for ${name}`, async () => {
      const editor = await open(name);
      await sleep(SETTLE_MS);
      assert.deepEqual(kensaDiagnostics(editor.document.uri).map(seen), []);
    });
  }

  it('follows edits to the unsaved buffer: an error appears, then goes when it is removed', async () => {
    const editor = await open('valid/valid.tf');
    const uri = editor.document.uri;
    const original = editor.document.getText();
    const at = new vscode.Position(8, 0);
    const insert = new vscode.WorkspaceEdit();
    insert.insert(uri, at, TYPED_ERROR);
    assert.ok(await vscode.workspace.applyEdit(insert));
    assert.deepEqual(await waitForDiagnostics(uri, AFTER_TYPING.length, 'after typing an error'), AFTER_TYPING);

    const remove = new vscode.WorkspaceEdit();
    remove.delete(uri, new vscode.Range(at, at.translate(1)));
    assert.ok(await vscode.workspace.applyEdit(remove));
    assert.equal(editor.document.getText(), original);
    await waitForDiagnostics(uri, 0, 'after removing the error');
    await vscode.commands.executeCommand('workbench.action.files.revert');
  });

  it('clears diagnostics when the document closes', async () => {
    // Closing an editor does not close its document at once (VS Code keeps it for a while), but a
    // language change does: the extension host sees a close, then an open in the new language.
    const uri = fixture('broken/broken.tf');
    const { document } = await open('broken/broken.tf');
    await waitForDiagnostics(uri, BROKEN_TF.length, 'in broken.tf');
    const plain = await vscode.languages.setTextDocumentLanguage(document, 'plaintext');
    await waitForDiagnostics(uri, 0, 'once broken.tf is closed as Terraform');
    await vscode.languages.setTextDocumentLanguage(plain, 'terraform');
    assert.deepEqual(await waitForDiagnostics(uri, BROKEN_TF.length, 'when broken.tf is Terraform again'), BROKEN_TF);
  });
});
