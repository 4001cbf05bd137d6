/**
 * The engine bundle (dist/analysis-worker.js: parser, evaluator, rules, pricers, price catalogue)
 * loaded into the extension host's thread on first need only: the extension's own bundle leaves the
 * engine out so that activation stays fast, and the analysis itself runs on a worker thread. What
 * the editor needs of the engine in this thread (rule documentation, the in-process fallback when
 * no worker can start) comes through here.
 */
import type * as Core from './analysis-worker';

export type CoreBundle = typeof Core;

let path: string | undefined;
let loaded: CoreBundle | undefined;

/** Where the bundle is: set once on activation. */
export function setCoreBundlePath(bundle: string): void {
  path = bundle;
}

/** The engine bundle, loaded the first time it is asked for. */
export function coreBundle(): CoreBundle {
  if (!loaded) {
    if (!path) throw new Error('kensa: the engine bundle path is not set');
    // a path known at run time: esbuild leaves this require alone, so the bundle stays a separate file
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    loaded = require(path) as CoreBundle;
  }
  return loaded;
}
