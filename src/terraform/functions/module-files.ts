/**
 * File access for the filesystem and hash families: reads through FunctionContext (which confines
 * reads to the module tree) and fails as Terraform does when a file is missing. Also Go's
 * path.Clean, which Terraform applies to paths before using them.
 */
import type { FunctionContext } from './function';
import { FileNotReadError, FunctionError } from './function';

/** The text of a file named by a function argument, or FunctionError with Terraform's message. */
export function readModuleFile(ctx: FunctionContext, path: string, argIndex: number): string {
  const text = ctx.readFile(path);
  if (text === undefined && ctx.outsideTree?.(path)) {
    throw new FileNotReadError(
      `${cleanPath(path)} is outside the configuration's directory tree (or a symbolic link leads out of it): Kensa reads only the configuration's own files, never others on this machine, so this value is unknown here`,
      argIndex,
    );
  }
  if (text === undefined) {
    throw new FunctionError(
      `no file exists at ${cleanPath(path)}; this function works only with files that are distributed as part of the configuration source code, so if this file will be created by a resource in this configuration you must instead obtain this result from an attribute of that resource`,
      argIndex,
    );
  }
  return text;
}

/** The bytes of a file named by a function argument (its text as UTF-8 where the host has no bytes), with readModuleFile's errors. */
export function readModuleBytes(ctx: FunctionContext, path: string, argIndex: number): Uint8Array {
  const bytes = ctx.readBytes?.(path);
  return bytes ?? new TextEncoder().encode(readModuleFile(ctx, path, argIndex));
}

/** Go's path.Clean on `/`-separated paths: no empty, `.` or inner `..` segments; "" becomes ".". */
export function cleanPath(path: string): string {
  if (path === '') return '.';
  const rooted = path.startsWith('/');
  const out: string[] = [];
  for (const seg of path.split('/')) {
    if (seg === '' || seg === '.') continue;
    if (seg === '..') {
      if (out.length > 0 && out[out.length - 1] !== '..') out.pop();
      else if (!rooted) out.push('..');
    } else {
      out.push(seg);
    }
  }
  const joined = out.join('/');
  return rooted ? '/' + joined : joined || '.';
}
