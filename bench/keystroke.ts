/**
 * Keystroke-to-diagnostics time in the core, measured in-process: a 300-file workspace in memory
 * (six service subtrees of workspace.ts's generated repository: 6 root modules, 30 modules of 10
 * files) where one leaf module's main.tf is grown to about 3,000 lines. After a warm-up analysis,
 * each timed run types one more character into a string in the middle of that file and re-runs
 * the engine's `analyze` with the same cache and `savings: false`, the way an editor refreshes
 * on a keystroke. The reference, measured in the same run, is parsing that one file alone: the
 * least a keystroke can cost if the file is parsed again.
 */
import { analyze, findRootModules, type Analysis } from '../src/engine';
import { parseHcl } from '../src/hcl/index';
import { RULES, runPolicy } from '../src/policy/index';
import { EvalCache, evaluateConfiguration, memoryHost, overlayHost, type Evaluation, type Host } from '../src/terraform/index';
import { median, memoryUse, rateRow, timeRuns, type Timing } from './measure';
import type { BenchSection, Row } from './section';
import { generateWorkspace } from './workspace';

const seed = 20240611;
const keystrokes = 21;
const bigFileLines = 3000;
/** Services 1-6 of the generated repository call components 2-13, which call primitives 2-13: no module is shared. */
const services = [1, 2, 3, 4, 5, 6];
const typed = 'the quick brown fox jumps over the lazy dog '.repeat(4);
const targetName = 'keystroke_target';
const targetPrefix = 'typed: ';

/** The `keystroke` section. Rejects if the workspace is not 300 files, or a keystroke is not seen. */
export const keystrokeSection: BenchSection = {
  name: 'keystroke',
  description: 'keystroke-to-diagnostics time for a 3,000-line file in a 300-file workspace (core only, measured in-process)',
  async run(): Promise<readonly Row[]> {
    const ws = keystrokeWorkspace(seed);
    const host = memoryHost(ws.files);
    const paths = Object.keys(ws.files);
    const big = ws.files[ws.bigFile]!;
    const bigBytes = Buffer.byteLength(big);
    const lines = big.split('\n').length;
    if (paths.length !== 300) throw new Error(`the keystroke workspace has ${paths.length} files, expected 300`);
    if (lines < bigFileLines) throw new Error(`${ws.bigFile} has ${lines} lines, expected ${bigFileLines} or more`);

    const first = analyze(host, '.', { savings: false });
    const errors = first.diagnostics.filter((d) => d.severity === 'error');
    if (errors.length > 0) {
      const shown = errors.slice(0, 8).map((d) => `  ${d.file}:${d.range.start.line + 1}: ${d.summary}: ${d.detail ?? ''}`);
      throw new Error(`the keystroke workspace must analyze without errors; ${errors.length} errors:\n${shown.join('\n')}`);
    }
    const resources = first.roots.reduce((n, r) => n + r.evaluation.resources.length, 0);
    log(`keystroke: ${paths.length} files, ${first.roots.length} root modules, ${resources} resource instances, ${first.findings.length} findings; ${ws.bigFile} ${lines} lines, ${kb(bigBytes)} kB`);

    log(`keystroke: parse of ${ws.bigFile} alone x${keystrokes}`);
    let sink = 0;
    const parse = await timeRuns(keystrokes, () => {
      sink += parseHcl(big, ws.bigFile).body.items.length;
    });

    log(`keystroke: cold analyze x5`);
    const cold = await timeRuns(5, () => {
      sink += analyze(host, '.', { savings: false }).findings.length;
    });

    log(`keystroke: warm re-run without edit x${keystrokes}`);
    const warm = new EvalCache();
    analyze(host, '.', { cache: warm, savings: false });
    const noEdit = await timeRuns(keystrokes, () => {
      sink += analyze(host, '.', { cache: warm, savings: false }).findings.length;
    });

    log(`keystroke: one character typed, then analyze x${keystrokes}`);
    const typing = await timeKeystrokes(host, ws, { savings: false });
    log(`keystroke: the same with savings (analyze's default) x${keystrokes}`);
    const typingSavings = await timeKeystrokes(host, ws, {});
    log(`keystroke: where a keystroke goes, step by step x${keystrokes}`);
    const steps = breakdown(host, ws);
    if (sink === 0) throw new Error('nothing measured');

    const memory = memoryUse();
    return [
      {
        kind: 'note',
        label: 'workspace',
        text: `${paths.length} .tf files in ${ws.moduleDirs} modules (seed ${seed}), ${first.roots.length} root modules, ${resources} resource instances, ${first.findings.length} findings, 0 errors; ${ws.bigFile}: ${lines} lines, ${kb(bigBytes)} kB`,
      },
      rateRow('parse one file', parse, bigBytes, 1, 'files'),
      rateRow('keystroke', typing, bigBytes, 1, 'keystrokes'),
      { kind: 'note', label: 'keystroke', text: `type one character in ${ws.bigFile}, analyze(savings: false) with a warm cache: median ${ms(typing.medianMs)} ms of ${typing.runsMs.length} (${spread(typing)}); parse alone median ${ms(parse.medianMs)} ms (${spread(parse)})` },
      { kind: 'note', label: 'with savings', text: `the same keystrokes with analyze's default savings: true: median ${ms(typingSavings.medianMs)} ms (${spread(typingSavings)})` },
      { kind: 'note', label: 'steps', text: `the same keystrokes, analyze's steps timed one by one (medians): find root modules ${ms(steps.find)} ms, evaluate ${steps.roots} roots ${ms(steps.evaluate)} ms, policy over every root ${ms(steps.policy)} ms (${ms(steps.policyEdited)} ms of it the edited file's root)` },
      { kind: 'note', label: 'no edit', text: `warm re-run of the unchanged workspace: median ${ms(noEdit.medianMs)} ms (${spread(noEdit)})` },
      { kind: 'note', label: 'cold', text: `analyze with a new cache: median ${ms(cold.medianMs)} ms (${spread(cold)})` },
      { kind: 'ratio', label: 'parse-one-file/keystroke', ratio: typing.medianMs / parse.medianMs },
      { kind: 'ratio', label: 'keystroke/cold', ratio: cold.medianMs / typing.medianMs },
      { kind: 'note', label: 'memory', text: `peak RSS ${mb(memory.peakRss)} MB, peak heap used ${mb(memory.peakHeapUsed)} MB` },
      { kind: 'note', label: 'headline', text: `a keystroke in a 3,000-line file costs ${ms(typing.medianMs)} ms, ${(typing.medianMs / parse.medianMs).toFixed(1)}x the parse of that file alone` },
    ];
  },
};

