/**
 * `kensa scan [dir]`: finds the root modules under the directory, evaluates them, runs the policy
 * rules and reports findings and configuration problems in text, JSON, SARIF or Markdown.
 */
import { readFileSync, statSync } from 'node:fs';
import { isAbsolute, join } from 'node:path';
import { CATALOGUE_REGIONS } from '../../cost';
import { allFindings, analyze, analyzePlan, checkConfig, estimateAnalysis, type Analysis } from '../../engine';
import { DEFAULT_CONFIG, loadConfig, parseConfig, type KensaConfig } from '../../config';
import { compileCustomRule, lookupId, nearIds, RULES, SUPPRESSION_RULES, type Finding, type Rule, type RuleSetting } from '../../policy';
import type { Severity } from '../../text';
import { nodeHost } from '../node-host';
import { UsageError, type Io } from '../output';
import type { Command } from '../command';
import { findingJson } from '../reports/findings';
import { costJson, usageFileOption } from './cost';
import { estimateMarkdown, estimateText } from '../../cost';
import { markdownReport } from '../reports/markdown';
import { sarifReport } from '../reports/sarif';
import { gitlabReport } from '../reports/gitlab';
import { junitReport } from '../reports/junit';
import { applyBaselineFile, writeBaseline } from '../baseline';
import { countBySeverity, textReport } from '../reports/text';


const SEVERITY_RANK: Record<Severity, number> = { info: 0, warning: 1, error: 2 };
const FORMATS = ['text', 'json', 'sarif', 'markdown', 'junit', 'gitlab'];

function plural(n: number, one: string, many = `${one}s`): string {
  return `${n} ${n === 1 ? one : many}`;
}

/** The directory argument, checked: a usage error if it is not a directory. */
export function directoryArgument(positionals: readonly string[], command: string): string {
  if (positionals.length > 1) throw new UsageError(`kensa ${command} takes one directory`);
  const dir = positionals[0] ?? '.';
  let ok = false;
  try {
    ok = statSync(dir).isDirectory();
  } catch {
    // reported below
  }
  if (!ok) throw new UsageError(`${dir}: not a directory`);
  return dir;
}

/**
 * The `--var-file` files, each checked to exist (relative to `dir`, as the engine reads them): a
 * missing one is a usage error, as Terraform makes it, never a finding.
 */
export function varFilesOption(value: unknown, dir: string): string[] {
  const files = (value as string[] | undefined) ?? [];
  for (const f of files) if (!isFile(isAbsolute(f) ? f : join(dir, f))) throw new UsageError(`--var-file ${f}: no such file${isAbsolute(f) || dir === '.' ? '' : ` in ${dir}`}`);
  return files;
}

/** `--region`: a region the price catalogue holds, or a usage error naming the near ones. */
export function regionOption(value: unknown): string | undefined {
  if (value === undefined) return undefined;
  const region = String(value);
  if ((CATALOGUE_REGIONS as readonly string[]).includes(region)) return region;
  throw new UsageError(`--region ${region}: not an AWS region Kensa has prices for; use one of ${CATALOGUE_REGIONS.join(', ')}`);
}

/** The plan file a command was given (`kensa scan plan.json`): one positional naming a .json file, else undefined. */
export function planArgument(positionals: readonly string[]): string | undefined {
  const target = positionals[0];
  return target !== undefined && positionals.length === 1 && /\.json$/.test(target) && isFile(target) ? target : undefined;
}

export function isFile(path: string): boolean {
  try {
    return statSync(path).isFile();
  } catch {
    return false;
  }
}

export function severityOption(value: unknown, name: string): Severity {
  if (value === 'error' || value === 'warning' || value === 'info') return value;
  throw new UsageError(`${name} must be error, warning, info or none, not "${String(value)}"`);
}

/** `--check a,b --check c`: the ids, split at commas. */
function idList(value: unknown): string[] {
  return ((value as string[] | undefined) ?? []).flatMap((v) => v.split(',')).map((v) => v.trim()).filter(Boolean);
}

/** The Kensa rule ids an id of --check or --skip-check stands for; a usage error if nothing is or claims it. */
function resolveIds(ids: readonly string[], rules: readonly Rule[], flag: string): Set<string> {
  const out = new Set<string>();
  const own = Object.values(SUPPRESSION_RULES).map((s) => s.id);
  for (const id of ids) {
    if (own.includes(id)) {
      out.add(id);
      continue;
    }
    const found = lookupId(id, rules);
    if (!found) {
      const near = nearIds(id, rules);
      throw new UsageError(`${flag}: no rule is or claims "${id}"${near.length ? `; did you mean ${near.join(', ')}?` : ''}`);
    }
    for (const r of found.rules) out.add(r.id);
  }
  return out;
}

