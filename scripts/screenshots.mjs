#!/usr/bin/env node
// `node scripts/screenshots.mjs`: retakes the README's screenshots of the extension (docs/images/*.png)
// in a real VS Code: code-server from .vscode-test/code-server (scripts/setup-e2e.sh installs it),
// driven by Debian's headless Chromium through playwright-core, on test/vscode/workspace/shop.
// The built extension (run `node esbuild.mjs` first; this script does it) is linked into a fresh
// --extensions-dir, so nothing is installed or downloaded. Not part of `npm test`: pictures are
// looked at, not asserted, but each step waits for its feature to be on screen and fails if it is not.
//
// The branch review runs on a throwaway git repository made from the same workspace: its main branch
// lacks the ACL, the NAT gateway and its address, and has a smaller instance; the working tree is the shop.
//
// Options: --out <dir> (default docs/images), --only <name,...> (diagnostics, cost-lens, cost-report, review),
// CODE_SERVER=<dir with out/node/entry.js>, CHROMIUM_PATH (default /usr/bin/chromium).
import { spawn, execFileSync } from 'node:child_process';
import fs from 'node:fs';
import http from 'node:http';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { createRequire } from 'node:module';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const { chromium } = createRequire(path.join(root, 'package.json'))('playwright-core');

const args = {};
for (let i = 2; i < process.argv.length; i += 2) args[process.argv[i].replace(/^--/, '')] = process.argv[i + 1];
const out = path.resolve(args.out ?? path.join(root, 'docs/images'));
const only = args.only ? args.only.split(',') : undefined;
const workspace = path.join(root, 'test/vscode/workspace/shop');
const codeServer = path.resolve(process.env.CODE_SERVER ?? path.join(root, '.vscode-test/code-server/node_modules/code-server'));
const entry = path.join(codeServer, 'out/node/entry.js');
const manifest = JSON.parse(fs.readFileSync(path.join(root, 'package.json'), 'utf8'));

const sleep = (ms) => new Promise((r) => setTimeout(r, ms));
const healthy = (url) =>
  new Promise((res) => http.get(url, (r) => { r.resume(); res(r.statusCode === 200); }).on('error', () => res(false)));
const freePort = () =>
  new Promise((res) => { const s = net.createServer().listen(0, '127.0.0.1', () => { const p = s.address().port; s.close(() => res(p)); }); });

/** Fails when a webview shows a stringified DOM node or array ("[object HTMLTableElement]"): a picture of a rendering bug. */
async function checkRendered(frame, what) {
  await sleep(300);
  const text = await frame.locator('body').innerText();
  if (/\[object \w+\]|undefined|NaN/.test(text)) throw new Error(`${what} renders badly: ${text.match(/.{0,60}(\[object \w+\]|undefined|NaN).{0,60}/)[0]}`);
}

/** A git repository at `dir`: main holds the shop without its ACL and NAT gateway; the working tree, on branch feature, is the shop. */
function makeReviewRepo(dir) {
  fs.mkdirSync(dir, { recursive: true });
  const git = (...a) => execFileSync('git', ['-c', 'user.email=screenshots@example.com', '-c', 'user.name=Kensa screenshots', ...a], { cwd: dir, stdio: 'ignore' });
  const shop = fs.readFileSync(path.join(workspace, 'main.tf'), 'utf8');
  const base = shop
    .replace(/\nresource "(aws_s3_bucket_acl|aws_eip|aws_nat_gateway)" "\w+" \{\n[^]*?\n\}\n/g, '\n')
    .replace('"t3.large"', '"t3.medium"');
  git('init', '--quiet', '--initial-branch=main');
  fs.writeFileSync(path.join(dir, 'main.tf'), base);
  git('add', 'main.tf');
  git('commit', '--quiet', '-m', 'base');
  git('switch', '--quiet', '-c', 'feature');
  fs.writeFileSync(path.join(dir, 'main.tf'), shop);
  return fs.realpathSync(dir);
}

if (!fs.existsSync(entry)) {
  console.error(`no code-server at ${codeServer}: run scripts/setup-e2e.sh first`);
  process.exit(2);
}
execFileSync(process.execPath, [path.join(root, 'esbuild.mjs')], { cwd: root, stdio: 'inherit' });
fs.mkdirSync(out, { recursive: true });

