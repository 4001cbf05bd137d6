/**
 * `kensa review` end to end, as a user runs it: the bundled example project (examples/) made into
 * a temporary git repository with a base commit and a change in the working tree, then dist/cli.js
 * run as a process (git worktree for the base, both sides analysed and priced, the diff, JSON out).
 * The node start-up and `kensa --version` are timed too, so the review's own share is visible.
 * Target: under a second.
 */
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readFileSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fromRoot } from '../test/support/paths';
import { median, rateRow, timeRuns } from './measure';
import type { BenchSection, Row } from './section';

const runs = 5;
const TARGET_MS = 1000;

function git(cwd: string, ...args: string[]): void {
  const r = spawnSync('git', ['-c', 'user.name=Kensa Bench', '-c', 'user.email=bench@kensa.invalid', '-c', 'init.defaultBranch=main', ...args], { cwd, encoding: 'utf8' });
  if (r.status !== 0) throw new Error(`git ${args.join(' ')}: ${r.stderr}`);
}

function bytesUnder(dir: string): number {
  let n = 0;
  for (const e of readdirSync(dir)) {
    const p = join(dir, e);
    n += statSync(p).isDirectory() ? bytesUnder(p) : e.endsWith('.tf') || e.endsWith('.tfvars') || e.endsWith('.json') ? statSync(p).size : 0;
  }
  return n;
}

/** The `review` section. Rejects if dist/cli.js is missing or the review does not exit 0 with a cost change. */
export const reviewSection: BenchSection = {
  name: 'review',
  description: 'kensa review (process, git worktree) on examples/ as a git repo with a change, median of 5',
  async run(): Promise<readonly Row[]> {
    const cli = fromRoot('dist/cli.js');
    if (!existsSync(cli)) throw new Error('dist/cli.js is missing: run node esbuild.mjs first');
    const repo = mkdtempSync(join(tmpdir(), 'kensa-bench-review-'));
    try {
      cpSync(fromRoot('examples'), repo, { recursive: true });
      git(repo, 'init', '--quiet');
      git(repo, 'add', '.');
      git(repo, 'commit', '--quiet', '-m', 'base');
      // the change under review: a bigger instance type for the web tier and one more NAT gateway's worth of resources
      const tfvars = join(repo, 'terraform.tfvars');
      writeFileSync(tfvars, readFileSync(tfvars, 'utf8').replace(/web_instance_type\s*=\s*"[^"]+"/, 'web_instance_type = "m5.xlarge"'));
      writeFileSync(join(repo, 'extra.tf'), 'resource "aws_nat_gateway" "extra" {\n  allocation_id = "eipalloc-0123"\n  subnet_id     = "subnet-0123"\n}\n');
      const bytes = bytesUnder(repo) * 2;

      const review = (): { ms: number; stdout: string } => {
        const start = performance.now();
        const r = spawnSync(process.execPath, [cli, 'review', '--base', 'HEAD', '--format', 'json', '--fail-on', 'none'], { cwd: repo, encoding: 'utf8' });
        const ms = performance.now() - start;
        if (r.status !== 0) throw new Error(`kensa review exited ${r.status}: ${r.stderr}`);
        return { ms, stdout: r.stdout };
      };
      process.stderr.write(`review: kensa review x${runs} on ${repo}\n`);
      let last = '';
      const timing = await timeRuns(runs, () => {
        last = review().stdout;
      });
      const out = JSON.parse(last) as { cost: { before: number; after: number; delta: number; resources: unknown[] }; findings: { new: unknown[]; fixed: unknown[]; unchanged: number } };
      if (out.cost.delta <= 0) throw new Error('the change under review did not raise the cost');

      const startUps: number[] = [];
      for (let i = 0; i < runs; i++) {
        const start = performance.now();
        spawnSync(process.execPath, [cli, '--version']);
        startUps.push(performance.now() - start);
      }
      const startUp = median(startUps);
      const met = timing.medianMs < TARGET_MS;
      return [
        { kind: 'note', label: 'input', text: `examples/ (${(bytes / 2 / 1000).toFixed(1)} kB of configuration) at a base commit and with a change in the working tree` },
        rateRow('kensa review', timing, bytes, 1, 'reviews'),
        {
          kind: 'note',
          label: 'kensa review',
          text: `median ${Math.round(timing.medianMs)} ms (runs ${timing.runsMs.map((m) => Math.round(m)).join(', ')}); target < ${TARGET_MS} ms${met ? '' : ', MISSED'}`,
        },
        { kind: 'note', label: 'start-up', text: `kensa --version: median ${Math.round(startUp)} ms (node start and loading the bundle), included above` },
        {
          kind: 'note',
          label: 'result',
          text: `cost $${out.cost.before} -> $${out.cost.after} (${out.cost.delta > 0 ? '+' : ''}${out.cost.delta}), ${out.cost.resources.length} resources changed; findings ${out.findings.new.length} new, ${out.findings.fixed.length} fixed, ${out.findings.unchanged} unchanged`,
        },
      ];
    } finally {
      rmSync(repo, { recursive: true, force: true });
    }
  },
};
