/**
 * `kensa cost [dir]`: the estimated monthly cost of every root module under the directory, per
 * resource and component, from the price catalogue embedded in Kensa (offline, no API key).
 */
import { dirname, relative, resolve } from 'node:path';
import { analyze, analyzePlan, estimateAnalysis, type Analysis } from '../../engine';
import { estimateMarkdown, estimateText, pricesAsOf, USAGE_FILE_CODE, type Estimate } from '../../cost';
import { nodeHost } from '../node-host';
import { UsageError, type Io } from '../output';
import type { Command } from '../command';
import { directoryArgument, planArgument, regionOption, varFilesOption } from './scan';

const FORMATS = ['text', 'json', 'markdown'];

/** Several root modules' estimates as one, in the JSON shape of DESIGN.md. */
export function costJson(estimates: readonly { dir: string; estimate: Estimate }[]): Record<string, unknown> {
  const all = estimates.flatMap((e) => e.estimate.resources);
  return {
    version: 1,
    currency: 'USD',
    pricesAsOf: estimates[0]?.estimate.pricesAsOf ?? pricesAsOf(),
    totalMonthlyCost: round(estimates.reduce((a, e) => a + e.estimate.totalMonthlyCost, 0)),
    usageBasedComponents: estimates.reduce((a, e) => a + e.estimate.usageBasedComponents, 0),
    unknownComponents: estimates.reduce((a, e) => a + e.estimate.unknownComponents, 0),
    unknownResources: all.filter((r) => r.unknown).length,
    roots: estimates.map((e) => ({ dir: e.dir, totalMonthlyCost: e.estimate.totalMonthlyCost, modules: e.estimate.modules })),
    resources: all.map((r) => ({
      address: r.address,
      type: r.type,
      module: r.module,
      file: r.file,
      line: r.line,
      region: r.region,
      monthlyCost: r.monthlyCost === null ? null : round(r.monthlyCost),
      ...(r.countUnknown ? { countUnknown: r.countUnknown } : {}),
      unknown: r.unknown ?? null,
      components: r.components.map((c) => ({
        name: c.name,
        unit: c.unit,
        monthlyQuantity: c.monthlyQuantity,
        unitPrice: c.unitPrice,
        monthlyCost: c.monthlyCost === null ? null : round(c.monthlyCost),
        usageBased: c.usageBased,
        ...(c.priceKey ? { priceKey: c.priceKey } : {}),
        ...(c.note ? { note: c.note } : {}),
        ...(c.estimate ? { estimate: true } : {}),
      })),
    })),
    unsupported: estimates.flatMap((e) => e.estimate.unsupported.map((u) => ({ address: u.address, type: u.type, file: u.file, line: u.line }))),
    free: estimates.flatMap((e) => e.estimate.free),
    assumptions: [...new Set(estimates.flatMap((e) => e.estimate.assumptions))],
  };
}

function round(n: number): number {
  return Math.round(n * 100) / 100;
}


