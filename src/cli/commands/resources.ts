/**
 * `kensa resources [dir]`: the evaluated resource instances of every root module under the
 * directory, with their attributes as Kensa sees them. Unknown values are marked, sensitive ones
 * hidden. For debugging configurations and Kensa itself.
 */
import { analyze } from '../../engine';
import { toJson, type EvaluatedBody, type ResourceInstance, type Value } from '../../terraform';
import { nodeHost } from '../node-host';
import { UsageError, type Io } from '../output';
import type { Command } from '../command';
import { directoryArgument, varFilesOption } from './scan';

/** A value for the listing: unknowns marked, sensitive values hidden. */
function render(v: Value): unknown {
  return toJson(v, true, true);
}

function renderBody(body: EvaluatedBody): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const [name, a] of body.attributes) out[name] = render(a.value);
  for (const b of body.blocks) {
    const list = (out[b.type] ??= []) as unknown[];
    list.push({ ...(b.labels.length ? { $labels: b.labels } : {}), ...renderBody(b.body) });
  }
  for (const t of body.unknownBlocks) out[t] = { $unknown: `dynamic "${t}" blocks are known after apply` };
  return out;
}

function describe(r: ResourceInstance, line: number): Record<string, unknown> {
  return {
    address: r.address,
    mode: r.mode,
    type: r.type,
    module: r.module,
    provider: r.provider.alias ? `${r.provider.name}.${r.provider.alias}` : r.provider.name,
    region: render(r.provider.region),
    file: r.file,
    line,
    ...(r.expansionUnknown ? { expansionUnknown: r.expansionUnknown } : {}),
    attributes: renderBody(r.body),
  };
}

export const resourcesCommand: Command = {
  name: 'resources',
  summary: 'List the evaluated resource instances',
  usage: 'kensa resources [dir] [--format json|text] [--var-file FILE]...',
  help: `Evaluates every root module under the directory and prints its resource instances: address, type,
provider and region, file and line, and every attribute as Kensa evaluated it. Values known only after
apply are shown as {"$unknown": reason}; sensitive values as {"$sensitive": true}.`,
  options: {
    format: { type: 'string', default: 'json', description: 'json or text' },
    'var-file': { type: 'string', multiple: true, description: 'a variables file for every root module (repeatable)' },
  },
  run(args, io: Io): number {
    const format = args.values.format;
    if (format !== 'json' && format !== 'text') throw new UsageError(`--format must be json or text, not "${String(format)}"`);
    const dir = directoryArgument(args.positionals, 'resources');
    const analysis = analyze(nodeHost(dir), '.', { policy: false, varFiles: varFilesOption(args.values['var-file'], dir) });
    const rows = analysis.roots.flatMap((root) =>
      root.evaluation.resources.map((r) => {
        const line = root.evaluation.files.get(r.file)!.lines.position(r.decl.block.start).line + 1;
        return { root: root.dir, line, r, json: { root: root.dir, ...describe(r, line) } };
      }),
    );
    if (format === 'json') io.out(JSON.stringify({ resources: rows.map((x) => x.json) }, null, 2) + '\n');
    else {
      for (const { r, line } of rows) io.out(`${r.address.padEnd(56)} ${JSON.stringify(render(r.provider.region)).padEnd(14)} ${r.file}:${line}\n`);
    }
    return 0;
  },
};
