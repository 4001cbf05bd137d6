/**
 * The one entry point both the extension and the CLI call: find the root modules under a directory
 * and evaluate each. Policy findings and cost estimates are computed on these evaluations.
 */
import type { Diagnostic } from './text';
import { EvalCache, evaluateConfiguration, isConfigFile, joinPath, loadModuleConfig, normalizePath, type Evaluation, type Host } from './terraform';

/** Folders never walked: tool caches and dependencies, not the user's configuration. */
const SKIPPED = new Set(['.terraform', '.terragrunt-cache', 'node_modules', '.git']);

export interface AnalyzeOptions {
  readonly varFiles?: readonly string[];
  readonly vars?: Readonly<Record<string, string>>;
  readonly workspace?: string;
  readonly defaultRegion?: string;
  /** Directories (relative to the analyzed one) to leave out, with everything below them. */
  readonly exclude?: readonly string[];
  readonly cache?: EvalCache;
}

export interface Analysis {
  /** One evaluation per root module, in path order. */
  readonly roots: readonly { readonly dir: string; readonly evaluation: Evaluation }[];
  readonly diagnostics: readonly Diagnostic[];
}

/**
 * Every directory under `dir` that holds Terraform configuration files and is not called as a local
 * child module by another such directory. Sorted; `.terraform/`, `.terragrunt-cache/`, `node_modules/`
 * and hidden folders are skipped.
 */
export function findRootModules(host: Host, dir: string, exclude: readonly string[] = []): string[] {
  const root = normalizePath(dir);
  const excluded = exclude.map((e) => joinPath(root, e));
  const moduleDirs: string[] = [];
  const walk = (d: string): void => {
    if (excluded.some((e) => d === e || d.startsWith(e + '/'))) return;
    const entries = host.readDir(d) ?? [];
    if (entries.some((e) => !e.isDirectory && isConfigFile(e.name))) moduleDirs.push(d);
    for (const e of entries) {
      if (e.isDirectory && !SKIPPED.has(e.name) && !e.name.startsWith('.')) walk(joinPath(d, e.name));
    }
  };
  walk(root);
  const called = new Set<string>();
  for (const m of moduleDirs) {
    const config = loadModuleConfig(host, m);
    for (const call of config.moduleCalls) {
      const s = call.source;
      if (s && (s.startsWith('./') || s.startsWith('../'))) called.add(joinPath(m, s));
    }
  }
  return moduleDirs.filter((m) => !called.has(m)).sort();
}

/** Finds the root modules under `dir` and evaluates each one. Never throws. */
export function analyze(host: Host, dir: string, options: AnalyzeOptions = {}): Analysis {
  const cache = options.cache ?? new EvalCache();
  const roots = findRootModules(host, dir, options.exclude).map((root) => ({
    dir: root,
    evaluation: evaluateConfiguration(host, root, {
      cache,
      ...(options.varFiles ? { varFiles: options.varFiles } : {}),
      ...(options.vars ? { vars: options.vars } : {}),
      ...(options.workspace ? { workspace: options.workspace } : {}),
      ...(options.defaultRegion ? { defaultRegion: options.defaultRegion } : {}),
    }),
  }));
  const seen = new Set<string>();
  const diagnostics: Diagnostic[] = [];
  for (const r of roots) {
    for (const d of r.evaluation.diagnostics) {
      const k = `${d.file}:${d.range.start.offset}:${d.summary}:${d.detail ?? ''}`;
      if (seen.has(k)) continue;
      seen.add(k);
      diagnostics.push(d);
    }
  }
  return { roots, diagnostics };
}