export const costCommand: Command = {
  name: 'cost',
  summary: 'Estimate the monthly cost of the Terraform under a directory',
  usage: 'kensa cost [dir | plan.json] [--format text|json|markdown] [--config FILE] [--usage-file FILE] [--var-file FILE]... [--exclude PATH]... [--region REGION]',
  help: `Evaluates every root module under the directory and prices each resource instance from the AWS
price catalogue embedded in Kensa: offline, no API key. Usage-based components (requests, GB stored,
data processed) take their quantities from the "usage" section of kensa.jsonc and from an Infracost
usage file (--usage-file, or "usageFile" in kensa.jsonc: version 0.1, resource_usage by address or
wildcard, resource_type_default_usage by type, Infracost's key names); without one they are
shown as "depends on usage" and left out of the total, with their count beside it. Resource types
Kensa does not price are listed as unsupported, never counted as $0. Given a plan file
(terraform show -json plan.out > plan.json), prices the planned values instead, with the settings of
the nearest kensa.jsonc at or above the plan's folder (or --config).`,
  options: {
    format: { type: 'string', default: 'text', description: 'text, json or markdown' },
    config: { type: 'string', description: 'a kensa.jsonc to use instead of the nearest one' },
    'var-file': { type: 'string', multiple: true, description: 'a variables file for every root module (repeatable)' },
    exclude: { type: 'string', multiple: true, description: 'a folder or glob to leave out, relative to the directory, added to kensa.jsonc\'s exclude (repeatable)' },
    region: { type: 'string', description: 'the region for resources whose provider sets none (default: kensa.jsonc, else us-east-1)' },
    'usage-file': { type: 'string', description: 'an Infracost usage file (infracost-usage.yml) instead of kensa.jsonc\'s usageFile; kensa.jsonc usage wins where both set a key' },
  },
  run(args, io: Io): number {
    const format = String(args.values.format);
    if (!FORMATS.includes(format)) throw new UsageError(`--format must be ${FORMATS.join(', ')}, not "${format}"`);
    const plan = planArgument(args.positionals);
    const dir = plan ?? directoryArgument(args.positionals, 'cost');
    const config = readConfigOption(args.values.config as string | undefined);
    const region = regionOption(args.values.region);
    const started = Date.now();
    io.progress(`analysing ${dir}`);
    const usageFile = usageFileOption(args.values['usage-file'], plan ? '.' : dir);
    const analysis = plan
      ? planAnalysis(plan, config, usageFile)
      : analyze(nodeHost(dir), '.', { policy: false, varFiles: varFilesOption(args.values['var-file'], dir), exclude: (args.values.exclude as string[] | undefined) ?? [], ...(config ? { config } : {}), ...(region ? { defaultRegion: region } : {}), ...(usageFile !== undefined ? { usageFile } : {}) });
    reportCostProblems(analysis, io);
    const estimates = estimateAnalysis(analysis, region ? { region } : {});
    for (const e of estimates) if (e.error) io.err(`${e.dir}: ${e.error.summary}: ${e.error.detail}\n`);
    io.progress(`${estimates.reduce((a, e) => a + e.estimate.resources.length, 0)} resources priced in ${((Date.now() - started) / 1000).toFixed(1)} s`);
    if (format === 'json') io.out(JSON.stringify(costJson(estimates), null, 2) + '\n');
    else if (format === 'markdown') io.out(estimateMarkdown(estimates, estimates[0]?.estimate.pricesAsOf ?? pricesAsOf()));
    else io.out(estimates.map((e) => (estimates.length > 1 ? `# ${e.dir}\n\n` : '') + estimateText(e.estimate)).join('\n'));
    return 0;
  },
};

import { readFileSync } from 'node:fs';
import { loadConfig, parseConfig, type KensaConfig } from '../../config';

/**
 * A plan file (`terraform show -json plan.out > plan.json`) analysed with `config`, else the nearest
 * kensa.jsonc at or above the plan's folder (its problems among the diagnostics); paths stay as given.
 */
export function planAnalysis(plan: string, config: KensaConfig | undefined, usageFile?: string): Analysis {
  let text: string;
  try {
    text = readFileSync(plan, 'utf8');
  } catch {
    throw new UsageError(`${plan}: cannot read the plan file`);
  }
  const loaded = config ? { config, diagnostics: [] } : loadConfig(nodeHost('.'), dirname(plan));
  const analysis = analyzePlan(text, plan, { config: loaded.config, ...(usageFile !== undefined ? { usageFile } : {}) }, nodeHost('.'));
  return { ...analysis, diagnostics: [...loaded.diagnostics, ...analysis.diagnostics] };
}

/** `--config FILE`: the settings in it (problems reported by the engine run), or a usage error if unreadable. */
export function readConfigOption(path: string | undefined): KensaConfig | undefined {
  if (!path) return undefined;
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch {
    throw new UsageError(`${path}: cannot read the config file`);
  }
  return parseConfig(text, path).config;
}

/**
 * `--usage-file FILE`: the path as the analysis of `dir` names it (relative to it), or a usage error
 * if the file cannot be read. Undefined without the option.
 */
export function usageFileOption(value: unknown, dir: string): string | undefined {
  if (value === undefined) return undefined;
  const path = String(value);
  try {
    readFileSync(path);
  } catch {
    throw new UsageError(`${path}: cannot read the usage file`);
  }
  return relative(resolve(dir), resolve(path)).split('\\').join('/');
}

/** Configuration errors, and every problem of the usage file (warnings too: a key it ignores changes the figures), on stderr. */
export function reportCostProblems(analysis: Analysis, io: Io): void {
  for (const d of analysis.diagnostics) {
    const where = `${d.file}:${d.range.start.line + 1}:${d.range.start.column + 1}`;
    if (d.code === USAGE_FILE_CODE) io.err(`${where}: ${d.severity}: ${d.summary}: ${d.detail ?? ''}\n`);
    else if (d.severity === 'error') io.err(`${where}: ${d.summary}${d.code === 'kensa-internal' ? `: ${d.detail}` : ''}\n`);
  }
}