const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'kensa-shots-'));
fs.mkdirSync(path.join(tmp, 'ud/User'), { recursive: true });
fs.mkdirSync(path.join(tmp, 'ext'));
fs.mkdirSync(path.join(tmp, 'tmp'));
fs.writeFileSync(path.join(tmp, 'ud/User/settings.json'), JSON.stringify({
  'workbench.startupEditor': 'none',
  'security.workspace.trust.enabled': false,
  'extensions.autoCheckUpdates': false,
  'extensions.autoUpdate': false,
  'telemetry.telemetryLevel': 'off',
  'chat.disableAIFeatures': true,
  'workbench.tips.enabled': false,
  'editor.minimap.enabled': false,
  // the hover is opened from the keyboard; a stray mouse position must not open or close one
  'editor.hover.delay': 100000,
  // below the line, so the hover leaves the CodeLens lines above it in view
  'editor.hover.above': false,
  'git.openRepositoryInParentFolders': 'never',
}));
fs.writeFileSync(path.join(tmp, 'config.yaml'), 'auth: none\n');
// code-server registers a folder linked into --extensions-dir as an installed extension.
fs.symlinkSync(root, path.join(tmp, 'ext', `${manifest.publisher}.${manifest.name}-${manifest.version}`));

const port = await freePort();
const server = spawn(process.execPath, [entry, '--config', path.join(tmp, 'config.yaml'), '--auth', 'none',
  '--bind-addr', `127.0.0.1:${port}`, '--user-data-dir', path.join(tmp, 'ud'), '--extensions-dir', path.join(tmp, 'ext'),
  '--disable-telemetry', '--disable-update-check', '--disable-workspace-trust', '--ignore-last-opened'],
// its own TMPDIR: the server leaves a socket file there per run
{ detached: true, stdio: 'ignore', env: { ...process.env, EXTENSIONS_GALLERY: '{}', TMPDIR: path.join(tmp, 'tmp') } });

