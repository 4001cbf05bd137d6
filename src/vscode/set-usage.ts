/**
 * "Kensa: Set usage…" (kensa.setUsage), offered in the cost hover and the cost report: asks which
 * usage key of a resource to set (a QuickPick with each key's unit and meaning from the pricer's
 * declaration, skipped when there is one) and its monthly quantity (an input box showing the current
 * value), writes it into kensa.jsonc's `usage` section (the file the folder's analysis reads, created
 * in the workspace folder when there is none; comments kept), saves it and re-analyses, so the
 * estimate updates. The key and value can be given as arguments (tests, other extensions).
 */
import { readFileSync } from 'node:fs';
import { applyEdits } from 'jsonc-parser';
import * as vscode from 'vscode';
import { COMMANDS } from './commands';
import { configFileFor, currentUsage, parseQuantity, usageAddress, usageEdits, type SetUsageTarget, type UsageKeys } from './set-usage-text';
import type { WorkspaceAnalysis } from './workspace-analysis';

/** What the command returns when it wrote a value. */
export interface SetUsageResult {
  readonly file: string;
  readonly address: string;
  readonly key: string;
  readonly value: number;
}

/** The usage keys by resource type, read once from dist/usage-keys.json. */
export class UsageKeyCatalogue {
  private loaded: UsageKeys | undefined;
  constructor(private readonly path: string) {}
  get keys(): UsageKeys {
    return (this.loaded ??= JSON.parse(readFileSync(this.path, 'utf8')) as UsageKeys);
  }
  has(type: string): boolean {
    return Object.keys(this.keys[type] ?? {}).length > 0;
  }
}

/** The command link the hover shows for a resource. */
export function setUsageLink(target: SetUsageTarget): string {
  return `command:${COMMANDS.setUsage.id}?${encodeURIComponent(JSON.stringify([target]))}`;
}

async function setUsage(service: WorkspaceAnalysis, catalogue: UsageKeyCatalogue, target: SetUsageTarget | undefined, givenKey?: string, givenValue?: number): Promise<SetUsageResult | undefined> {
  if (!target || typeof target.address !== 'string' || typeof target.type !== 'string' || typeof target.folder !== 'string') return undefined;
  const keys = catalogue.keys[target.type] ?? {};
  const names = Object.keys(keys);
  if (!names.length) {
    void vscode.window.showInformationMessage(`Kensa: ${target.type} has no usage-based price to set.`);
    return undefined;
  }
  const address = usageAddress(target.address);
  const config = configFileFor(target.folder);
  const uri = vscode.Uri.file(config.path);
  // an open editor's text (unsaved edits included) is edited in place; a closed file on disk, without
  // opening it: a document opened here would stay among the analysis's open buffers after the file is gone
  const document = vscode.workspace.textDocuments.find((d) => d.uri.scheme === 'file' && d.uri.fsPath === uri.fsPath);
  const text = document ? document.getText() : config.exists ? readFileSync(config.path, 'utf8') : '';

  let key = givenKey;
  if (key === undefined) {
    if (names.length === 1) key = names[0];
    else {
      const picked = await vscode.window.showQuickPick(
        names.map((k) => {
          const now = currentUsage(text, address, k);
          return { label: k, description: keys[k]!.unit + (now !== undefined ? ` · now ${now.toLocaleString('en-US')}` : ''), detail: keys[k]!.description, key: k };
        }),
        { title: `Kensa: Set usage of ${address}`, placeHolder: 'Which usage quantity?', matchOnDetail: true },
      );
      key = picked?.key;
    }
  }
  if (key === undefined) return undefined;
  const spec = keys[key];
  if (!spec) {
    void vscode.window.showErrorMessage(`Kensa: ${target.type} has no usage key "${key}" (it has ${names.join(', ')}).`);
    return undefined;
  }

  let value = givenValue;
  if (value === undefined) {
    const now = currentUsage(text, address, key);
    const typed = await vscode.window.showInputBox({
      title: `Kensa: ${key} of ${address}`,
      prompt: `${spec.description} In ${spec.unit}. Written to ${vscode.workspace.asRelativePath(uri)}.`,
      value: now === undefined ? '' : String(now),
      placeHolder: spec.unit,
      validateInput: (input) => {
        const n = parseQuantity(input);
        return typeof n === 'string' ? n : undefined;
      },
    });
    if (typed === undefined) return undefined;
    const n = parseQuantity(typed);
    if (typeof n === 'string') return undefined;
    value = n;
  }
  if (typeof value !== 'number' || !Number.isFinite(value) || value < 0) return undefined;

  const edits = usageEdits(text, address, key, value);
  if (document) {
    const edit = new vscode.WorkspaceEdit();
    for (const e of edits) edit.replace(uri, new vscode.Range(document.positionAt(e.offset), document.positionAt(e.offset + e.length)), e.content);
    if (!(await vscode.workspace.applyEdit(edit)) || !(await document.save())) {
      void vscode.window.showErrorMessage(`Kensa: could not write ${vscode.workspace.asRelativePath(uri)}.`);
      return undefined;
    }
  } else {
    await vscode.workspace.fs.writeFile(uri, new TextEncoder().encode(applyEdits(text, edits)));
  }
  // the estimate follows the file now, not after the watcher's debounce
  await service.runNow();
  return { file: config.path, address, key, value };
}

/** Registers kensa.setUsage. */
export function registerSetUsage(service: WorkspaceAnalysis, catalogue: UsageKeyCatalogue): vscode.Disposable {
  return vscode.commands.registerCommand(COMMANDS.setUsage.id, (target?: SetUsageTarget, key?: string, value?: number) => setUsage(service, catalogue, target, key, value));
}