/**
 * Warms a cache on the untouched workspace, then times `keystrokes` analyses, each after one more
 * character of `typed` went into the target string: every text is new, so the cache cannot answer
 * with an earlier result. The hosts are built before timing; the last analysis must show the text.
 */
async function timeKeystrokes(base: Host, ws: KeystrokeWorkspace, options: { savings?: boolean }): Promise<Timing> {
  const original = ws.files[ws.bigFile]!;
  const at = original.indexOf(`"${targetPrefix}`) + 1 + targetPrefix.length;
  const textAfter = (n: number): string => original.slice(0, at) + typed.slice(0, n) + original.slice(at);
  // the warm-up run of timeRuns takes keystroke 1
  const hosts = Array.from({ length: keystrokes + 1 }, (_, i) => overlayHost(base, new Map([[ws.bigFile, textAfter(i + 1)]])));
  const cache = new EvalCache();
  analyze(base, '.', { cache, ...options });
  let next = 0;
  let last: Analysis | undefined;
  const timing = await timeRuns(keystrokes, () => {
    last = analyze(hosts[next++]!, '.', { cache, ...options });
  });
  const expected = targetPrefix + typed.slice(0, keystrokes + 1);
  const target = last!.roots.flatMap((r) => r.evaluation.resources).filter((r) => r.file === ws.bigFile && r.name === targetName);
  const seen = target.filter((r) => {
    const v = r.body.attributes.get('description')?.value;
    return v?.kind === 'string' && v.value === expected;
  });
  if (target.length === 0 || seen.length !== target.length) throw new Error(`the last keystroke's text "${expected}" is not in ${ws.bigFile}'s ${targetName}`);
  return timing;
}

