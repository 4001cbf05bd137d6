/**
 * The session's analysis of the workspace: every file-system workspace folder analyzed by the
 * engine (policy findings, configuration problems, cost estimates), with open documents' unsaved
 * text. The work runs on a worker thread (AnalysisRunner), which keeps one EvalCache for the
 * session, so a re-run after an edit re-evaluates only what changed and the extension host's
 * thread is never held up by a large workspace. Re-runs are debounced and never overlap: edits
 * during a run start one more run after it. Each finished run fires onDidAnalyze.
 */
import * as vscode from 'vscode';
import { ruleSettingOf, type PricingSettings } from '../config';
import type { Estimate } from '../cost';
import type { RuleSetting } from '../policy';
import { isWithin, joinPath, normalizePath } from '../terraform';
import type { FolderSettings, FolderSnapshot } from './analysis-jobs';
import { AnalysisRunner } from './analysis-runner';
import { SETTINGS } from './commands';
import type { EvaluationInputs, RootModules } from './evaluation-inputs';

/** One workspace folder's latest analysis. */
export interface FolderAnalysis extends FolderSnapshot {
  readonly folder: vscode.WorkspaceFolder;
}

/** Quiet time after the last keystroke before the workspace is analyzed again. */
export const DEBOUNCE_MS = 300;

/** The normalized path the core uses for a file URI. */
export function corePath(uri: vscode.Uri): string {
  return normalizePath(uri.fsPath);
}

/** The unsaved (and saved) text of every open file document, by normalized path. */
export function openDocumentTexts(): [string, string][] {
  return vscode.workspace.textDocuments.filter((d) => d.uri.scheme === 'file').map((d) => [corePath(d.uri), d.getText()]);
}

export class WorkspaceAnalysis implements vscode.Disposable {
  private readonly changed = new vscode.EventEmitter<void>();
  private timer: ReturnType<typeof setTimeout> | undefined;
  private latest: readonly FolderAnalysis[] = [];
  private waiting: (() => void)[] = [];
  /** The runs under way (one at a time), and whether another was asked for meanwhile. */
  private running: Promise<void> | undefined;
  private again = false;

  /**
   * `runner` runs the jobs (a worker thread in the extension); `inputs`, when given, supplies the
   * picked variables files and terraform.workspace.
   */
  constructor(
    readonly runner: AnalysisRunner,
    private readonly inputs?: EvaluationInputs,
  ) {}

  /** Fires after each run, when `folders` holds the new results. */
  readonly onDidAnalyze = this.changed.event;

  get folders(): readonly FolderAnalysis[] {
    return this.latest;
  }

  /** Runs again after the debounce delay (restarting it when already waiting). */
  schedule(delay = DEBOUNCE_MS): void {
    clearTimeout(this.timer);
    this.timer = setTimeout(() => void this.runNow(), delay);
  }

  /** Resolves once no run is pending or under way. */
  settled(): Promise<void> {
    if (this.timer === undefined && this.running === undefined) return Promise.resolve();
    return new Promise((resolve) => this.waiting.push(resolve));
  }

  /**
   * Analyzes every folder now (after the run under way, if any), then notifies listeners. Resolves
   * when the results are in, or when cancelled.
   */
  runNow(): Promise<void> {
    clearTimeout(this.timer);
    this.timer = undefined;
    this.again = true;
    this.running ??= this.drain().finally(() => {
      this.running = undefined;
      if (this.timer !== undefined) return;
      const waiting = this.waiting;
      this.waiting = [];
      for (const resolve of waiting) resolve();
    });
    return this.running;
  }

  /** Stops the run under way; the results shown stay as they were until the next run. */
  cancel(): void {
    this.again = false;
    this.runner.cancel();
  }

  private async drain(): Promise<void> {
    while (this.again) {
      this.again = false;
      const folders = (vscode.workspace.workspaceFolders ?? []).filter((f) => f.uri.scheme === 'file');
      const settings = editorSettings();
      const job = {
        kind: 'analyze' as const,
        overlay: openDocumentTexts(),
        folders: folders.map((folder) => ({ dir: corePath(folder.uri), settings: this.folderSettings(corePath(folder.uri), settings) })),
      };
      let snapshots: FolderSnapshot[] | undefined;
      try {
        snapshots = await this.runner.run(job);
      } catch (e) {
        // analyze() promises not to throw; if it does, keep the extension alive and say so
        console.error('kensa: analyzing the workspace failed', e);
      }
      if (!snapshots) continue;
      this.latest = snapshots.map((s, i) => ({ ...s, folder: folders[i]! }));
      this.changed.fire();
    }
  }

  /** The settings of the folder at `dir`: kensa.varFiles (relative to it) for every root, then each root's picks; later files win, as with -var-file. */
  private folderSettings(dir: string, settings: ReturnType<typeof editorSettings>): FolderSettings {
    const varFiles = settings.varFiles.map((f) => joinPath(dir, f));
    const rootVarFiles = this.inputs?.rootVarFiles(dir) ?? {};
    const workspace = this.inputs?.workspace ?? 'default';
    return {
      ...(settings.region ? { region: settings.region } : {}),
      ...(varFiles.length ? { varFiles } : {}),
      ...(Object.keys(rootVarFiles).length ? { rootVarFiles } : {}),
      ...(workspace !== 'default' ? { workspace } : {}),
      ...(settings.ruleSettings ? { ruleSettings: settings.ruleSettings } : {}),
      ...(settings.exclude.length ? { exclude: settings.exclude } : {}),
      ...(settings.pricing ? { pricing: settings.pricing } : {}),
    };
  }

  /** The root modules of the latest analysis (RootModules, for the variables files picker). */
  readonly roots: RootModules = {
    all: () => this.latest.flatMap((f) => f.roots.map((r) => r.dir)),
    of: (path) => {
      const roots = this.latest.flatMap((f) => f.roots);
      const reading = roots.find((r) => r.files.includes(path));
      if (reading) return reading.dir;
      // not read by any (a .tfvars file, a file not analysed yet): the innermost root holding it
      return roots.filter((r) => isWithin(r.dir, path)).sort((a, b) => b.dir.length - a.dir.length)[0]?.dir;
    },
    onDidChange: this.changed.event,
  };

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
    this.again = false;
    this.runner.dispose();
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
  // the first run: after activation returns, with progress the user can cancel (the next edit or
  // "Kensa: Re-analyze workspace" starts again)
  void vscode.window.withProgress(
    { location: vscode.ProgressLocation.Notification, title: 'Kensa: analyzing the workspace', cancellable: true },
    async (_progress, token) => {
      const cancelled = token.onCancellationRequested(() => service.cancel());
      try {
        await service.runNow();
      } finally {
        cancelled.dispose();
      }
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
