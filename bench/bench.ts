/**
 * `npm run bench [-- SECTION...]`: runs the benchmark sections (all, or those named) one after
 * the other and prints each one's rows as a table. Progress goes to stderr, results to stdout.
 * Timings are reported, never asserted; the process fails only when a section cannot measure
 * (an unknown name, or input that does not parse).
 */
import { costSection } from './cost';
import { evaluateSection } from './evaluate';
import { extensionSection } from './extension';
import { keystrokeSection } from './keystroke';
import { monorepoSection } from './monorepo';
import { parseSection } from './parse';
import { policySection } from './policy';
import { reviewSection } from './review';
import type { BenchSection, Row } from './section';

/** Every section, in the order they run. A new section is one file and one line here. */
const sections: readonly BenchSection[] = [
  parseSection,
  evaluateSection,
  policySection,
  costSection,
  reviewSection,
  keystrokeSection,
  extensionSection,
  monorepoSection,
];

async function main(names: readonly string[]): Promise<number> {
  const unknown = names.filter((n) => !sections.some((s) => s.name === n));
  if (unknown.length > 0) {
    process.stderr.write(`unknown section ${unknown.join(', ')}; sections: ${sections.map((s) => s.name).join(', ')}\n`);
    return 2;
  }
  const chosen = names.length === 0 ? sections : sections.filter((s) => names.includes(s.name));
  const started = performance.now();
  for (const section of chosen) {
    process.stderr.write(`== ${section.name}: ${section.description}\n`);
    const rows = await section.run();
    process.stdout.write(`${formatRows(section.name, rows)}\n`);
  }
  process.stderr.write(`bench: done in ${((performance.now() - started) / 1000).toFixed(1)} s\n`);
  return 0;
}

/** The rows as aligned text lines, each starting with the section name. */
function formatRows(section: string, rows: readonly Row[]): string {
  const lines = rows.map((row): string[] => {
    switch (row.kind) {
      case 'rate':
        return [
          section,
          row.label,
          `${row.mbPerSec.toFixed(2)} MB/s`,
          `${grouped(row.itemsPerSec)} ${row.itemUnit}/s`,
          `median ${grouped(row.medianMs)} ms of ${row.runs}`,
        ];
      case 'ratio':
        return [
          'ratio',
          row.label,
          `${row.ratio.toFixed(1)}x`,
          row.target === undefined ? '' : `(target >= ${row.target}x${row.ratio >= row.target ? '' : ', MISSED'})`,
        ];
      case 'note':
        return [section, row.label, row.text];
    }
  });
  // Notes are free-form text after the label, so they do not widen the number columns.
  const widths: number[] = [];
  lines.forEach((cells, r) => {
    const measured = rows[r]!.kind === 'note' ? cells.slice(0, 2) : cells;
    measured.forEach((c, i) => (widths[i] = Math.max(widths[i] ?? 0, c.length)));
  });
  // Names read best left-aligned, numbers right-aligned.
  return lines
    .map((cells) =>
      cells
        .map((c, i) => (i < 2 || i === cells.length - 1 ? c.padEnd(widths[i] ?? 0) : c.padStart(widths[i]!)))
        .join('  ')
        .trimEnd(),
    )
    .join('\n');
}

function grouped(n: number): string {
  return Math.round(n).toLocaleString('en-US');
}

main(process.argv.slice(2)).then(
  (code) => (process.exitCode = code),
  (error: unknown) => {
    process.stderr.write(`bench failed: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
    process.exitCode = 1;
  },
);
