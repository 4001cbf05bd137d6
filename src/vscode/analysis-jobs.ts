/**
 * The analysis work the extension hands to its worker thread (analysis-worker.ts), as plain
 * functions over plain data: a request in, structured-clonable results out. No vscode import, so
 * the same functions run in the worker, in process when no worker can start, and in unit tests.
 */
import type { PricingSettings } from '../config';
import type { Estimate, ResourceCost } from '../cost';
import { allFindings, analyze, estimateAnalysis, type AnalyzeOptions } from '../engine';
import type { Finding, RuleSetting } from '../policy';
import { reviewAnalyses, type Review, type ReviewSide } from '../review';
import { isAbsolute } from 'node:path';
import { EvalCache, joinPath, type Host, type ModuleInstance } from '../terraform';
import type { Diagnostic } from '../text';
import { workspaceHost } from './workspace-host';

/** The settings that shape one folder's analysis, as read from kensa.* and the pickers. */
export interface FolderSettings {
  readonly region?: string;
  readonly ruleSettings?: Readonly<Record<string, RuleSetting>>;
  readonly exclude?: readonly string[];
  /** Absolute paths, or relative to the analyzed directory; later files win. */
  readonly varFiles?: readonly string[];
  /** Root module directory (as the analysis names it) -> variables files for it alone, after `varFiles`. */
  readonly rootVarFiles?: Readonly<Record<string, readonly string[]>>;
  readonly workspace?: string;
  readonly pricing?: PricingSettings;
  /** YYYY-MM-DD, for suppressions with until= (default: the clock). */
  readonly today?: string;
}

/** Analyze these folders, reading `overlay` (normalized path -> unsaved text) before the disk. */
export interface AnalyzeJob {
  readonly kind: 'analyze';
  readonly folders: readonly { readonly dir: string; readonly settings: FolderSettings }[];
  readonly overlay: readonly (readonly [string, string])[];
}

/** Compare `headDir` (with `overlay`) against `baseDir` (as on disk), as `kensa review` does. */
export interface ReviewJob {
  readonly kind: 'review';
  readonly baseDir: string;
  readonly headDir: string;
  readonly settings: FolderSettings;
  readonly overlay: readonly (readonly [string, string])[];
}

export type Job = AnalyzeJob | ReviewJob;

/** A module call's block in a file: a cost lens above it sums the resources under `address`. */
export interface ModuleCallSite {
  readonly root: string;
  readonly address: string;
  readonly file: string;
  /** Zero-based line of the block's first line. */
  readonly line: number;
}

/** One folder's analysis as the editor shows it; plain data (it crosses from the worker). */
export interface FolderSnapshot {
  readonly dir: string;
  /** The root modules found, each with the files its evaluation read (its own and its modules'). */
  readonly roots: readonly { readonly dir: string; readonly files: readonly string[] }[];
  /** Problems in the configuration itself (syntax, evaluation, kensa.jsonc). */
  readonly diagnostics: readonly Diagnostic[];
  readonly findings: readonly Finding[];
  readonly estimates: readonly { readonly dir: string; readonly estimate: Estimate }[];
  readonly moduleCalls: readonly ModuleCallSite[];
  /**
   * The text the run read of every file a finding or fix touches, by normalized path: what their
   * positions refer to, and how a document edited since is recognized as stale.
   */
  readonly texts: ReadonlyMap<string, string>;
}

export type JobResult<J extends Job> = J extends AnalyzeJob ? FolderSnapshot[] : Review;

function analyzeOptions(settings: FolderSettings, cache?: EvalCache): AnalyzeOptions {
  return {
    ...(cache ? { cache } : {}),
    ...(settings.today ? { today: settings.today } : {}),
    ...(settings.region ? { defaultRegion: settings.region } : {}),
    ...(settings.varFiles?.length ? { varFiles: settings.varFiles } : {}),
    ...(settings.rootVarFiles && Object.keys(settings.rootVarFiles).length ? { rootVarFiles: settings.rootVarFiles } : {}),
    ...(settings.workspace && settings.workspace !== 'default' ? { workspace: settings.workspace } : {}),
    ...(settings.ruleSettings ? { ruleSettings: settings.ruleSettings } : {}),
    ...(settings.exclude?.length ? { exclude: settings.exclude } : {}),
    ...(settings.pricing ? { pricing: settings.pricing } : {}),
  };
}

/** Every module call of an evaluation with the line its block starts on. */
function moduleCallsOf(root: string, evaluation: ReviewSide['roots'][number]['evaluation']): ModuleCallSite[] {
  const sites: ModuleCallSite[] = [];
  const walk = (m: ModuleInstance): void => {
    for (const child of m.children) {
      const call = child.call;
      const line = call ? evaluation.files.get(call.file)?.lines.position(call.block.start).line : undefined;
      if (call && line !== undefined) sites.push({ root, address: child.address, file: call.file, line });
      walk(child);
    }
  };
  walk(evaluation.root);
  return sites;
}

