/**
 * Table-driven tests for Terraform functions: each case is [call, args, expected], where expected
 * is a value, `{ unknown: reason }`, or `{ error: message pattern, arg? }`. `invoke` applies the
 * unknown policy and null check the evaluator applies before a call, so tables can state what a
 * user sees. `memoryContext` is a FunctionContext over an in-memory file map.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { FunctionContext, TfFunction } from '../../src/terraform/functions/function';
import { FunctionError } from '../../src/terraform/functions/function';
import { firstUnknown, isWhollyKnown, str, toJson, unknown, valueKey, type Value } from '../../src/terraform/value';

export type Expected = Value | { readonly unknown: string } | { readonly error: string | RegExp; readonly arg?: number };
export type Case = readonly [call: string, args: readonly Value[], expected: Expected];

/** Calls a function as the evaluator would: unknown policy and null check first. */
export function invoke(fn: TfFunction, args: readonly Value[], ctx: FunctionContext): Value {
  const policy = fn.unknowns ?? 'propagate';
  if (policy !== 'handle') {
    for (const a of args) {
      const u = policy === 'propagate' ? firstUnknown(a) : a.kind === 'unknown' ? a : undefined;
      if (u && (policy === 'shallow' || !isWhollyKnown(a))) return unknown(u.reason, u.source);
    }
  }
  if (!fn.allowNull) {
    const i = args.findIndex((a) => a.kind === 'null');
    if (i >= 0) throw new FunctionError('argument must not be null', i);
  }
  return fn.call(args, ctx);
}

function isError(e: Expected): e is { error: string | RegExp; arg?: number } {
  return 'error' in e && !('kind' in e);
}

/** Registers one test per case; `fns` are looked up by the case's function name. */
export function runCases(family: string, fns: readonly TfFunction[], cases: readonly Case[], ctx: FunctionContext = memoryContext({})): void {
  const byName = new Map(fns.map((f) => [f.name, f]));
  cases.forEach(([name, args, expected], n) => {
    const label = `${family}: ${name}(${args.map((a) => JSON.stringify(toJson(a))).join(', ')}) #${n}`;
    test(label, () => {
      const fn = byName.get(name);
      assert.ok(fn, `no function ${name} in ${family}`);
      if (isError(expected)) {
        assert.throws(
          () => invoke(fn, args, ctx),
          (e: unknown) => {
            assert.ok(e instanceof FunctionError, `expected FunctionError, got ${String(e)}`);
            if (typeof expected.error === 'string') assert.equal(e.message, expected.error);
            else assert.match(e.message, expected.error);
            if (expected.arg !== undefined) assert.equal(e.arg, expected.arg);
            return true;
          },
        );
        return;
      }
      const got = invoke(fn, args, ctx);
      if ('unknown' in expected && !('kind' in expected)) {
        assert.equal(got.kind, 'unknown', `expected unknown, got ${valueKey(got)}`);
        if (got.kind === 'unknown') assert.equal(got.reason, expected.unknown);
        return;
      }
      assert.equal(valueKey(got), valueKey(expected as Value));
      assert.equal(got.origin, undefined, 'function results carry no origin');
    });
  });
}

/** A FunctionContext over files given by path relative to the module directory. */
export function memoryContext(files: Readonly<Record<string, string>>, moduleDir = '/work/mod'): FunctionContext {
  const norm = (p: string): string => {
    const parts: string[] = [];
    for (const seg of p.replace(/\\/g, '/').split('/')) {
      if (seg === '' || seg === '.') continue;
      if (seg === '..') parts.pop();
      else parts.push(seg);
    }
    return parts.join('/');
  };
  const all = new Map(Object.entries(files).map(([k, v]) => [norm(k), v]));
  return {
    moduleDir,
    readFile: (path) => all.get(norm(path.startsWith(moduleDir + '/') ? path.slice(moduleDir.length + 1) : path)),
    listFiles: (dir) => {
      const base = norm(dir);
      const prefix = base === '' ? '' : base + '/';
      const out = [...all.keys()].filter((k) => k.startsWith(prefix)).map((k) => k.slice(prefix.length));
      return out.length > 0 || base === '' ? out.sort() : undefined;
    },
    renderTemplate: (text, _path, vars) =>
      str(
        text.replace(/\$\{(\w+)\}/g, (_m, name: string) => {
          const v = vars.kind === 'object' ? vars.entries.get(name) : undefined;
          if (v?.kind !== 'string') throw new FunctionError(`vars map does not contain key "${name}"`, 1);
          return v.value;
        }),
      ),
  };
}
