/**
 * Terraform's filesystem functions: abspath, basename, dirname, pathexpand, file, fileexists,
 * fileset, filebase64, templatefile. Files are reached only through FunctionContext, which confines
 * them to the module tree; what depends on the machine running Terraform (the working directory for
 * relative abspath, the home directory for `~`) is unknown.
 */
import { bool, set, str, unknown, type Value } from '../value';
import { stringArg } from './arguments';
import { base64Encode } from './bytes-text';
import { FileNotReadError, FunctionError, type TfFunction } from './function';
import { cleanPath, readModuleBytes, readModuleFile } from './module-files';
import { compileRe2, Re2Error, type Re2Pattern } from './re2-pattern';

/** Go's filepath.Base on `/`-separated paths. */
function basenameOf(path: string): string {
  if (path === '') return '.';
  const trimmed = path.replace(/\/+$/, '');
  if (trimmed === '') return '/';
  return trimmed.slice(trimmed.lastIndexOf('/') + 1);
}

/** Go's filepath.Dir on `/`-separated paths. */
function dirnameOf(path: string): string {
  const i = path.lastIndexOf('/');
  return cleanPath(path.slice(0, i + 1));
}

const abspath: TfFunction = {
  name: 'abspath',
  params: ['path'],
  call: (args) => {
    const path = stringArg(args, 0);
    if (path.startsWith('/')) return str(cleanPath(path));
    return unknown('depends on the working directory Terraform runs in');
  },
};

const basename: TfFunction = { name: 'basename', params: ['path'], call: (args) => str(basenameOf(stringArg(args, 0))) };
const dirname: TfFunction = { name: 'dirname', params: ['path'], call: (args) => str(dirnameOf(stringArg(args, 0))) };

const pathexpand: TfFunction = {
  name: 'pathexpand',
  params: ['path'],
  call: (args) => {
    const path = stringArg(args, 0);
    if (!path.startsWith('~')) return str(path);
    if (path.length > 1 && path[1] !== '/' && path[1] !== '\\') throw new FunctionError('cannot expand user-specific home dir', 0);
    return unknown('depends on the home directory of the machine running Terraform');
  },
};

const file: TfFunction = {
  name: 'file',
  params: ['path'],
  call: (args, ctx) => str(readModuleFile(ctx, stringArg(args, 0), 0)),
};

const filebase64: TfFunction = {
  name: 'filebase64',
  params: ['path'],
  call: (args, ctx) => str(base64Encode(readModuleBytes(ctx, stringArg(args, 0), 0))),
};

const fileexists: TfFunction = {
  name: 'fileexists',
  params: ['path'],
  call: (args, ctx) => {
    const path = stringArg(args, 0);
    if (path.startsWith('~')) return unknown('depends on the home directory of the machine running Terraform');
    if (ctx.outsideTree?.(path)) return unknown('the file is outside the configuration\'s directory tree, which Kensa does not read');
    if (ctx.readFile(path) !== undefined) return bool(true);
    if (ctx.listFiles(path) !== undefined) throw new FunctionError(`${cleanPath(path)} is a directory, not a file`, 0);
    return bool(false);
  },
};

class GlobError extends Error {}

/**
 * A RegExp for a doublestar glob over `/`-separated relative paths: `*` and `?` within one
 * segment, `**` as a whole segment for any number of directories, `[...]` classes (`!` or `^`
 * negates), `{a,b}` alternatives and `\` escapes. The expression runs on RE2 (re2js): a glob from the
 * workspace or kensa.jsonc such as `*a*a*a*a*a*b` would backtrack for hours in a JS RegExp.
 */
export function globToRegExp(pattern: string): Pick<Re2Pattern, 'test'> {
  const segments = pattern.split('/');
  let out = '';
  segments.forEach((seg, i) => {
    const last = i === segments.length - 1;
    if (seg === '**') {
      out += last ? '.*' : '(?:[^/]*/)*';
      return;
    }
    out += segmentToRegExp(seg) + (last ? '' : '/');
  });
  try {
    return compileRe2(`^${out}$`);
  } catch (e) {
    if (e instanceof Re2Error) throw new GlobError('syntax error in pattern');
    throw e;
  }
}

