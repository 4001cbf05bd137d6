/**
 * npm run update-prices [-- [--data DIR] [--aws-offers DIR] [--out FILE] [--check]]
 *
 * Builds src/cost/catalogue/aws.json from shared/pricing-data (default ../shared/pricing-data beside the
 * repository; --data DIR or KENSA_PRICING_DATA overrides it), then applies AWS Price List offer files
 * from --aws-offers DIR on top. --check builds in memory and exits 1 if the committed file differs.
 * Nothing is downloaded. See docs/prices.md.
 */
import { existsSync, mkdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { CATALOGUE_REGIONS } from '../../src/cost/catalogue-format';
import { applyOfferFile, readOfferFile, SUPPORTED_OFFER_CODES } from './aws-offers';
import { buildFromSources, encodeCatalogue, findOfferFiles, type ExtraSources } from './build';

function main(): number {
  const { values, positionals } = parseArgs({
    allowPositionals: true,
    options: {
      data: { type: 'string' },
      'aws-offers': { type: 'string' },
      out: { type: 'string', default: 'src/cost/catalogue/aws.json' },
      check: { type: 'boolean', default: false },
      help: { type: 'boolean', default: false },
    },
  });
  if (values.help) {
    process.stdout.write('usage: npm run update-prices -- [--data DIR] [--aws-offers DIR] [--out FILE] [--check]\n');
    return 0;
  }
  const dataDir = resolve(values.data ?? positionals[0] ?? process.env.KENSA_PRICING_DATA ?? '../shared/pricing-data');
  const { table, report, locations } = buildFromSources(dataDir);

  const extra: ExtraSources = {};
  if (values['aws-offers']) {
    const dir = resolve(values['aws-offers']);
    if (!existsSync(dir) || !statSync(dir).isDirectory()) throw new Error(`--aws-offers: ${dir} is not a folder`);
    for (const path of findOfferFiles(dir)) {
      const { source, cells } = applyOfferFile(readOfferFile(path), path, table, CATALOGUE_REGIONS, locations);
      if (cells === 0) {
        process.stderr.write(`aws-offers: ${path}: no prices taken (supported offer codes: ${SUPPORTED_OFFER_CODES.join(', ')})\n`);
        continue;
      }
      const previous = extra[source.id];
      extra[source.id] = previous ? { ...previous, files: [...previous.files, path], asOf: previous.asOf < source.asOf ? previous.asOf : source.asOf } : source;
      process.stderr.write(`aws-offers: ${path}: ${cells} prices (${source.asOf})\n`);
    }
  }

  for (const note of report.notes) process.stderr.write(`note: ${note}\n`);
  const problems = [...report.unmatchedRules.map((r) => `rule matched nothing: ${r}`), ...report.conflicts.map((c) => `conflict: ${c}`)];
  for (const problem of problems) process.stderr.write(`error: ${problem}\n`);
  if (problems.length > 0) return 1;

  const text = `${JSON.stringify(encodeCatalogue(table, extra))}\n`;
  const out = resolve(values.out!);
  if (values.check) {
    const same = existsSync(out) && readFileSync(out, 'utf8') === text;
    process.stderr.write(same ? `${out} is up to date\n` : `${out} differs from a fresh build; run npm run update-prices\n`);
    return same ? 0 : 1;
  }
  mkdirSync(dirname(out), { recursive: true });
  writeFileSync(out, text);
  process.stderr.write(`wrote ${out}: ${table.keys().length} keys, ${(text.length / 1024).toFixed(0)} KiB\n`);
  return 0;
}

try {
  process.exitCode = main();
} catch (error) {
  process.stderr.write(`update-prices: ${error instanceof Error ? error.message : String(error)}\n`);
  process.exitCode = 2;
}
