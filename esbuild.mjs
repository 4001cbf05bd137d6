// Builds Kensa with esbuild. tsc only type-checks (npm run typecheck).
//   node esbuild.mjs               dist/extension.js, dist/analysis-worker.js, dist/cli.js (source maps),
//                                  dist/rule-docs.json, dist/usage-keys.json and dist/THIRD-PARTY-NOTICES.txt
//   node esbuild.mjs --production  the same, minified, for packaging
//   node esbuild.mjs --tests       also every *.test.ts into dist/test/ (node --test runs them)
//   node esbuild.mjs --e2e         also the VS Code end-to-end suite into dist/e2e/
//   node esbuild.mjs --bench       also the benchmark into dist/bench/
import * as esbuild from 'esbuild';
import { existsSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join, relative, resolve } from 'node:path';

const args = new Set(process.argv.slice(2));
const production = args.has('--production');

/** Every file under dir whose name passes keep, skipping dependency and output folders. */
function findFiles(dir, keep, out = []) {
  for (const name of readdirSync(dir)) {
    if (name === 'node_modules' || name === 'dist' || name.startsWith('.')) continue;
    const path = join(dir, name);
    if (statSync(path).isDirectory()) findFiles(path, keep, out);
    else if (keep(path)) out.push(path);
  }
  return out;
}

const version = JSON.parse(readFileSync('package.json', 'utf8')).version;

const common = {
  define: { KENSA_VERSION: JSON.stringify(version) },
  bundle: true,
  platform: 'node',
  // jsonc-parser's UMD "main" loads its parts at run time; its ES module build bundles cleanly
  mainFields: ['module', 'main'],
  target: 'node18',
  format: 'cjs',
  sourcemap: true,
  logLevel: 'warning',
  // the wasm oracle loads its own files at run time; vscode is the host's
  external: ['vscode', '@cdktf/hcl2json', 'mocha', 'playwright-core', 'esbuild'],
};

const shipped = [
  esbuild.build({
    ...common,
    // the worker thread the extension analyses on: its own bundle of the core
    entryPoints: { extension: 'src/vscode/extension.ts', 'analysis-worker': 'src/vscode/analysis-worker.ts' },
    outdir: 'dist',
    minify: production,
    metafile: true,
  }),
  esbuild.build({
    ...common,
    entryPoints: { cli: 'src/cli/main.ts' },
    outdir: 'dist',
    minify: production,
    banner: { js: '#!/usr/bin/env node' },
    metafile: true,
  }),
];
const builds = [...shipped];

// KENSA_TEST_OUT lets two builds run side by side without removing each other's tests
const testOut = process.env.KENSA_TEST_OUT ?? 'dist/test';

if (args.has('--tests')) {
  rmSync(testOut, { recursive: true, force: true });
  const entries = findFiles('.', (p) => p.endsWith('.test.ts') && !p.startsWith(join('test', 'vscode')));
  builds.push(
    esbuild.build({
      ...common,
      entryPoints: Object.fromEntries(entries.map((e) => [relative('.', e).replace(/\.ts$/, ''), e])),
      outdir: testOut,
    }),
  );
}

if (args.has('--e2e')) {
  builds.push(
    esbuild.build({
      ...common,
      entryPoints: findFiles('test/vscode', (p) => p.endsWith('.ts')),
      outdir: 'dist/e2e',
    }),
  );
}

if (args.has('--bench')) {
  builds.push(
    esbuild.build({ ...common, entryPoints: { bench: 'bench/bench.ts' }, outdir: 'dist/bench' }),
  );
}

await Promise.all(builds);

/** The folder of the npm package a bundled file belongs to (the nearest package.json with a name). */
function packageDir(file) {
  for (let dir = dirname(resolve(file)); dir !== dirname(dir); dir = dirname(dir)) {
    const manifest = join(dir, 'package.json');
    if (existsSync(manifest) && JSON.parse(readFileSync(manifest, 'utf8')).name) return dir;
  }
  throw new Error(`no package.json above ${file}`);
}

// The licences of the packages bundled into the shipped files, written from what esbuild put in them.
const packages = new Map();
for (const { metafile } of await Promise.all(shipped)) {
  for (const input of Object.keys(metafile.inputs)) {
    if (!input.includes('node_modules/')) continue;
    const dir = packageDir(input);
    const manifest = JSON.parse(readFileSync(join(dir, 'package.json'), 'utf8'));
    const licence = readdirSync(dir).find((n) => /^licen[cs]e/i.test(n));
    if (!licence) throw new Error(`${manifest.name} ships no licence file`);
    packages.set(manifest.name, { manifest, text: readFileSync(join(dir, licence), 'utf8').trim() });
  }
}
const notices = [...packages.entries()]
  .sort(([a], [b]) => (a < b ? -1 : 1))
  .map(([name, { manifest, text }]) => `${name} ${manifest.version} (${manifest.license})\n${manifest.homepage ?? ''}\n\n${text}\n`);
writeFileSync(
  join('dist', 'THIRD-PARTY-NOTICES.txt'),
  `Kensa bundles these packages into dist/analysis-worker.js, dist/cli.js and dist/extension.js.\n\n${notices.join('\n' + '-'.repeat(78) + '\n\n')}`,
);

// The rules' documentation as the editor shows it, so opening a rule's docs reads a small JSON file
// instead of loading the engine into the extension host (src/vscode/rule-docs.ts).
const engine = createRequire(import.meta.url)(resolve('dist', 'analysis-worker.js'));
const ruleDocs = Object.fromEntries(engine.RULES.map((r) => [r.id, { title: r.title, markdown: engine.ruleDocsMarkdown(r.id) }]));
writeFileSync(join('dist', 'rule-docs.json'), JSON.stringify(ruleDocs));

// The usage keys each pricer reads (unit and meaning), for "Kensa: Set usage…" in the editor
// without loading the engine there (src/vscode/set-usage.ts).
const usageKeys = Object.fromEntries(engine.PRICERS.filter((p) => p.usage && Object.keys(p.usage).length).map((p) => [p.resource, p.usage]));
writeFileSync(join('dist', 'usage-keys.json'), JSON.stringify(usageKeys));
