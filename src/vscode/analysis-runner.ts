/**
 * Runs analysis jobs on a worker thread (dist/analysis-worker.js) and hands back their results, so
 * the extension host's thread only builds the request and reads the answer, an analysis piece by
 * piece with a turn of the event loop between pieces. A job can be
 * cancelled: the worker is stopped (its jobs resolve to undefined) and the next job starts a fresh
 * one. Where no worker can start, jobs run in this thread after yielding once (`local` supplies the
 * engine there). No vscode import: unit-tested with the built worker.
 */
import { existsSync } from 'node:fs';
import { Worker } from 'node:worker_threads';
import { SnapshotAssembler, type Job, type JobResult, type JobRunner, type SnapshotPiece } from './analysis-jobs';

interface Pending {
  resolve(value: unknown): void;
  reject(error: Error): void;
  /** An analysis arriving in pieces. */
  assembler?: SnapshotAssembler;
}

/** What the worker sends: a piece of an analysis, its end, a whole result, or an error. */
type Reply = { readonly id: number } & ({ readonly piece: SnapshotPiece } | { readonly done: true } | { readonly result: unknown } | { readonly error: string });

export class AnalysisRunner {
  private worker: Worker | undefined;
  private readonly pending = new Map<number, Pending>();
  private nextId = 1;
  /** Bumped by cancel(): in-process jobs started before it are dropped. */
  private generation = 0;
  private local: JobRunner | undefined;
  private workerFailed = false;

  /**
   * `workerPath`: the built worker script (undefined, missing or failing to start: jobs run in this
   * thread); `createLocal`: a job runner for this thread, made on first need and after each cancel.
   */
  constructor(
    private readonly workerPath: string | undefined,
    private readonly createLocal: () => JobRunner,
  ) {}

  /** Whether jobs run on a worker thread (else in this thread). */
  get usesWorker(): boolean {
    return !this.workerFailed && this.workerPath !== undefined && existsSync(this.workerPath);
  }

  /** The job's result, or undefined when cancelled before it finished. Rejects if the analysis threw. */
  run<J extends Job>(job: J): Promise<JobResult<J> | undefined> {
    if (this.usesWorker) {
      try {
        return this.inWorker(job) as Promise<JobResult<J> | undefined>;
      } catch (e) {
        // no worker thread here (a restricted runtime): analyse in this thread from now on
        console.error('kensa: the analysis worker could not start; analysing in the extension host', e);
        this.workerFailed = true;
      }
    }
    return this.inThisThread(job);
  }

  /** Stops the jobs under way: each resolves to undefined. The next job starts afresh (cold cache). */
  cancel(): void {
    this.generation++;
    this.local = undefined;
    const worker = this.worker;
    this.worker = undefined;
    const pending = [...this.pending.values()];
    this.pending.clear();
    for (const p of pending) p.resolve(undefined);
    void worker?.terminate();
  }

  dispose(): void {
    this.cancel();
  }

  private inWorker(job: Job): Promise<unknown> {
    const worker = (this.worker ??= this.start());
    const id = this.nextId++;
    return new Promise((resolve, reject) => {
      this.pending.set(id, { resolve, reject });
      // a worker with a job under way keeps the process alive; an idle one does not
      worker.ref();
      worker.postMessage({ id, job });
    });
  }

  private start(): Worker {
    const worker = new Worker(this.workerPath!);
    worker.on('message', (message: Reply) => {
      const p = this.pending.get(message.id);
      if (!p) return;
      if ('piece' in message) {
        (p.assembler ??= new SnapshotAssembler()).add(message.piece);
        // the next piece after this thread has had its turn: each piece blocks it for a moment only
        setImmediate(() => {
          if (this.worker === worker) worker.postMessage({ next: message.id });
        });
        return;
      }
      this.pending.delete(message.id);
      if (!this.pending.size) worker.unref();
      if ('error' in message) p.reject(new Error(message.error));
      else p.resolve('done' in message ? (p.assembler?.result() ?? []) : message.result);
    });
    const fail = (error: Error): void => {
      if (this.worker !== worker) return;
      // a crashed worker (out of memory, a bug): its jobs fail, the next job starts a new one
      this.worker = undefined;
      const pending = [...this.pending.values()];
      this.pending.clear();
      for (const p of pending) p.reject(error);
    };
    worker.on('error', fail);
    worker.on('exit', (code) => fail(new Error(`the analysis worker stopped (exit code ${code})`)));
    return worker;
  }

  private async inThisThread<J extends Job>(job: J): Promise<JobResult<J> | undefined> {
    const generation = this.generation;
    await new Promise((resolve) => setImmediate(resolve));
    if (generation !== this.generation) return undefined;
    const result = (this.local ??= this.createLocal()).run(job);
    return generation === this.generation ? result : undefined;
  }
}
