/**
 * The layering rules of STYLE.md, checked on the source: the core never imports `vscode`, each
 * folder imports only the folders below it, and only through their index.ts.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve, sep } from 'node:path';
import { fromRoot } from './support/paths';

/** Which top-level folders of src/ each folder may import. */
const ALLOWED: Record<string, readonly string[]> = {
  text: [],
  hcl: ['text'],
  terraform: ['text', 'hcl'],
  policy: ['text', 'hcl', 'terraform'],
  cost: ['text', 'hcl', 'terraform'],
  review: ['text', 'hcl', 'terraform', 'policy', 'cost'],
  config: ['text', 'hcl', 'terraform', 'policy', 'cost'],
  'config-checks': ['text', 'hcl', 'terraform', 'policy', 'cost', 'config'],
  engine: ['text', 'hcl', 'terraform', 'policy', 'cost', 'review', 'config', 'config-checks', 'what-if'],
  'what-if': ['text', 'hcl', 'terraform'],
  vscode: ['text', 'hcl', 'terraform', 'policy', 'cost', 'review', 'engine', 'config'],
  cli: ['text', 'hcl', 'terraform', 'policy', 'cost', 'review', 'engine', 'config'],
};
const CORE = ['text', 'hcl', 'terraform', 'policy', 'cost', 'review', 'config', 'config-checks', 'engine', 'what-if'];
/**
 * Runtime packages the core may use, and the folders that may import each: pure JavaScript, bundled
 * by esbuild (STYLE.md principle 8). package.json's dependencies are exactly these.
 */
const CORE_PACKAGES: Record<string, readonly string[]> = {
  '@noble/hashes': ['terraform'],
  fflate: ['terraform'],
  'jsonc-parser': ['hcl', 'terraform', 'config', 'config-checks'],
  re2js: ['terraform'],
  yaml: ['terraform', 'cost'],
};
/** `@scope/name/sub.js` -> `@scope/name`, `name/sub` -> `name`. */
const packageOf = (spec: string): string => spec.split('/').slice(0, spec.startsWith('@') ? 2 : 1).join('/');

function sources(dir: string, out: string[] = []): string[] {
  for (const name of readdirSync(dir)) {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) sources(path, out);
    else if (name.endsWith('.ts') && !name.endsWith('.test.ts')) out.push(path);
  }
  return out;
}

function imports(file: string): string[] {
  const text = readFileSync(file, 'utf8');
  return [...text.matchAll(/^\s*(?:import|export)\b[^'"]*?from\s+['"]([^'"]+)['"]/gm), ...text.matchAll(/^\s*import\s+['"]([^'"]+)['"]/gm)].map((m) => m[1]!);
}

const src = fromRoot('src');
const files = sources(src);

function folderOf(path: string): string {
  const rel = relative(src, path).split(sep);
  return rel.length > 1 ? rel[0]! : rel[0]!.replace(/\.ts$/, '');
}

test('the source tree has files in every layer checked', () => {
  assert.ok(files.length > 10);
});

for (const file of files) {
  const rel = relative(src, file);
  test(`layering: src/${rel}`, () => {
    const from = folderOf(file);
    for (const spec of imports(file)) {
      if (spec.startsWith('.')) {
        const target = resolve(dirname(file), spec);
        if (!target.startsWith(src + sep)) continue;
        const to = folderOf(target + '.ts');
        if (to === from) continue;
        const allowed = ALLOWED[from] ?? [];
        assert.ok(allowed.includes(to), `src/${rel} imports ${spec}: ${from} may not import ${to}`);
        const inside = relative(join(src, to), target);
        assert.ok(inside === '' || inside === 'index', `src/${rel} imports ${spec}: import another folder only through its index.ts`);
      } else if (CORE.includes(from)) {
        assert.ok(!spec.startsWith('vscode'), `src/${rel}: the core never imports vscode`);
        const users = CORE_PACKAGES[packageOf(spec)];
        assert.ok(users, `src/${rel} imports "${spec}": the core's runtime dependencies are ${Object.keys(CORE_PACKAGES).join(', ')}`);
        assert.ok(users.includes(from), `src/${rel} imports "${spec}": only ${users.join(', ')} may`);
      } else if (from === 'cli') {
        assert.ok(spec.startsWith('node:'), `src/${rel} imports "${spec}": the CLI uses node: modules and the core only`);
      }
    }
  });
}

test('Kensa runs no program but git, and no code it reads; git not in Restricted Mode (untrustedWorkspaces: limited)', () => {
  const runsGit = ['cli/git.ts', 'vscode/git.ts'];
  for (const file of files) {
    const rel = relative(src, file).split(sep).join('/');
    const text = readFileSync(file, 'utf8');
    assert.doesNotMatch(text, /\beval\(|new Function\(|node:vm\b/, `src/${rel} evaluates code`);
    if (!/node:child_process/.test(text)) continue;
    assert.ok(runsGit.includes(rel), `src/${rel} imports node:child_process: only ${runsGit.join(' and ')} may, to run git`);
    const calls = [...text.matchAll(/\b(execFile|execFileSync|spawn|spawnSync|exec|execSync|fork)\(([^,)]*)/g)];
    assert.ok(calls.length > 0, `src/${rel} runs git somewhere`);
    for (const [call, fn, program] of calls) assert.ok(/^(execFile|execFileSync|spawn|spawnSync)$/.test(fn!) && program!.trim() === "'git'", `src/${rel}: ${call} runs something other than git, or through a shell`);
  }
  // git follows the repository's configuration, which can name programs: the editor runs it in trusted workspaces only
  // (the restricted end-to-end suite checks it in a real VS Code)
  const manifest = JSON.parse(readFileSync(fromRoot('package.json'), 'utf8')) as { capabilities: { untrustedWorkspaces: { supported: unknown; description?: string } } };
  assert.equal(manifest.capabilities.untrustedWorkspaces.supported, 'limited');
  assert.match(manifest.capabilities.untrustedWorkspaces.description ?? '', /Review branch/);
});

test("package.json's runtime dependencies are exactly the packages the core may import", () => {
  const manifest = JSON.parse(readFileSync(fromRoot('package.json'), 'utf8')) as { dependencies: Record<string, string> };
  assert.deepEqual(Object.keys(manifest.dependencies).sort(), Object.keys(CORE_PACKAGES).sort());
});
