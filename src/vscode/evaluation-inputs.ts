/**
 * What feeds evaluation besides the files: the variables files picked by the user (beyond
 * terraform.tfvars and *.auto.tfvars, which Terraform always reads) and the Terraform workspace
 * name (terraform.workspace). Both are remembered per VS Code workspace (workspaceState), shown in
 * the status bar, and changed with a QuickPick; the commands also take the value as an argument
 * so tests run them without asking. Like `kensa scan --var-file`, a picked file feeds every root
 * module of its workspace folder.
 */
import * as vscode from 'vscode';
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { normalizePath, relativePath } from '../terraform';
import { COMMANDS } from './commands';

const VAR_FILES_KEY = 'kensa-var-files';
const WORKSPACE_KEY = 'kensa-terraform-workspace';

/** Variables files Terraform reads by itself: never offered, they are always in. */
function isAutomatic(name: string): boolean {
  return name === 'terraform.tfvars' || name === 'terraform.tfvars.json' || name.endsWith('.auto.tfvars') || name.endsWith('.auto.tfvars.json');
}

export class EvaluationInputs implements vscode.Disposable {
  private readonly changed = new vscode.EventEmitter<void>();
  /** Fires when the picked files or the workspace name change. */
  readonly onDidChange = this.changed.event;

  constructor(private readonly state: vscode.Memento) {}

  /** The picked files, as absolute normalized paths. */
  get varFiles(): readonly string[] {
    return this.state.get<string[]>(VAR_FILES_KEY, []);
  }

  /** The picked files under `dir` (a workspace folder), for its analysis. */
  varFilesOf(dir: string): string[] {
    return this.varFiles.filter((f) => f.startsWith(dir + '/'));
  }

  /** terraform.workspace: "default" unless picked. */
  get workspace(): string {
    return this.state.get<string>(WORKSPACE_KEY, 'default');
  }

  async setVarFiles(paths: readonly string[]): Promise<void> {
    await this.state.update(VAR_FILES_KEY, [...new Set(paths.map(normalizePath))].sort());
    this.changed.fire();
  }

  async setWorkspace(name: string): Promise<void> {
    await this.state.update(WORKSPACE_KEY, name === 'default' ? undefined : name);
    this.changed.fire();
  }

  dispose(): void {
    this.changed.dispose();
  }
}

async function pickVarFiles(inputs: EvaluationInputs): Promise<readonly string[] | undefined> {
  const found = await vscode.workspace.findFiles('**/*.{tfvars,tfvars.json}', '**/{.terraform,.terragrunt-cache,node_modules}/**');
  const picked = new Set(inputs.varFiles);
  const items = found
    .filter((u) => u.scheme === 'file' && !isAutomatic(u.path.slice(u.path.lastIndexOf('/') + 1)))
    .map((u) => {
      const path = normalizePath(u.fsPath);
      const folder = vscode.workspace.getWorkspaceFolder(u);
      return { label: folder ? relativePath(normalizePath(folder.uri.fsPath), path) : path, path, picked: picked.has(path) };
    })
    .sort((a, b) => (a.label < b.label ? -1 : a.label > b.label ? 1 : 0));
  if (!items.length) {
    void vscode.window.showInformationMessage('Kensa: no .tfvars files besides terraform.tfvars and *.auto.tfvars, which are always read.');
    return undefined;
  }
  const chosen = await vscode.window.showQuickPick(items, { canPickMany: true, title: 'Kensa: variables files to evaluate with', placeHolder: 'terraform.tfvars and *.auto.tfvars are always read' });
  return chosen?.map((c) => c.path);
}

/** "default" and the workspaces Terraform created (terraform.tfstate.d/NAME) in any workspace folder's tree top. */
function knownWorkspaces(): string[] {
  const names = new Set(['default']);
  for (const folder of vscode.workspace.workspaceFolders ?? []) {
    if (folder.uri.scheme !== 'file') continue;
    try {
      for (const e of readdirSync(join(folder.uri.fsPath, 'terraform.tfstate.d'), { withFileTypes: true })) if (e.isDirectory()) names.add(e.name);
    } catch {
      // no workspaces created there
    }
  }
  return [...names];
}

async function pickWorkspace(current: string): Promise<string | undefined> {
  const quickPick = vscode.window.createQuickPick();
  const known = knownWorkspaces().map((label) => ({ label, description: label === current ? 'current' : '' }));
  quickPick.title = 'Kensa: Terraform workspace (terraform.workspace)';
  quickPick.placeholder = 'Pick a workspace or type a name';
  quickPick.items = known;
  // free text: what is typed is offered as a name of its own
  quickPick.onDidChangeValue((value) => {
    const typed = value.trim();
    quickPick.items = typed && !known.some((k) => k.label === typed) ? [{ label: typed, description: 'use this name' }, ...known] : known;
  });
  return new Promise((resolve) => {
    quickPick.onDidAccept(() => {
      resolve(quickPick.selectedItems[0]?.label ?? (quickPick.value.trim() || undefined));
      quickPick.hide();
    });
    quickPick.onDidHide(() => {
      resolve(undefined);
      quickPick.dispose();
    });
    quickPick.show();
  });
}

/**
 * The two status bar items and their commands. kensa.selectVarFiles takes an optional list of
 * paths or URIs (replacing the selection); kensa.selectWorkspace an optional name. Both return
 * the value in force afterwards.
 */
export function registerEvaluationInputs(inputs: EvaluationInputs): vscode.Disposable {
  const files = vscode.window.createStatusBarItem('kensa-var-files', vscode.StatusBarAlignment.Left, 10);
  files.name = 'Kensa variables files';
  files.command = COMMANDS.selectVarFiles.id;
  const workspace = vscode.window.createStatusBarItem('kensa-workspace', vscode.StatusBarAlignment.Left, 9);
  workspace.name = 'Kensa Terraform workspace';
  workspace.command = COMMANDS.selectWorkspace.id;
  const update = (): void => {
    const n = inputs.varFiles.length;
    files.text = `$(symbol-variable) ${n === 0 ? 'no tfvars' : n === 1 ? baseName(inputs.varFiles[0]!) : `${n} tfvars`}`;
    files.tooltip = `Variables files Kensa evaluates with, besides terraform.tfvars and *.auto.tfvars${n ? `:\n${inputs.varFiles.join('\n')}` : ''}. Click to change.`;
    workspace.text = `$(layers) ${inputs.workspace}`;
    workspace.tooltip = 'The Terraform workspace Kensa evaluates with (terraform.workspace). Click to change.';
    files.show();
    workspace.show();
  };
  update();
  return vscode.Disposable.from(
    files,
    workspace,
    inputs.onDidChange(update),
    vscode.commands.registerCommand(COMMANDS.selectVarFiles.id, async (given?: readonly (string | vscode.Uri)[]) => {
      const paths = Array.isArray(given) ? given.map((p) => normalizePath(typeof p === 'string' ? p : p.fsPath)) : await pickVarFiles(inputs);
      if (paths) await inputs.setVarFiles(paths);
      return inputs.varFiles;
    }),
    vscode.commands.registerCommand(COMMANDS.selectWorkspace.id, async (given?: string) => {
      const name = typeof given === 'string' ? given.trim() : await pickWorkspace(inputs.workspace);
      if (name) await inputs.setWorkspace(name);
      return inputs.workspace;
    }),
  );
}

function baseName(path: string): string {
  return path.slice(path.lastIndexOf('/') + 1);
}