export /**
 * The steps of `analyze` timed apart on the same kind of keystroke (a fresh text each time): root
 * discovery, the cached evaluation of every root, and the policy rules over every root. Medians in ms.
 */
function breakdown(base: Host, ws: KeystrokeWorkspace): { find: number; evaluate: number; policy: number; policyEdited: number; roots: number } {
  const original = ws.files[ws.bigFile]!;
  const at = original.indexOf(`"${targetPrefix}`) + 1 + targetPrefix.length;
  const cache = new EvalCache();
  const roots = findRootModules(base, '.', [], cache);
  roots.forEach((r) => evaluateConfiguration(base, r, { cache }));
  const today = new Date().toISOString().slice(0, 10);
  const times = { find: [] as number[], evaluate: [] as number[], policy: [] as number[], policyEdited: [] as number[] };
  const time = (into: number[], body: () => void): void => {
    const start = performance.now();
    body();
    into.push(performance.now() - start);
  };
  for (let i = 1; i <= keystrokes; i++) {
    // a different character from timeKeystrokes', so these texts are new to the cache too
    const host = overlayHost(base, new Map([[ws.bigFile, original.slice(0, at) + '#'.repeat(i) + original.slice(at)]]));
    let evaluations: Evaluation[] = [];
    time(times.find, () => void findRootModules(host, '.', [], cache));
    time(times.evaluate, () => void (evaluations = roots.map((r) => evaluateConfiguration(host, r, { cache }))));
    time(times.policy, () => evaluations.forEach((e) => runPolicy(e, { rules: RULES, today })));
    const edited = evaluations.find((e) => e.resources.some((r) => r.file === ws.bigFile));
    if (!edited) throw new Error(`no root evaluates ${ws.bigFile}`);
    time(times.policyEdited, () => void runPolicy(edited, { rules: RULES, today }));
  }
  return { find: median(times.find), evaluate: median(times.evaluate), policy: median(times.policy), policyEdited: median(times.policyEdited), roots: roots.length };
}

export interface KeystrokeWorkspace {
  readonly files: Readonly<Record<string, string>>;
  readonly moduleDirs: number;
  /** The ~3,000-line main.tf, holding the `keystroke_target` resource the bench types into. */
  readonly bigFile: string;
}

/**
 * Six service subtrees of the generated repository (each service a root module here, as a
 * repository of several stacks has), and one leaf module's main.tf grown with seeded resource
 * blocks to `bigFileLines` lines, `keystroke_target` in the middle.
 */
export function keystrokeWorkspace(seed: number): KeystrokeWorkspace {
  const full = generateWorkspace(seed);
  const calls = (dir: string): string[] =>
    [...(full.files[`${dir}/main.tf`] ?? '').matchAll(/source\s*=\s*"([^"]+)"/g)].map((m) => joinDir(dir, m[1]!));
  const serviceDirs = full.moduleDirs.filter((d) => d.startsWith('modules/services/'));
  const dirs = new Set<string>();
  const add = (d: string): void => {
    dirs.add(d);
    calls(d).forEach(add);
  };
  services.forEach((s) => add(serviceDirs[s]!));
  const files: Record<string, string> = {};
  for (const [p, t] of Object.entries(full.files)) {
    if (dirs.has(p.slice(0, p.lastIndexOf('/')))) files[p] = t;
  }
  const leaf = [...dirs].filter((d) => d.startsWith('modules/primitives/')).sort()[0]!;
  const bigFile = `${leaf}/main.tf`;
  files[bigFile] = grow(files[bigFile] ?? '', seed);
  return { files, moduleDirs: dirs.size, bigFile };
}

function joinDir(dir: string, rel: string): string {
  const parts = dir.split('/');
  for (const p of rel.split('/')) {
    if (p === '..') parts.pop();
    else if (p !== '.') parts.push(p);
  }
  return parts.join('/');
}

