/**
 * The session's analysis of the workspace: every file-system workspace folder analyzed by the
 * engine (policy findings, configuration problems, cost estimates), with open documents' unsaved
 * text, one EvalCache kept for the whole session so a re-run after an edit re-evaluates only what
 * changed. Re-runs are debounced; each run fires onDidAnalyze, which every feature listens to.
 */
import * as vscode from 'vscode';
import { analyze, estimateAnalysis, type Analysis } from '../engine';
import type { Estimate } from '../cost';
import { ruleSettingOf, type PricingSettings } from '../config';
import type { RuleSetting } from '../policy';
import { EvalCache, isWithin, joinPath, normalizePath } from '../terraform';
import { SETTINGS } from './commands';
import type { EvaluationInputs } from './evaluation-inputs';
import { workspaceHost } from './workspace-host';

/** One workspace folder's latest analysis. */
export interface FolderAnalysis {
  readonly folder: vscode.WorkspaceFolder;
  /** The folder's path as the core names it (normalized, absolute). */
  readonly dir: string;
  readonly analysis: Analysis;
  readonly estimates: readonly { readonly dir: string; readonly estimate: Estimate }[];
  /** The text of every file the run read, by normalized path: what positions and fixes refer to. */
  readonly texts: ReadonlyMap<string, string>;
}

/** Quiet time after the last keystroke before the workspace is analyzed again. */
export const DEBOUNCE_MS = 300;

/** The normalized path the core uses for a file URI. */
export function corePath(uri: vscode.Uri): string {
  return normalizePath(uri.fsPath);
}

export class WorkspaceAnalysis implements vscode.Disposable {
  private readonly cache = new EvalCache();
  private readonly changed = new vscode.EventEmitter<void>();
  private timer: ReturnType<typeof setTimeout> | undefined;
  private latest: readonly FolderAnalysis[] = [];
  private waiting: (() => void)[] = [];

  /** `inputs`, when given, supplies the picked variables files and terraform.workspace. */
  constructor(private readonly inputs?: EvaluationInputs) {}

  /** Fires after each run, when `folders` holds the new results. */
  readonly onDidAnalyze = this.changed.event;

  get folders(): readonly FolderAnalysis[] {
    return this.latest;
  }

  /** Runs again after the debounce delay (restarting it when already waiting). */
  schedule(delay = DEBOUNCE_MS): void {
    clearTimeout(this.timer);
    this.timer = setTimeout(() => this.runNow(), delay);
  }

  /** Resolves once no run is pending: at once when idle, else after the pending run. */
  settled(): Promise<void> {
    if (this.timer === undefined) return Promise.resolve();
    return new Promise((resolve) => this.waiting.push(resolve));
  }

  /** Analyzes every folder now, synchronously, then notifies listeners. */
  runNow(): void {
    clearTimeout(this.timer);
    this.timer = undefined;
    const overlay = new Map<string, string>();
    for (const document of vscode.workspace.textDocuments) {
      if (document.uri.scheme === 'file') overlay.set(corePath(document.uri), document.getText());
    }
    const { region, ruleSettings, exclude, varFiles: settingVarFiles, pricing } = editorSettings();
    const results: FolderAnalysis[] = [];
    for (const folder of vscode.workspace.workspaceFolders ?? []) {
      if (folder.uri.scheme !== 'file') continue;
      const dir = corePath(folder.uri);
      const host = workspaceHost(overlay);
      try {
        // kensa.varFiles (relative to the folder) first, then the files picked: later files win, as with -var-file
        const varFiles = [...new Set([...settingVarFiles.map((f) => joinPath(dir, f)), ...(this.inputs?.varFilesOf(dir) ?? [])])];
        const workspace = this.inputs?.workspace ?? 'default';
        const analysis = analyze(host, dir, {
          cache: this.cache,
          ...(region ? { defaultRegion: region } : {}),
          ...(varFiles.length ? { varFiles } : {}),
          ...(workspace !== 'default' ? { workspace } : {}),
          ...(ruleSettings ? { ruleSettings } : {}),
          ...(exclude.length ? { exclude } : {}),
          ...(pricing ? { pricing } : {}),
        });
        const estimates = estimateAnalysis(analysis, region ? { region } : {});
        results.push({ folder, dir, analysis, estimates, texts: host.texts });
      } catch (e) {
        // analyze() promises not to throw; if it does, keep the extension alive and say so
        console.error(`kensa: analyzing ${dir} failed`, e);
      }
    }
    this.latest = results;
    this.changed.fire();
    const waiting = this.waiting;
    this.waiting = [];
    for (const resolve of waiting) resolve();
  }

  /** The folder analysis whose folder holds `path` (normalized), if any. */
  folderOf(path: string): FolderAnalysis | undefined {
    return this.latest.find((f) => isWithin(f.dir, path));
  }

