#!/usr/bin/env node
// Runs the same end-to-end suite (dist/e2e/index.js) in the desktop build of VS Code through
// @vscode/test-electron, where that build can be had: downloaded (needs update.code.visualstudio.com,
// which this project's CI machine cannot reach; `npm run test:e2e` runs the suite in code-server
// there) or already installed (VSCODE_EXECUTABLE). On Linux without a display, run it under
// xvfb-run. The workbench starts with the same quiet user settings as the code-server launcher.
//
//   npm run test:e2e:desktop                      downloads VS Code 1.100.3 into .vscode-test/
//   VSCODE_VERSION=stable npm run test:e2e:desktop
//   VSCODE_EXECUTABLE=/usr/share/code/code npm run test:e2e:desktop
// --restricted opens the workspace in Restricted Mode and runs the *.restricted.js suites, as
// run-e2e.mjs --restricted does.
import { runTests } from '@vscode/test-electron';
import { existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { RESTRICTED_SETTINGS, USER_SETTINGS } from './user-settings.mjs';

const repo = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..');
const testsPath = join(repo, 'dist', 'e2e', 'index.js');
if (!existsSync(testsPath)) {
  console.error('[run-e2e-desktop] no dist/e2e/index.js: run `node esbuild.mjs --e2e` first');
  process.exit(2);
}

const tmp = mkdtempSync(join(tmpdir(), 'kensa-e2e-desktop-'));
const userData = join(tmp, 'user-data');
mkdirSync(join(userData, 'User'), { recursive: true });
const restricted = process.argv.includes('--restricted');
writeFileSync(join(userData, 'User', 'settings.json'), JSON.stringify(restricted ? { ...USER_SETTINGS, ...RESTRICTED_SETTINGS } : USER_SETTINGS, null, 2));

let code = 0;
try {
  code = await runTests({
    extensionDevelopmentPath: repo,
    extensionTestsPath: testsPath,
    extensionTestsEnv: { KENSA_E2E_SUITE: restricted ? 'restricted' : 'default' },
    ...(process.env.VSCODE_EXECUTABLE ? { vscodeExecutablePath: process.env.VSCODE_EXECUTABLE } : { version: process.env.VSCODE_VERSION ?? '1.100.3' }),
    launchArgs: [
      join(repo, 'test', 'vscode', 'workspace'),
      '--user-data-dir', userData,
      '--extensions-dir', join(tmp, 'extensions'),
      '--disable-extensions',
      ...(restricted ? [] : ['--disable-workspace-trust']),
      '--disable-gpu',
      '--skip-welcome',
      '--skip-release-notes',
    ],
  });
} catch (e) {
  console.error(`[run-e2e-desktop] ${e instanceof Error ? e.message : e}`);
  console.error('[run-e2e-desktop] no desktop VS Code: set VSCODE_EXECUTABLE to an installed one, or run `npm run test:e2e` (code-server)');
  code = 2;
} finally {
  rmSync(tmp, { recursive: true, force: true });
}
process.exit(code);