/** `text` with seeded resource blocks appended until it has `bigFileLines` lines, the target halfway. */
function grow(text: string, seed: number): string {
  let state = seed >>> 0;
  // a small LCG: the blocks only need to vary, the same way every run
  const int = (n: number): number => {
    state = (Math.imul(state, 1664525) + 1013904223) >>> 0;
    return state % n;
  };
  const blocks: string[] = [text];
  let lines = text.split('\n').length;
  let placed = false;
  for (let i = 1; lines < bigFileLines; i++) {
    const block = !placed && lines >= bigFileLines / 2 ? ((placed = true), targetBlock()) : bulkBlock(i, int);
    blocks.push(block);
    lines += block.split('\n').length;
  }
  return blocks.join('\n');
}

function targetBlock(): string {
  return `
resource "aws_security_group" "${targetName}" {
  name        = "\${var.name}-keystroke"
  description = "${targetPrefix}"
}
`;
}

function bulkBlock(i: number, int: (n: number) => number): string {
  const n = String(i).padStart(4, '0');
  const instanceTypes = ['t3.micro', 't3.small', 't3.medium', 'm5.large', 'c6g.large'];
  switch (int(5)) {
    case 0:
      return `
resource "aws_security_group" "bulk_${n}" {
  name        = "\${var.name}-bulk-${n}"
  description = "Bulk group ${n}"

  ingress {
    from_port   = ${[22, 80, 443, 5432][int(4)]}
    to_port     = ${[22, 80, 443, 5432][int(4)]}
    protocol    = "tcp"
    cidr_blocks = ["10.${int(256)}.0.0/16"]
  }

  egress {
    from_port   = 0
    to_port     = 0
    protocol    = "-1"
    cidr_blocks = ["0.0.0.0/0"]
  }

  tags = {
    Name        = "\${var.name}-bulk-${n}"
    Environment = var.environment
  }
}
`;
    case 1:
      return `
resource "aws_instance" "bulk_${n}" {
  ami           = "ami-0123456789abcdef0"
  instance_type = "${instanceTypes[int(instanceTypes.length)]}"
  monitoring    = ${int(2) === 0}

  metadata_options {
    http_tokens = "required"
  }

  root_block_device {
    volume_size = ${8 * (1 + int(8))}
    volume_type = "gp3"
    encrypted   = true
  }

  tags = {
    Name        = "\${var.name}-bulk-${n}"
    Environment = var.environment
  }
}
`;
    case 2:
      return `
resource "aws_s3_bucket" "bulk_${n}" {
  bucket = "\${var.name}-bulk-${n}"

  tags = {
    Environment = var.environment
  }
}

resource "aws_s3_bucket_versioning" "bulk_${n}" {
  bucket = aws_s3_bucket.bulk_${n}.id

  versioning_configuration {
    status = "${int(2) === 0 ? 'Enabled' : 'Suspended'}"
  }
}
`;
    case 3:
      return `
resource "aws_cloudwatch_log_group" "bulk_${n}" {
  name              = "/bulk/\${var.name}/${n}"
  retention_in_days = ${[7, 14, 30, 90, 365][int(5)]}

  tags = {
    Environment = var.environment
  }
}
`;
    default:
      return `
resource "aws_sqs_queue" "bulk_${n}" {
  name                       = "\${var.name}-bulk-${n}"
  visibility_timeout_seconds = ${30 * (1 + int(10))}
  message_retention_seconds  = ${86400 * (1 + int(14))}
  sqs_managed_sse_enabled    = true

  tags = {
    Environment = var.environment
  }
}
`;
  }
}

/** The fastest and slowest run: a wide spread means a busy machine, and medians to read with care. */
function spread(t: Timing): string {
  return `${ms(Math.min(...t.runsMs))}-${ms(Math.max(...t.runsMs))} ms`;
}

function ms(n: number): string {
  return n < 10 ? n.toFixed(2) : n < 100 ? n.toFixed(1) : Math.round(n).toLocaleString('en-US');
}

function kb(bytes: number): string {
  return (bytes / 1e3).toFixed(0);
}

function mb(bytes: number): string {
  return (bytes / 1e6).toFixed(2);
}

function log(message: string): void {
  process.stderr.write(`${message}\n`);
}
