/**
 * What feeds evaluation besides the files: the variables files picked by the user (beyond
 * terraform.tfvars and *.auto.tfvars, which Terraform always reads) and the Terraform workspace
 * name (terraform.workspace). Both are remembered per VS Code workspace (workspaceState), shown in
 * the status bar, and changed with a QuickPick; the commands also take the value as an argument
 * so tests run them without asking. Variables files are picked per root module, as `terraform
 * plan -var-file` is run in one: the status bar shows the picks of the active editor's root module
 * (with kensa.varFiles, which feed every root), and a pick feeds that root only.
 */
import * as vscode from 'vscode';
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { isWithin, normalizePath, relativePath } from '../terraform';
import { COMMANDS, SETTINGS } from './commands';

/** Root module directory (normalized, absolute) -> the variables files picked for it. */
const VAR_FILES_KEY = 'kensa-var-files-by-root';
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

  private get picks(): Readonly<Record<string, readonly string[]>> {
    return this.state.get<Record<string, string[]>>(VAR_FILES_KEY, {});
  }

  /** The files picked for the root module at `root` (normalized, absolute). */
  varFilesFor(root: string): readonly string[] {
    return this.picks[normalizePath(root)] ?? [];
  }

  /** The picks of every root module at or under `dir` (a workspace folder): root -> files. */
  rootVarFiles(dir: string): Record<string, readonly string[]> {
    return Object.fromEntries(Object.entries(this.picks).filter(([root, files]) => files.length && (root === dir || isWithin(dir, root))));
  }

  /** terraform.workspace: "default" unless picked. */
  get workspace(): string {
    return this.state.get<string>(WORKSPACE_KEY, 'default');
  }

  /** Replaces the files picked for the root module at `root`. */
  async setVarFiles(root: string, paths: readonly string[]): Promise<void> {
    const picks = { ...this.picks };
    const files = [...new Set(paths.map(normalizePath))].sort();
    if (files.length) picks[normalizePath(root)] = files;
    else delete picks[normalizePath(root)];
    await this.state.update(VAR_FILES_KEY, Object.keys(picks).length ? picks : undefined);
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

/** The root modules of the latest analysis, and the one the active editor's file belongs to. */
export interface RootModules {
  /** Every root module directory (normalized, absolute). */
  all(): readonly string[];
  /** The root module that evaluates `path` (normalized): the file's own root, else one calling its module. */
  of(path: string): string | undefined;
  readonly onDidChange: vscode.Event<void>;
}

/** A label for a root module directory: relative to its workspace folder. */
function rootLabel(root: string): string {
  const folder = vscode.workspace.getWorkspaceFolder(vscode.Uri.file(root));
  if (!folder) return root;
  const rel = relativePath(normalizePath(folder.uri.fsPath), root);
  return rel === '.' ? `${folder.name} (folder root)` : rel;
}

/** The root module the picks are for: the active editor's, the only one, or one the user picks. */
async function currentRoot(roots: RootModules, ask: boolean): Promise<string | undefined> {
  const active = vscode.window.activeTextEditor?.document.uri;
  const own = active?.scheme === 'file' ? roots.of(normalizePath(active.fsPath)) : undefined;
  if (own) return own;
  const all = roots.all();
  if (all.length === 1) return all[0];
  if (!ask || !all.length) return undefined;
  const picked = await vscode.window.showQuickPick(
    all.map((root) => ({ label: rootLabel(root), root })),
    { title: 'Kensa: variables files for which root module?' },
  );
  return picked?.root;
}

async function pickVarFiles(inputs: EvaluationInputs, root: string): Promise<readonly string[] | undefined> {
  const found = await vscode.workspace.findFiles('**/*.{tfvars,tfvars.json}', '**/{.terraform,.terragrunt-cache,node_modules}/**');
  const picked = new Set(inputs.varFilesFor(root));
  const items = found
    .filter((u) => u.scheme === 'file' && !isAutomatic(u.path.slice(u.path.lastIndexOf('/') + 1)))
    .map((u) => {
      const path = normalizePath(u.fsPath);
      const folder = vscode.workspace.getWorkspaceFolder(u);
      // files beside the root module first: the likely ones
      const near = isWithin(root, path);
      return { label: folder ? relativePath(normalizePath(folder.uri.fsPath), path) : path, path, picked: picked.has(path), near };
    })
    .sort((a, b) => Number(b.near) - Number(a.near) || (a.label < b.label ? -1 : a.label > b.label ? 1 : 0));
  if (!items.length) {
    void vscode.window.showInformationMessage('Kensa: no .tfvars files besides terraform.tfvars and *.auto.tfvars, which are always read.');
    return undefined;
  }
  const chosen = await vscode.window.showQuickPick(items, {
    canPickMany: true,
    title: `Kensa: variables files for ${rootLabel(root)}`,
    placeHolder: 'terraform.tfvars and *.auto.tfvars are always read',
  });
  return chosen?.map((c) => c.path);
}

/** The root module for files given to kensa.selectVarFiles: the root holding the first file, else the current one. */
function rootOfFiles(roots: RootModules, paths: readonly string[]): string | undefined {
  const first = paths[0];
  if (!first) return undefined;
  const holding = roots.all().filter((root) => isWithin(root, first)).sort((a, b) => b.length - a.length);
  return holding[0];
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
 * paths or URIs (replacing the selection) and an optional root module directory (default: the
 * root module holding the first file, else the active editor's); kensa.selectWorkspace an
 * optional name. Both return the value in force afterwards.
 */
export function registerEvaluationInputs(inputs: EvaluationInputs, roots: RootModules): vscode.Disposable {
  const files = vscode.window.createStatusBarItem('kensa-var-files', vscode.StatusBarAlignment.Left, 10);
  files.name = 'Kensa variables files';
  files.command = COMMANDS.selectVarFiles.id;
  const workspace = vscode.window.createStatusBarItem('kensa-workspace', vscode.StatusBarAlignment.Left, 9);
  workspace.name = 'Kensa Terraform workspace';
  workspace.command = COMMANDS.selectWorkspace.id;
  const update = (): void => {
    const active = vscode.window.activeTextEditor?.document.uri;
    const root = active?.scheme === 'file' ? roots.of(normalizePath(active.fsPath)) : roots.all().length === 1 ? roots.all()[0] : undefined;
    const picked = root ? inputs.varFilesFor(root) : [];
    const setting = vscode.workspace.getConfiguration().get<unknown>(SETTINGS.varFiles.key);
    const fromSetting = Array.isArray(setting) ? setting.filter((f): f is string => typeof f === 'string' && f.trim() !== '') : [];
    const all = [...fromSetting, ...picked];
    files.text = `$(symbol-variable) ${all.length === 0 ? 'no tfvars' : all.length === 1 ? baseName(all[0]!) : `${all.length} tfvars`}`;
    files.tooltip = [
      `Variables files Kensa evaluates ${root ? rootLabel(root) : 'the active root module'} with, besides terraform.tfvars and *.auto.tfvars.`,
      ...(fromSetting.length ? [`From kensa.varFiles (every root module):\n${fromSetting.join('\n')}`] : []),
      ...(picked.length ? [`Picked for this root module:\n${picked.join('\n')}`] : []),
      'Click to change.',
    ].join('\n');
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
    roots.onDidChange(update),
    vscode.window.onDidChangeActiveTextEditor(update),
    vscode.workspace.onDidChangeConfiguration((e) => {
      if (e.affectsConfiguration(SETTINGS.varFiles.key)) update();
    }),
    vscode.commands.registerCommand(COMMANDS.selectVarFiles.id, async (given?: readonly (string | vscode.Uri)[], forRoot?: string | vscode.Uri) => {
      const pathOf = (p: string | vscode.Uri): string => normalizePath(typeof p === 'string' ? p : p.fsPath);
      const paths = Array.isArray(given) ? given.map(pathOf) : undefined;
      const root = forRoot !== undefined ? pathOf(forRoot) : ((paths && rootOfFiles(roots, paths)) ?? (await currentRoot(roots, paths === undefined)));
      if (!root) {
        void vscode.window.showInformationMessage('Kensa: open a file of a root module to pick its variables files.');
        return [];
      }
      const chosen = paths ?? (await pickVarFiles(inputs, root));
      if (chosen) await inputs.setVarFiles(root, chosen);
      return inputs.varFilesFor(root);
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
