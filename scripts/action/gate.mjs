// The action's last step: fails the job when the review step's gates failed (a new finding at or
// above fail-on, or a cost increase beyond max-cost-increase), each reason as an error annotation.
import { annotate, env } from './github.mjs';

const reasons = env('KENSA_GATE_REASONS').split('\n').filter(Boolean);
if (env('KENSA_GATE') === 'fail') {
  for (const r of reasons.length ? reasons : ['a gate failed']) annotate('error', `Kensa: ${r}`);
  process.exit(1);
}
process.stdout.write('kensa: the gates pass\n');
