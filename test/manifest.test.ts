/**
 * package.json's `contributes` lists exactly what the extension registers and reads: the commands
 * of src/vscode/commands.ts (with their palette titles) and its settings (types and defaults), and
 * every command or setting the extension's sources name is in that table.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { RULES } from '../src/policy';
import { COMMANDS, SETTINGS } from '../src/vscode/commands';
import { ruleDocsMarkdown } from '../src/vscode/rule-docs-text';
import { fromRoot } from './support/paths';

interface Manifest {
  activationEvents: string[];
  contributes: {
    commands: { command: string; title: string; category?: string }[];
    menus: Record<string, { command: string; when?: string }[]>;
    configuration: { properties: Record<string, { type: string; default: unknown }> };
  };
}

const manifest = JSON.parse(readFileSync(fromRoot('package.json'), 'utf8')) as Manifest;

test('package.json contributes exactly the commands of src/vscode/commands.ts, with their titles', () => {
  const contributed = manifest.contributes.commands.map((c) => [c.command, c.category ? `${c.category}: ${c.title}` : c.title]).sort();
  const registered = Object.values(COMMANDS).map((c) => [c.id, c.title]).sort();
  assert.deepEqual(contributed, registered);
});

test('commands kept out of the palette are exactly those marked palette: false', () => {
  const hidden = (manifest.contributes.menus.commandPalette ?? []).filter((m) => m.when === 'false').map((m) => m.command).sort();
  assert.deepEqual(hidden, Object.values(COMMANDS).filter((c) => !c.palette).map((c) => c.id).sort());
});

test('menus name only registered commands', () => {
  const ids = new Set<string>(Object.values(COMMANDS).map((c) => c.id));
  for (const [menu, items] of Object.entries(manifest.contributes.menus)) {
    for (const item of items) assert.ok(ids.has(item.command), `${menu} names ${item.command}`);
  }
});

test('package.json contributes exactly the settings of src/vscode/commands.ts, with types and defaults', () => {
  const contributed = Object.entries(manifest.contributes.configuration.properties).map(([key, p]) => [key, p.type, p.default]).sort();
  const read = Object.values(SETTINGS).map((s) => [s.key, s.type, s.default]).sort();
  assert.deepEqual(contributed, read);
});

test('the extension sources name commands and settings only through the table', () => {
  const dir = fromRoot('src', 'vscode');
  const known = new Set<string>([...Object.values(COMMANDS).map((c) => c.id), ...Object.values(SETTINGS).map((s) => s.key)]);
  for (const name of readdirSync(dir).filter((n) => n.endsWith('.ts') && !n.endsWith('.test.ts') && n !== 'commands.ts')) {
    const text = readFileSync(`${dir}/${name}`, 'utf8');
    for (const m of text.matchAll(/['"`](kensa\.[a-zA-Z.]+)['"`]/g)) {
      // kensa.cost (the status item id) and kensa.costReport (the webview type) are not commands or settings
      if (m[1] === 'kensa.cost' || m[1] === 'kensa.costReport') continue;
      assert.ok(known.has(m[1]!), `${name} names ${m[1]}, which is not in src/vscode/commands.ts`);
    }
  }
});

test("the extension's bundle leaves the engine out: rules, pricers and the price catalogue are in the worker's bundle", () => {
  // dist/ is built by `node esbuild.mjs`, which every test run starts with
  const extension = readFileSync(fromRoot('dist', 'extension.js'), 'utf8');
  const engine = readFileSync(fromRoot('dist', 'analysis-worker.js'), 'utf8');
  for (const marker of ['defineRule(', 'definePricer(', 'function embeddedCatalogue(', 'function evaluateConfiguration(']) {
    assert.ok(!extension.includes(marker), `dist/extension.js holds ${marker}: an import pulls the engine into activation`);
    assert.ok(engine.includes(marker), `dist/analysis-worker.js holds ${marker}`);
  }
  assert.ok(/dist\/analysis-worker\.js/.test(readFileSync(fromRoot('.vscodeignore'), 'utf8')), 'the worker bundle is packaged');
});

/** The npm packages a bundle holds, from its source map (dist/ is built with source maps for tests). */
function bundledPackages(bundle: string): string[] {
  const map = JSON.parse(readFileSync(fromRoot('dist', `${bundle}.map`), 'utf8')) as { sources: string[] };
  const names = map.sources
    .filter((s) => s.includes('node_modules/'))
    .map((s) => {
      const parts = s.split('node_modules/').pop()!.split('/');
      return parts[0]!.startsWith('@') ? `${parts[0]}/${parts[1]}` : parts[0]!;
    });
  return [...new Set(names)].sort();
}

