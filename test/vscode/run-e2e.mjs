#!/usr/bin/env node
// Runs the end-to-end suite inside a real VS Code Node extension host, headless, without
// downloading VS Code: code-server (from npm, installed by scripts/install-code-server.sh) is the
// VS Code server and workbench; Debian's chromium, driven by playwright-core, is the client that
// makes the server start an extension host; the workbench's test payload
// (extensionDevelopmentPath, extensionTestsPath) makes that host load Kensa from this repository
// and call run() of the bundled suite (dist/e2e/index.js, built by `node esbuild.mjs --e2e`).
// The host reports its exit code through window.codeAutomationExit(code); we exit with it.
//
//   node test/vscode/run-e2e.mjs [--workspace DIR] [--tests FILE.js] [--timeout SECONDS]
//        [--screenshot FILE.png] [--code-server DIR] [--chromium PATH] [--keep] [--verbose]
//        [--restricted]
// --restricted opens the workspace in Restricted Mode (workspace trust on, nothing trusted) and
// runs the *.restricted.js suites instead of the *.e2e.js ones.
// Defaults: the repository as the extension, dist/e2e/index.js, test/vscode/workspace,
// e2e-failure.png at the repository root, .vscode-test/code-server, /usr/bin/chromium, 300 s.
// Env: CODE_SERVER, CHROMIUM_PATH, VSCODE_TEST_TIMEOUT mean the same as the flags.
import { spawn } from 'node:child_process';
import { closeSync, existsSync, mkdirSync, mkdtempSync, openSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { get } from 'node:http';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { dirname, join, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { format, parseArgs } from 'node:util';
import { chromium } from 'playwright-core';
import { RESTRICTED_SETTINGS, USER_SETTINGS } from './user-settings.mjs';

const repo = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..');
const { values: args } = parseArgs({
  options: {
    workspace: { type: 'string', default: join(repo, 'test', 'vscode', 'workspace') },
    tests: { type: 'string', default: join(repo, 'dist', 'e2e', 'index.js') },
    timeout: { type: 'string', default: process.env.VSCODE_TEST_TIMEOUT ?? '300' },
    screenshot: { type: 'string', default: join(repo, 'e2e-failure.png') },
    'code-server': { type: 'string', default: process.env.CODE_SERVER ?? join(repo, '.vscode-test', 'code-server') },
    chromium: { type: 'string', default: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium' },
    keep: { type: 'boolean', default: false },
    restricted: { type: 'boolean', default: false },
    verbose: { type: 'boolean', default: false },
  },
});
const log = (...parts) => console.log('[run-e2e]', ...parts);
const fail = (message) => {
  console.error(`[run-e2e] ${message}`);
  process.exit(2);
};

const workspace = resolve(args.workspace);
const testsPath = resolve(args.tests);
const timeoutMs = Number(args.timeout) * 1000;
const entry = codeServerEntry(resolve(args['code-server']));
if (!existsSync(testsPath)) fail(`no ${testsPath}: run \`node esbuild.mjs --e2e\` first`);
if (!existsSync(join(repo, 'dist', 'extension.js'))) fail('no dist/extension.js: run `node esbuild.mjs` first');
if (!existsSync(args.chromium)) fail(`no chromium at ${args.chromium}: run scripts/setup-e2e.sh`);

/** code-server's entry script, from its install prefix, its package folder or the script itself. */
function codeServerEntry(path) {
  const candidates = [join(path, 'node_modules', 'code-server', 'out', 'node', 'entry.js'), join(path, 'out', 'node', 'entry.js'), path];
  const found = candidates.find((c) => existsSync(c) && statSync(c).isFile());
  if (!found) fail(`no code-server at ${path}: run scripts/setup-e2e.sh`);
  return found;
}

function freePort() {
  return new Promise((resolvePort, reject) => {
    const server = createServer();
    server.on('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      server.close(() => resolvePort(port));
    });
  });
}

function answers(url) {
  return new Promise((resolveOk) => {
    const request = get(url, (response) => {
      response.resume();
      resolveOk(response.statusCode === 200);
    });
    request.on('error', () => resolveOk(false));
    request.setTimeout(2000, () => request.destroy());
  });
}

const sleep = (ms) => new Promise((r) => setTimeout(r, ms));

async function waitForServer(url, ms, child) {
  for (const end = Date.now() + ms; Date.now() < end; await sleep(200)) {
    if (child.exitCode !== null) throw new Error(`code-server exited early (code ${child.exitCode})`);
    if (await answers(url)) return;
  }
  throw new Error(`code-server did not answer ${url} within ${ms} ms`);
}


// Workbench start-up chatter that the log forwarder drops unless --verbose.
const WORKBENCH_NOISE =
  /^(Resolving connection token|Resolved connection token|Creating a socket|Updating additional builtin|Ignoring fetching additional builtin|\[Service Worker\]|ChatSessionStore|\[reconnection-grace-time\]|\[AgentHost|\[ChatModelSelection\]|\[AccountPolicyGate\])/;

async function main() {
  const t0 = Date.now();
  const tmp = mkdtempSync(join(tmpdir(), 'kensa-e2e-'));
  const userData = join(tmp, 'user-data');
  const extensionsDir = join(tmp, 'extensions');
  const serverTmp = join(tmp, 'tmp');
  mkdirSync(join(userData, 'User'), { recursive: true });
  mkdirSync(extensionsDir);
  mkdirSync(serverTmp);
  // --restricted: workspace trust on and nothing trusted, so the workspace opens in Restricted Mode
  const settings = args.restricted ? { ...USER_SETTINGS, ...RESTRICTED_SETTINGS } : USER_SETTINGS;
  writeFileSync(join(userData, 'User', 'settings.json'), JSON.stringify(settings, null, 2));
  // Our own config file, so nothing is written to ~/.config/code-server.
  writeFileSync(join(tmp, 'config.yaml'), 'auth: none\n');

  const port = await freePort();
  const authority = `127.0.0.1:${port}`;
  const serverLog = join(tmp, 'server.log');
  const logFd = openSync(serverLog, 'w');
  const server = spawn(
    process.execPath,
    [
      entry,
      '--config', join(tmp, 'config.yaml'),
      '--auth', 'none',
      '--bind-addr', authority,
      '--user-data-dir', userData,
      '--extensions-dir', extensionsDir,
      '--disable-telemetry',
      '--disable-update-check',
      ...(args.restricted ? [] : ['--disable-workspace-trust']),
      '--ignore-last-opened',
    ],
    {
      detached: true, // its own process group, so the extension host and watchers die with it
      stdio: ['ignore', logFd, logFd],
      env: {
        ...process.env,
        // '{}' turns the extension gallery off: no lookups on a closed network.
        EXTENSIONS_GALLERY: process.env.EXTENSIONS_GALLERY ?? '{}',
        // The server leaves a vscode-ipc-*.sock per run in os.tmpdir(); keep them in ours.
        TMPDIR: serverTmp,
        // The extension host inherits it: test/vscode/index.ts picks the suites by it.
        KENSA_E2E_SUITE: args.restricted ? 'restricted' : 'default',
      },
    },
  );

  const groupAlive = () => {
    try {
      process.kill(-server.pid, 0);
      return true;
    } catch {
      return false;
    }
  };
  const signalGroup = (signal) => {
    try {
      process.kill(-server.pid, signal);
    } catch {
      // already gone
    }
  };
  const stopServer = async () => {
    signalGroup('SIGTERM');
    for (const end = Date.now() + 5000; groupAlive() && Date.now() < end; ) await sleep(100);
    if (groupAlive()) signalGroup('SIGKILL');
  };
  process.on('SIGINT', () => {
    signalGroup('SIGKILL');
    process.exit(130);
  });
  process.on('SIGTERM', () => {
    signalGroup('SIGKILL');
    process.exit(143);
  });

  let browser;
  let exitCode = 1;
  try {
    await waitForServer(`http://${authority}/healthz`, 60000, server);
    const tServer = Date.now();
    browser = await chromium.launch({
      executablePath: args.chromium,
      args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
        '--disable-background-networking', '--disable-component-update', '--disable-sync'],
    });
    const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });

    let reportExit;
    const exited = new Promise((r) => (reportExit = r));
    // The workbench forwards its log, the extension host's console output included, here.
    await page.exposeFunction('codeAutomationLog', (type, logArgs) => {
      const line = format(...(Array.isArray(logArgs) ? logArgs : [logArgs]));
      if (!args.verbose && WORKBENCH_NOISE.test(line)) return;
      (type === 'error' ? console.error : console.log)(line);
    });
    await page.exposeFunction('codeAutomationExit', (code) => reportExit(code));
    if (args.verbose) page.on('console', (m) => console.log(`[page:${m.type()}] ${m.text()}`));
    // Newer workbenches (VS Code 1.139) honour the test payload of a built product only with
    // developmentOptions.enableSmokeTestDriver, which code-server's CLI cannot set: add it to the
    // page's configuration (read with getAttribute) before the workbench script runs.
    await page.addInitScript(() => {
      const getAttribute = Element.prototype.getAttribute;
      Element.prototype.getAttribute = function (name) {
        const value = getAttribute.call(this, name);
        if (name !== 'data-settings' || this.id !== 'vscode-workbench-web-configuration' || !value) return value;
        try {
          const config = JSON.parse(value);
          config.developmentOptions = { ...(config.developmentOptions || {}), enableSmokeTestDriver: true };
          return JSON.stringify(config);
        } catch {
          return value;
        }
      };
    });
    page.on('crash', () => reportExit('page crashed'));

    // code-server's workbench uses location.host as its remote authority.
    const remote = (path) => `vscode-remote://${authority}${path.split(sep).join('/')}`;
    const query = new URLSearchParams();
    query.set(workspace.endsWith('.code-workspace') ? 'workspace' : 'folder', workspace);
    query.set('payload', JSON.stringify([
      ['extensionDevelopmentPath', remote(repo)],
      ['extensionTestsPath', remote(testsPath)],
      ['skipWelcome', 'true'],
    ]));
    await page.goto(`http://${authority}/?${query}`);

    let timer;
    const result = await Promise.race([
      exited,
      new Promise((r) => (timer = setTimeout(() => r(`timed out after ${timeoutMs / 1000} s`), timeoutMs))),
    ]);
    clearTimeout(timer);
    if (typeof result === 'number') exitCode = result;
    else console.error(`[run-e2e] no exit code from the extension host: ${result}`);

    if (exitCode !== 0) {
      await page.screenshot({ path: resolve(args.screenshot) }).then(
        () => console.error(`[run-e2e] screenshot: ${resolve(args.screenshot)}`),
        () => {},
      );
    }
    log(`exit ${exitCode}; server up in ${tServer - t0} ms, total ${Date.now() - t0} ms`);
  } catch (e) {
    console.error('[run-e2e]', e?.stack ?? e);
    exitCode = 1;
  } finally {
    if (browser) await browser.close().catch(() => {});
    await stopServer();
    closeSync(logFd);
    if (exitCode !== 0) console.error(`[run-e2e] server log: ${serverLog}`);
    if (exitCode === 0 && !args.keep) rmSync(tmp, { recursive: true, force: true });
  }
  process.exit(exitCode);
}

main();