function segmentToRegExp(seg: string): string {
  let out = '';
  let depth = 0;
  for (let i = 0; i < seg.length; i++) {
    const c = seg[i]!;
    switch (c) {
      case '\\': {
        const next = seg[i + 1];
        if (next === undefined) throw new GlobError('syntax error in pattern');
        out += escapeRegExp(next);
        i++;
        break;
      }
      case '*':
        out += '[^/]*';
        break;
      case '?':
        out += '[^/]';
        break;
      case '[': {
        const end = seg.indexOf(']', i + 2);
        if (end < 0) throw new GlobError('syntax error in pattern');
        let body = seg.slice(i + 1, end);
        const negate = body.startsWith('!') || body.startsWith('^');
        if (negate) body = body.slice(1);
        out += `[${negate ? '^/' : ''}${body.replace(/[\\^]/g, '\\$&')}]`;
        i = end;
        break;
      }
      case '{':
        depth++;
        out += '(?:';
        break;
      case '}':
        if (depth === 0) throw new GlobError('syntax error in pattern');
        depth--;
        out += ')';
        break;
      case ',':
        out += depth > 0 ? '|' : ',';
        break;
      default:
        out += escapeRegExp(c);
    }
  }
  if (depth > 0) throw new GlobError('syntax error in pattern');
  return out;
}

/** `c` as a literal outside a class; `-` stays bare, since the `u` flag rejects `\-` there. */
function escapeRegExp(c: string): string {
  return c.replace(/[\\^$.*+?()[\]{}|/]/g, '\\$&');
}

const fileset: TfFunction = {
  name: 'fileset',
  params: ['path', 'pattern'],
  call: (args, ctx) => {
    const dir = stringArg(args, 0);
    const pattern = cleanPath(stringArg(args, 1));
    let re: Pick<Re2Pattern, 'test'>;
    try {
      re = globToRegExp(pattern);
    } catch (e) {
      if (e instanceof GlobError) throw new FunctionError(`failed to glob pattern ${cleanPath(`${dir}/${pattern}`)}: ${e.message}`);
      throw e;
    }
    if (ctx.outsideTree?.(dir)) {
      throw new FileNotReadError(`${cleanPath(dir)} is outside the configuration's directory tree (or a symbolic link leads out of it): Kensa lists only the configuration's own files, so this set is unknown here`, 0);
    }
    const files = ctx.listFiles(dir) ?? [];
    return set(files.filter((f) => re.test(f)).map((f) => str(f)));
  },
};

const IDENTIFIER = /^[\p{L}\p{Nl}_][\p{L}\p{Nl}\p{Mn}\p{Mc}\p{Nd}\p{Pc}_-]*$/u;

const templatefile: TfFunction = {
  name: 'templatefile',
  params: ['path', 'vars'],
  unknowns: 'handle',
  call: (args, ctx) => {
    const [pathArg, vars] = args as [Value, Value];
    if (pathArg.kind === 'unknown') return unknown(pathArg.reason, pathArg.source);
    const path = stringArg(args, 0);
    if (vars.kind === 'unknown') return unknown(vars.reason, vars.source);
    if (vars.kind !== 'object') throw new FunctionError('invalid vars value: must be a map', 1);
    for (const name of vars.entries.keys()) {
      if (!IDENTIFIER.test(name)) {
        throw new FunctionError(
          `invalid template variable name ${JSON.stringify(name)}: must start with a letter, followed by zero or more letters, digits, and underscores`,
          1,
        );
      }
    }
    const text = readModuleFile(ctx, path, 0);
    return ctx.renderTemplate(text, path, vars);
  },
};

/** `templatestring(ref, vars)`: a string value (not a literal template) rendered as a template, as templatefile renders a file. */
const templatestring: TfFunction = {
  name: 'templatestring',
  params: ['template', 'vars'],
  unknowns: 'handle',
  call: (args, ctx) => {
    const [template, vars] = args as [Value, Value];
    if (template.kind === 'unknown') return unknown(template.reason, template.source);
    const text = stringArg(args, 0);
    if (vars.kind === 'unknown') return unknown(vars.reason, vars.source);
    if (vars.kind !== 'object') throw new FunctionError('invalid vars value: must be a map', 1);
    for (const name of vars.entries.keys()) {
      if (!IDENTIFIER.test(name)) throw new FunctionError(`invalid template variable name ${JSON.stringify(name)}: must start with a letter, followed by zero or more letters, digits, and underscores`, 1);
    }
    return ctx.renderTemplate(text, 'templatestring', vars);
  },
};

/** The filesystem family, sorted by name. */
export const FILESYSTEM_FUNCTIONS: readonly TfFunction[] = [
  abspath,
  basename,
  dirname,
  file,
  filebase64,
  fileexists,
  fileset,
  pathexpand,
  templatefile,
  templatestring,
];