/**
 * The rule settings that leave on only what --check names (all rules when it is absent) minus what
 * --skip-check names, over kensa.jsonc's own: a rule named by --check runs even if kensa.jsonc turns
 * it or its category off, keeping its severity override. `selected` says which ids a finding may have.
 */
function ruleSelection(rules: readonly Rule[], check: ReadonlySet<string> | undefined, skip: ReadonlySet<string>, settings: Readonly<Record<string, RuleSetting>> = {}): { settings: Record<string, RuleSetting>; selected: (id: string) => boolean } {
  const selected = (id: string): boolean => (!check || check.has(id)) && !skip.has(id);
  const out: Record<string, RuleSetting> = { ...settings };
  for (const r of rules) {
    if (!selected(r.id)) out[r.id] = { ...settings[r.id], enabled: false };
    else if (check) out[r.id] = { ...settings[r.id], enabled: true };
  }
  return { settings: out, selected };
}

export const scanCommand: Command = {
  name: 'scan',
  summary: 'Check the Terraform under a directory against the policy rules',
  usage: 'kensa scan [dir | plan.json] [--format text|json|sarif|markdown|junit|gitlab] [--fail-on error|warning|info] [--config FILE] [--var-file FILE]... [--exclude PATH]... [--check ID,...] [--skip-check ID,...] [--usage-file FILE] [--baseline FILE | --create-baseline FILE] [--cost]',
  help: `Finds the root modules under the directory (default: the current one): every directory with .tf
or .tf.json files that no other one calls as a local module; .terraform/, .terragrunt-cache/,
node_modules/ and hidden folders are skipped. Evaluates each one as Terraform would plan it (variables
from terraform.tfvars, *.auto.tfvars and --var-file files, locals, count and for_each, local modules and
modules fetched by terraform init), runs the policy rules and reports every finding and configuration
problem with its file, line and column, relative to the directory. Given a plan file (terraform show -json plan.out > plan.json), checks the
exact values of the plan instead. Settings come from the nearest
kensa.jsonc at or above the directory, or --config. --check runs only the rules named, --skip-check
all but those: Kensa rule ids, or the Checkov (CKV_AWS_20), Trivy (AVD-AWS-0086) or tfsec
(aws-s3-block-public-acls) ids the rules claim as equivalents. --create-baseline FILE writes every
finding to FILE (and exits 0: they are all in it); --baseline FILE then reports and gates only the
findings not in it, matched as kensa review matches them (rule, resource instance, message but
for line numbers). Exit code 1 when a finding at or above --fail-on (default: error) is reported.`,
  options: {
    format: { type: 'string', default: 'text', description: 'text, json, sarif, markdown, junit (JUnit XML) or gitlab (GitLab Code Quality)' },
    'fail-on': { type: 'string', default: 'error', description: 'error, warning, info, or none to always exit 0' },
    config: { type: 'string', description: 'a kensa.jsonc to use instead of the nearest one' },
    'var-file': { type: 'string', multiple: true, description: 'a variables file for every root module, relative to the directory (repeatable)' },
    exclude: { type: 'string', multiple: true, description: 'a folder or glob to leave out, relative to the directory, added to kensa.jsonc\'s exclude (repeatable)' },
    check: { type: 'string', multiple: true, description: 'run only these rules: Kensa, Checkov or Trivy ids, comma-separated (repeatable)' },
    'skip-check': { type: 'string', multiple: true, description: 'run every rule but these: Kensa, Checkov or Trivy ids, comma-separated (repeatable)' },
    'usage-file': { type: 'string', description: 'an Infracost usage file for the savings of cost findings, instead of kensa.jsonc\'s usageFile; its problems are reported' },
    baseline: { type: 'string', description: 'report and gate only the findings not in this baseline file' },
    'create-baseline': { type: 'string', description: 'write every finding to this baseline file' },
    cost: { type: 'boolean', description: 'also estimate the monthly cost, from the same evaluation (text, json and markdown; kensa check is scan --cost)' },
  },
  run(args, io: Io): number {
    const format = String(args.values.format);
    if (!FORMATS.includes(format)) throw new UsageError(`--format must be ${FORMATS.join(', ')}, not "${format}"`);
    const failOn = args.values['fail-on'] === 'none' ? undefined : severityOption(args.values['fail-on'], '--fail-on');
    const baselinePath = args.values.baseline as string | undefined;
    const createBaselinePath = args.values['create-baseline'] as string | undefined;
    if (baselinePath !== undefined && createBaselinePath !== undefined) throw new UsageError('--baseline and --create-baseline cannot be used together');
    const target = planArgument(args.positionals);
    const plan = target !== undefined;
    const dir = plan ? '.' : directoryArgument(args.positionals, 'scan');
    const varFiles = plan ? [] : varFilesOption(args.values['var-file'], dir);
    const exclude = (args.values.exclude as string[] | undefined) ?? [];
    const configPath = args.values.config as string | undefined;
    let config: KensaConfig | undefined;
    const extraProblems = [];
    if (configPath) {
      let text: string;
      try {
        text = readFileSync(configPath, 'utf8');
      } catch {
        throw new UsageError(`${configPath}: cannot read the config file`);
      }
      const parsed = parseConfig(text, configPath);
      config = parsed.config;
      for (const d of parsed.diagnostics) extraProblems.push(d);
    }
    const check = idList(args.values.check);
    const skip = idList(args.values['skip-check']);
    if (args.values.check !== undefined && check.length === 0) throw new UsageError('--check needs at least one id');
    let selected: ((id: string) => boolean) | undefined;
    if (check.length || skip.length) {
      // the selection reaches the engine as rule settings, so the settings (and custom rules) are read first
      if (!config) {
        if (plan) config = DEFAULT_CONFIG;
        else {
          const loaded = loadConfig(nodeHost(dir), '.');
          config = loaded.config;
          for (const d of loaded.diagnostics) extraProblems.push(d);
        }
      }
      const all = [...RULES, ...config.customRules.map(compileCustomRule)];
      const selection = ruleSelection(all, check.length ? resolveIds(check, all, '--check') : undefined, resolveIds(skip, all, '--skip-check'), config.policy.rules);
      config = { ...config, policy: { ...config.policy, rules: selection.settings } };
      selected = selection.selected;
    }
    const usageFile = usageFileOption(args.values['usage-file'], plan ? '.' : dir);
    let analysis: Analysis;
    const started = Date.now();
    io.progress(`analysing ${plan ? target : dir}`);
    if (plan) {
      // a plan file: `terraform show -json plan.out > plan.json`
      analysis = analyzePlan(readFileSync(target!, 'utf8'), target!, { ...(config ? { config } : {}), ...(usageFile !== undefined ? { usageFile } : {}) }, nodeHost('.'));
      // a file that is not JSON is an input error, not a finding
      const broken = analysis.diagnostics.find((d) => d.summary === 'Invalid JSON' || d.summary === 'Not a Terraform plan');
      if (broken) throw new UsageError(`${target}:${broken.range.start.line + 1}:${broken.range.start.column + 1}: ${broken.summary}: ${broken.detail}`);
    } else {
      analysis = analyze(nodeHost(dir), '.', { varFiles, exclude, ...(config ? { config } : {}), ...(usageFile !== undefined ? { usageFile } : {}) });
    }
    if (configPath && !plan) for (const d of checkConfig(readFileSync(configPath, 'utf8'), configPath, analysis.roots.flatMap((r) => r.evaluation.resources))) extraProblems.push(d);
    // suppression findings are no rule's: --check and --skip-check name them by their own ids
    const own = new Set(Object.values(SUPPRESSION_RULES).map((s) => s.id));
    const kept = selected ? analysis.findings.filter((f) => !own.has(f.ruleId) || selected!(f.ruleId)) : analysis.findings;
    const everyFinding = allFindings(kept, [...extraProblems, ...analysis.diagnostics]);
    let findings: readonly Finding[] = everyFinding;
    let baselineNote = '';
    let baselineSummary: Record<string, unknown> | undefined;
    if (createBaselinePath !== undefined) {
      writeBaseline(createBaselinePath, everyFinding);
      io.err(`kensa scan: wrote ${plural(everyFinding.length, 'finding')} to the baseline ${createBaselinePath}\n`);
    } else if (baselinePath !== undefined) {
      const match = applyBaselineFile(baselinePath, everyFinding, analysis.roots);
      findings = match.new;
      baselineNote = `; ${match.known.length} in the baseline not shown` + (match.gone.length ? `, ${match.gone.length} of its findings no longer found (--create-baseline rewrites it)` : '');
      baselineSummary = { file: baselinePath, known: match.known.length, gone: match.gone.length };
    }
    // with --create-baseline every finding is in the baseline just written: nothing is new
    const gated = createBaselinePath !== undefined ? [] : findings;
    const failed = failOn !== undefined && gated.some((f) => SEVERITY_RANK[f.severity] >= SEVERITY_RANK[failOn]);
    const rules = [...RULES, ...analysis.config.customRules.map(compileCustomRule)];

    let files = 0;
    let resources = 0;
    for (const r of analysis.roots) {
      files += r.evaluation.files.size;
      resources += r.evaluation.resources.length;
    }
    io.progress(`${analysis.roots.length} root modules, ${files} files parsed, ${resources} resources evaluated and checked in ${((Date.now() - started) / 1000).toFixed(1)} s`);
    const withCost = args.values.cost === true;
    if (withCost && !['text', 'json', 'markdown'].includes(format)) throw new UsageError(`--cost works with --format text, json or markdown, not ${format}`);
    // the cost of the same evaluation: nothing is parsed or evaluated again
    const estimates = withCost ? estimateAnalysis(analysis) : [];
    if (format === 'json') {
      const c = countBySeverity(findings);
      io.out(JSON.stringify({ version: 1, summary: { rootModules: analysis.roots.length, files, resources, findings: findings.length, ...c, fixable: findings.filter((f) => f.fixes.length).length, ...(baselineSummary ? { baseline: baselineSummary } : {}) }, findings: findings.map(findingJson), ...(withCost ? { cost: costJson(estimates) } : {}) }, null, 2) + '\n');
    } else if (format === 'junit') {
      const roots = analysis.roots.map((r) => ({ dir: r.dir, resources: r.evaluation.resources }));
      io.out(junitReport(findings, rules, roots, analysis.config.policy, io.version));
    } else if (format === 'gitlab') {
      io.out(gitlabReport(findings));
    } else if (format === 'sarif') {
      const lineOf = (file: string, offset: number): { line: number; column: number } => {
        for (const r of analysis.roots) {
          const f = r.evaluation.files.get(file);
          if (f) return f.lines.position(offset);
        }
        return { line: 0, column: 0 };
      };
      io.out(sarifReport(findings, rules, io.version, lineOf));
    } else if (format === 'markdown') {
      io.out(markdownReport(findings) + (withCost ? `\n${estimateMarkdown(estimates)}` : ''));
    } else {
      const c = countBySeverity(findings);
      const fixable = findings.filter((f) => f.fixes.length).length;
      const summary =
        `${plural(analysis.roots.length, 'root module')}, ${plural(files, 'file')}, ${plural(resources, 'resource')}: ` +
        (findings.length === 0 ? `no ${baselinePath !== undefined ? 'new ' : ''}findings` : `${plural(findings.length, baselinePath !== undefined ? 'new finding' : 'finding')} (${c.error} error, ${c.warning} warning, ${c.info} info), ${fixable} with a fix`) +
        baselineNote;
      io.out(textReport(findings, io.color, summary));
      if (withCost) io.out(`\n${estimates.map((e) => (estimates.length > 1 ? `# ${e.dir}\n\n` : '') + estimateText(e.estimate)).join('\n')}`);
    }
    return failed ? 1 : 0;
  },
};

/** `kensa check`: `kensa scan --cost`, findings and the monthly cost from one evaluation, as CI wants both. */
export const checkCommand: Command = {
  ...scanCommand,
  name: 'check',
  summary: 'Findings and the monthly cost estimate from one evaluation (scan --cost)',
  usage: scanCommand.usage.replace('kensa scan', 'kensa check').replace(' [--format text|json|sarif|markdown|junit|gitlab]', ' [--format text|json|markdown]'),
  help: `kensa scan --cost: the findings of kensa scan, then the estimate of kensa cost, from one parse and
one evaluation of the Terraform (a CI job that wants both evaluates once). Formats text, json (the scan
report with a "cost" member holding kensa cost's JSON) and markdown. Exit code as kensa scan's.`,
  run(args, io) {
    return scanCommand.run({ ...args, values: { ...args.values, cost: true } }, io);
  },
};