let browser;
let code = 1;
try {
  for (let i = 0; i < 300 && !(await healthy(`http://127.0.0.1:${port}/healthz`)); i++) await sleep(200);
  browser = await chromium.launch({ executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
      '--disable-background-networking', '--disable-component-update', '--disable-sync'] });
  const page = await browser.newPage({ viewport: { width: 1280, height: 800 }, deviceScaleFactor: 1 });
  const shot = async (name) => {
    await sleep(600); // let animations settle
    await page.screenshot({ path: path.join(out, name) });
    console.log(`wrote ${path.relative(root, path.join(out, name))}`);
  };
  const palette = async (title) => {
    await page.keyboard.press('F1');
    await page.waitForSelector('.quick-input-widget input', { state: 'visible' });
    await page.keyboard.type(title);
    await page.locator('.quick-input-list .monaco-list-row', { hasText: title.replace(/^>?\s*/, '') }).first().waitFor({ timeout: 10000 });
    await sleep(300);
    await page.keyboard.press('Enter');
  };
  // Ctrl+G: go to line:column in the active editor
  const goTo = async (line, column) => {
    await page.keyboard.press('Control+g');
    await page.waitForSelector('.quick-input-widget input', { state: 'visible' });
    await page.keyboard.type(`${line}:${column}`);
    await sleep(300);
    await page.keyboard.press('Enter');
    await sleep(300);
  };
  const lineOf = (needle) => fs.readFileSync(path.join(workspace, 'main.tf'), 'utf8').split('\n').findIndex((l) => l.includes(needle)) + 1;
  const wanted = (name) => !only || only.includes(name);

  await page.goto(`http://127.0.0.1:${port}/?folder=${encodeURIComponent(workspace)}`);
  await page.locator('.explorer-folders-view .monaco-list-row', { hasText: 'main.tf' }).click({ timeout: 60000 });
  await page.waitForSelector('.monaco-editor .squiggly-warning, .monaco-editor .squiggly-error', { timeout: 30000 });
  await page.waitForSelector('.monaco-editor .codelens-decoration', { timeout: 30000 });

  if (wanted('diagnostics')) {
    // a) the Problems panel, the cursor on the public-read ACL, and its quick fixes
    await page.keyboard.press('Control+Shift+M');
    await page.locator('.markers-panel .monaco-list-row').nth(1).waitFor({ timeout: 15000 });
    await page.keyboard.press('Control+1'); // back to the editor
    const acl = lineOf('public-read');
    await goTo(acl, fs.readFileSync(path.join(workspace, 'main.tf'), 'utf8').split('\n')[acl - 1].indexOf('"') + 2);
    await page.keyboard.press('Control+.');
    await page.waitForSelector('.action-widget .monaco-list-row', { timeout: 15000 });
    await shot('vscode-diagnostics-quick-fix.png');
    await page.keyboard.press('Escape');
    await page.keyboard.press('Control+j'); // hide the panel again
  }

  if (wanted('cost-lens')) {
    // b) the CodeLens prices above each resource, and the hover on the NAT gateway's first line
    // (the instance's hover opens with its five findings, the price below them out of view)
    await page.keyboard.press('Control+1');
    await goTo(lineOf('resource "aws_nat_gateway"'), 12);
    await page.keyboard.press('Control+k');
    await page.keyboard.press('Control+i'); // Show Hover
    await page.waitForSelector('.monaco-hover:not(.hidden) table, .monaco-hover:not(.hidden) .hover-contents', { timeout: 15000 });
    await shot('vscode-cost-lens-hover.png');
    await page.keyboard.press('Escape');
  }

  if (wanted('cost-report')) {
    // c) the cost report webview, from the palette, with the side bar hidden to give it room
    await page.keyboard.press('Control+b');
    await palette('Kensa: Estimate monthly cost');
    const frame = page.frameLocator('iframe.webview').frameLocator('iframe#active-frame');
    await frame.locator('body :is(table, h1, h2)').first().waitFor({ timeout: 30000 });
    // the breakdown by resource type is a bar chart (media/charts.js)
    await frame.locator('svg.bar.cost rect.fill').first().waitFor({ timeout: 15000 });
    await checkRendered(frame, 'the cost report');
    await shot('vscode-cost-report.png');
  }

  if (wanted('review')) {
    // d) "Kensa: Review branch" against main, in a throwaway repository
    const repo = makeReviewRepo(path.join(tmp, 'review'));
    await page.goto(`http://127.0.0.1:${port}/?folder=${encodeURIComponent(repo)}`);
    await page.locator('.explorer-folders-view .monaco-list-row', { hasText: 'main.tf' }).click({ timeout: 60000 });
    await page.waitForSelector('.monaco-editor .squiggly-warning, .monaco-editor .squiggly-error', { timeout: 30000 });
    await page.keyboard.press('Control+b');
    await palette('Kensa: Review branch');
    await page.locator('.quick-input-list .monaco-list-row', { hasText: 'main' }).first().waitFor({ timeout: 15000 });
    await sleep(300);
    await page.keyboard.press('Enter'); // the first choice: the merge base with the default branch
    const frame = page.frameLocator('iframe.webview').frameLocator('iframe#active-frame');
    await frame.locator('body :is(table, h1, h2)').first().waitFor({ timeout: 60000 });
    // the cost change by module is a bar chart
    await frame.locator('svg.bar.delta rect.fill').first().waitFor({ timeout: 15000 });
    await checkRendered(frame, 'the branch review');
    await shot('vscode-branch-review.png');
  }
  code = 0;
} catch (e) {
  console.error('screenshots failed:', e.message);
  const pages = browser?.contexts()[0]?.pages() ?? [];
  if (pages[0]) await pages[0].screenshot({ path: path.join(tmp, '..', 'kensa-shots-failure.png') }).catch(() => {});
  console.error(`what was on screen: ${path.join(path.dirname(tmp), 'kensa-shots-failure.png')}`);
} finally {
  if (browser) await browser.close().catch(() => {});
  try { process.kill(-server.pid, 'SIGKILL'); } catch {}
  fs.rmSync(tmp, { recursive: true, force: true });
}
process.exit(code);