/** Analyzes each folder of `job` with `cache` (kept between jobs, so a re-run re-evaluates only what changed). */
export function analyzeFolders(job: AnalyzeJob, cache: EvalCache): FolderSnapshot[] {
  const overlay = new Map(job.overlay);
  return job.folders.map(({ dir, settings }) => {
    const host = workspaceHost(overlay);
    const analysis = analyze(host, dir, analyzeOptions(settings, cache));
    const estimates = estimateAnalysis(analysis, settings.region ? { region: settings.region } : {}, cache);
    const touched = new Set<string>();
    for (const f of analysis.findings) {
      touched.add(f.file);
      for (const fix of f.fixes) for (const e of fix.edits) touched.add(e.file);
    }
    const texts = new Map<string, string>();
    for (const file of touched) {
      const text = host.texts.get(file);
      if (text !== undefined) texts.set(file, text);
    }
    return {
      dir,
      roots: analysis.roots.map((r) => ({ dir: r.dir, files: [...r.evaluation.files.keys()] })),
      diagnostics: analysis.diagnostics,
      findings: analysis.findings,
      estimates,
      moduleCalls: analysis.roots.flatMap((r) => moduleCallsOf(r.dir, r.evaluation)),
      texts,
    };
  });
}

/**
 * One side of a review, analysed relative to `dir` as `kensa review` does: reviewAnalyses matches
 * findings by file and root directory, which must read the same on both sides. Configuration
 * problems count as findings, as in the CLI: a branch that breaks a file shows it as new.
 */
function reviewSide(dir: string, overlay: ReadonlyMap<string, string>, settings: FolderSettings): ReviewSide {
  const files = workspaceHost(overlay);
  const at = (path: string): string => (isAbsolute(path) ? path : joinPath(dir, path));
  const host: Host = { readFile: (path) => files.readFile(at(path)), readDir: (path) => files.readDir(at(path)), realPath: (path) => files.realPath(at(path)) };
  const analysis = analyze(host, '.', analyzeOptions(settings));
  return { roots: analysis.roots, findings: allFindings(analysis.findings, analysis.diagnostics), estimates: estimateAnalysis(analysis, settings.region ? { region: settings.region } : {}) };
}

/** The review of `job`: the base as committed (no unsaved buffer belongs to it), the head with the overlay. */
export function reviewFolders(job: ReviewJob): Review {
  return reviewAnalyses(reviewSide(job.baseDir, new Map(), job.settings), reviewSide(job.headDir, new Map(job.overlay), job.settings));
}

/** Runs jobs in the calling thread with one EvalCache for all of them. */
export interface JobRunner {
  run<J extends Job>(job: J): JobResult<J>;
}

export function createJobRunner(): JobRunner {
  const cache = new EvalCache();
  return { run: <J extends Job>(job: J) => (job.kind === 'analyze' ? analyzeFolders(job, cache) : reviewFolders(job)) as JobResult<J> };
}

/**
 * A folder snapshot in pieces, for the trip from the worker: deserializing a large result at once
 * would hold the extension host's thread for as long as it takes (tens of milliseconds for a
 * thousand files), so findings and priced resources travel `size` at a time, each piece its own
 * message (see AnalysisRunner: the next piece is asked for after the extension host has yielded).
 */
export type SnapshotPiece =
  | { readonly folder: number; readonly head: FolderSnapshot }
  | { readonly folder: number; readonly findings: readonly Finding[] }
  | { readonly folder: number; readonly estimate: number; readonly resources: readonly ResourceCost[] };

export const PIECE_SIZE = 200;

export function* snapshotPieces(snapshots: readonly FolderSnapshot[], size = PIECE_SIZE): Generator<SnapshotPiece> {
  for (const [folder, s] of snapshots.entries()) {
    yield { folder, head: { ...s, findings: [], estimates: s.estimates.map((e) => ({ dir: e.dir, estimate: { ...e.estimate, resources: [] } })) } };
    for (let i = 0; i < s.findings.length; i += size) yield { folder, findings: s.findings.slice(i, i + size) };
    for (const [estimate, e] of s.estimates.entries()) {
      for (let i = 0; i < e.estimate.resources.length; i += size) yield { folder, estimate, resources: e.estimate.resources.slice(i, i + size) };
    }
  }
}

/** Puts the pieces of snapshotPieces back together, in the order they were made. */
export class SnapshotAssembler {
  private readonly heads: FolderSnapshot[] = [];
  private readonly findings: Finding[][] = [];
  private readonly resources: ResourceCost[][][] = [];

  add(piece: SnapshotPiece): void {
    if ('head' in piece) {
      this.heads[piece.folder] = piece.head;
      this.findings[piece.folder] = [];
      this.resources[piece.folder] = piece.head.estimates.map(() => []);
    } else if ('findings' in piece) {
      const findings = this.findings[piece.folder]!;
      for (const f of piece.findings) findings.push(f);
    } else {
      const resources = this.resources[piece.folder]![piece.estimate]!;
      for (const r of piece.resources) resources.push(r);
    }
  }

  result(): FolderSnapshot[] {
    return this.heads.map((head, folder) => ({
      ...head,
      findings: this.findings[folder]!,
      estimates: head.estimates.map((e, i) => ({ dir: e.dir, estimate: { ...e.estimate, resources: this.resources[folder]![i]! } })),
    }));
  }
}