test("the libraries of the Terraform functions load in the worker and the CLI, not at activation in the extension's bundle", () => {
  const libraries = ['@noble/hashes', 'fflate', 're2js', 'yaml'];
  for (const bundle of ['analysis-worker.js', 'cli.js']) {
    const held = bundledPackages(bundle);
    for (const lib of libraries) assert.ok(held.includes(lib), `dist/${bundle} bundles ${lib}`);
  }
  const extension = bundledPackages('extension.js');
  for (const lib of libraries) assert.ok(!extension.includes(lib), `dist/extension.js holds ${lib}: an import pulls a function library into activation`);
});

test('the third-party notice names every bundled package with its version and licence text, and is packaged', () => {
  const notice = readFileSync(fromRoot('dist', 'THIRD-PARTY-NOTICES.txt'), 'utf8');
  const bundled = [...new Set(['extension.js', 'analysis-worker.js', 'cli.js'].flatMap(bundledPackages))].sort();
  const named = [...notice.matchAll(/^(\S+) (\d\S*) \(([^)]+)\)$/gm)].map((m) => m[1]!).sort();
  assert.deepEqual(named, bundled);
  for (const name of bundled) {
    const pkg = JSON.parse(readFileSync(fromRoot('node_modules', name, 'package.json'), 'utf8')) as { version: string; license: string };
    assert.ok(notice.includes(`${name} ${pkg.version} (${pkg.license})`), `${name} ${pkg.version} in the notice`);
  }
  assert.match(notice, /Permission to use, copy, modify, and\/or distribute this software/, "yaml's ISC text");
  assert.ok(/dist\/THIRD-PARTY-NOTICES\.txt/.test(readFileSync(fromRoot('.vscodeignore'), 'utf8')), 'the notice is packaged');
});

test("rule documentation for the editor is built beside the bundles, for every rule, and packaged", () => {
  const docs = JSON.parse(readFileSync(fromRoot('dist', 'rule-docs.json'), 'utf8')) as Record<string, { title: string; markdown: string }>;
  assert.deepEqual(Object.keys(docs).sort(), RULES.map((r) => r.id).sort());
  for (const rule of RULES) {
    assert.equal(docs[rule.id]!.title, rule.title);
    assert.equal(docs[rule.id]!.markdown, ruleDocsMarkdown(rule.id), `${rule.id}'s documentation as the engine writes it`);
  }
  assert.ok(/dist\/rule-docs\.json/.test(readFileSync(fromRoot('.vscodeignore'), 'utf8')), 'the documentation is packaged');
});

test('the Getting Started walkthrough: three steps, each with its media file and a command link the extension or VS Code registers', () => {
  const { walkthroughs } = JSON.parse(readFileSync(fromRoot('package.json'), 'utf8')).contributes as {
    walkthroughs: { id: string; steps: { id: string; description: string; media: { markdown?: string }; completionEvents?: string[] }[] }[];
  };
  assert.equal(walkthroughs.length, 1);
  const steps = walkthroughs[0]!.steps;
  assert.deepEqual(steps.map((s) => s.id), ['problems', 'costReport', 'reviewBranch']);
  const ours = new Set<string>(Object.values(COMMANDS).map((c) => c.id));
  // VS Code's own commands the steps may name
  const builtin = new Set(['workbench.actions.view.problems']);
  for (const step of steps) {
    assert.ok(step.media.markdown && readFileSync(fromRoot(step.media.markdown), 'utf8').startsWith('# '), `${step.id}: its media file`);
    const commands = [...step.description.matchAll(/\(command:([\w.]+)\)/g)].map((m) => m[1]!);
    assert.equal(commands.length, 1, `${step.id}: one command link`);
    for (const c of [...commands, ...(step.completionEvents ?? []).map((e) => e.replace(/^onCommand:/, ''))]) assert.ok(ours.has(c) || builtin.has(c), `${step.id} names ${c}`);
  }
  // the media ship in the .vsix: .vscodeignore keeps media/**
  assert.match(readFileSync(fromRoot('.vscodeignore'), 'utf8'), /^!media\/\*\*$/m);
});
