/**
 * The module the extension host loads as extensionTestsPath (bundled to dist/e2e/index.js): runs
 * every *.e2e.js suite beside it (or every *.restricted.js one, in Restricted Mode) with mocha and rejects when any test fails, which makes the host
 * exit non-zero. Ends with the closing line `N passed, N failed` that CI reads.
 */
import Mocha from 'mocha';
import { readdirSync } from 'node:fs';
import { join } from 'node:path';

export function run(): Promise<void> {
  const mocha = new Mocha({ ui: 'bdd', color: false, timeout: 30000 });
  // run-e2e.mjs --restricted opens the workspace untrusted and runs the *.restricted.js suites instead
  const suffix = process.env.KENSA_E2E_SUITE === 'restricted' ? '.restricted.js' : '.e2e.js';
  for (const name of readdirSync(__dirname).filter((n) => n.endsWith(suffix)).sort()) {
    mocha.addFile(join(__dirname, name));
  }
  return new Promise((resolve, reject) => {
    const runner = mocha.run((failures) => {
      const stats = runner.stats;
      console.log(`${stats?.passes ?? 0} passed, ${stats?.failures ?? failures} failed`);
      if (failures > 0) reject(new Error(`${failures} test(s) failed`));
      else if (!stats?.tests) reject(new Error('no e2e test ran'));
      else resolve();
    });
  });
}