  /** The root module estimate that prices resources of `path`, or the root in the file's directory. */
  estimateOf(path: string): { folder: FolderAnalysis; dir: string; estimate: Estimate } | undefined {
    for (const folder of this.latest) {
      for (const e of folder.estimates) {
        if (e.estimate.resources.some((r) => r.file === path) || e.estimate.unsupported.some((u) => u.file === path)) return { folder, ...e };
      }
    }
    for (const folder of this.latest) {
      const e = folder.estimates.find((x) => normalizePath(x.dir) === path.slice(0, path.lastIndexOf('/')));
      if (e) return { folder, ...e };
    }
    return undefined;
  }

  dispose(): void {
    clearTimeout(this.timer);
    this.timer = undefined;
    for (const resolve of this.waiting) resolve();
    this.waiting = [];
    this.changed.dispose();
  }
}

/** File names whose change on disk changes an analysis. */
export const WATCHED_GLOB = '**/{*.tf,*.tf.json,*.tfvars,*.tfvars.json,kensa.jsonc}';

/**
 * Keeps `service` up to date: the first run in the background with a progress notification, then
 * a debounced run on every edit of a Terraform or kensa.jsonc buffer, on save, on file changes on
 * disk, on workspace folder and setting changes.
 */
export function watchWorkspace(service: WorkspaceAnalysis, isRelevant: (document: vscode.TextDocument) => boolean): vscode.Disposable {
  const watcher = vscode.workspace.createFileSystemWatcher(WATCHED_GLOB);
  const later = (): void => service.schedule();
  const subscriptions: vscode.Disposable[] = [
    watcher,
    watcher.onDidChange(later),
    watcher.onDidCreate(later),
    watcher.onDidDelete(later),
    vscode.workspace.onDidChangeTextDocument((event) => {
      if (event.contentChanges.length > 0 && isRelevant(event.document)) later();
    }),
    vscode.workspace.onDidSaveTextDocument((document) => {
      if (isRelevant(document)) later();
    }),
    // an open or close may change which language a file is shown in, or what the overlay holds
    vscode.workspace.onDidOpenTextDocument((document) => {
      if (isRelevant(document)) later();
    }),
    vscode.workspace.onDidCloseTextDocument((document) => {
      if (isRelevant(document)) later();
    }),
    vscode.workspace.onDidChangeWorkspaceFolders(later),
    vscode.workspace.onDidChangeConfiguration((event) => {
      if (event.affectsConfiguration('kensa')) later();
    }),
  ];
  // the first run: after activation returns, with progress, so opening the window is not held up
  void vscode.window.withProgress(
    { location: vscode.ProgressLocation.Notification, title: 'Kensa: analyzing the workspace' },
    async () => {
      await new Promise((resolve) => setTimeout(resolve, 0));
      service.runNow();
    },
  );
  return vscode.Disposable.from(...subscriptions);
}

/** kensa.rules as rule settings: entries that are not "off", "on", a severity or { enabled, severity } are left out. */
function editorRuleSettings(value: unknown): Record<string, RuleSetting> | undefined {
  if (!value || typeof value !== 'object' || Array.isArray(value)) return undefined;
  const settings: Record<string, RuleSetting> = {};
  for (const [id, v] of Object.entries(value)) {
    const setting = ruleSettingOf(v);
    if (setting) settings[id] = setting;
  }
  return Object.keys(settings).length ? settings : undefined;
}

const isShare = (v: unknown): v is number => typeof v === 'number' && v >= 0 && v <= 1;

/** kensa.cost.spotShare and kensa.cost.commitmentDiscount as pricing settings; values outside 0..1 are left out. */
function editorPricing(spotShare: unknown, commitment: unknown): PricingSettings | undefined {
  const discounts = commitment && typeof commitment === 'object' && !Array.isArray(commitment) ? Object.fromEntries(Object.entries(commitment).filter(([, v]) => isShare(v))) : {};
  if (!isShare(spotShare) && !Object.keys(discounts).length) return undefined;
  return { ...(isShare(spotShare) ? { spotShare } : {}), ...(Object.keys(discounts).length ? { commitmentDiscount: discounts as Record<string, number> } : {}) };
}

/** The kensa.* settings that shape an analysis, read and checked; the workspace scan and the branch review both use them. */
export function editorSettings(): {
  region: string | undefined;
  ruleSettings: Record<string, RuleSetting> | undefined;
  exclude: string[];
  /** kensa.varFiles, relative to the workspace folder. */
  varFiles: string[];
  pricing: PricingSettings | undefined;
} {
  const get = (key: string): unknown => vscode.workspace.getConfiguration().get<unknown>(key);
  const strings = (value: unknown): string[] => (Array.isArray(value) ? value.filter((e): e is string => typeof e === 'string' && e.trim() !== '') : []);
  const region = get(SETTINGS.costRegion.key);
  return {
    region: typeof region === 'string' && region ? region : undefined,
    ruleSettings: editorRuleSettings(get(SETTINGS.rules.key)),
    exclude: strings(get(SETTINGS.exclude.key)),
    varFiles: strings(get(SETTINGS.varFiles.key)),
    pricing: editorPricing(get(SETTINGS.costSpotShare.key), get(SETTINGS.costCommitmentDiscount.key)),
  };
}
