/**
 * The engine bundle (dist/analysis-worker.js). Started as the extension's worker thread, it runs
 * analysis jobs off the extension host's thread, so typing, hovers and every other extension stay
 * responsive while a large workspace is evaluated; it keeps one EvalCache for the session, so after
 * an edit only the modules whose files changed are evaluated again. Jobs arrive one at a time (see
 * AnalysisRunner); an analysis comes back in pieces, each sent when the extension asks for it. Loaded in the extension host's thread instead (core-bundle.ts), it offers what
 * the editor needs there: rule documentation, and jobs in process when no worker can start.
 */
import { isMainThread, parentPort } from 'node:worker_threads';
import { createJobRunner, snapshotPieces, type Job, type SnapshotPiece } from './analysis-jobs';

export { createJobRunner } from './analysis-jobs';
export { RULES } from '../policy';
export { PRICERS } from '../cost';
export { ruleDocsMarkdown } from './rule-docs-text';

/** Messages from the extension: a job, or the request for the next piece of a result. */
type Request = { readonly id: number; readonly job: Job } | { readonly next: number };

if (!isMainThread && parentPort) {
  const port = parentPort;
  const runner = createJobRunner();
  // analyze results under way, sent piece by piece as the extension asks for them
  const streams = new Map<number, Iterator<SnapshotPiece>>();
  const sendNext = (id: number): void => {
    const stream = streams.get(id);
    if (!stream) return;
    const next = stream.next();
    if (next.done) {
      streams.delete(id);
      port.postMessage({ id, done: true });
    } else port.postMessage({ id, piece: next.value });
  };
  port.on('message', (message: Request) => {
    if ('next' in message) return sendNext(message.next);
    try {
      const job = message.job;
      if (job.kind === 'analyze') {
        streams.set(message.id, snapshotPieces(runner.run(job)));
        sendNext(message.id);
      } else port.postMessage({ id: message.id, result: runner.run(job) });
    } catch (e) {
      // the engine promises not to throw; if it does, the extension shows it and keeps going
      port.postMessage({ id: message.id, error: e instanceof Error ? (e.stack ?? e.message) : String(e) });
    }
  });
}
