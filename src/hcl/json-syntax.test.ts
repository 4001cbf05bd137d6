import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { fromRoot } from '../../test/support/paths';
import type { Attribute, Block, Body, Expression, HclFile, TemplateExpr } from './ast';
import { parseHclJson } from './json-syntax';
import { parseFile } from './parse-file';

const fixture = (name: string): string => fromRoot('src', 'hcl', 'testdata-json', name);
const load = (name: string): HclFile => parseHclJson(readFileSync(fixture(name), 'utf8'), name);

const blocks = (body: Body, type?: string): Block[] =>
  body.items.filter((i): i is Block => i.kind === 'block' && (type === undefined || i.type.name === type));
const attr = (body: Body, name: string): Attribute => {
  const found = body.items.find((i): i is Attribute => i.kind === 'attribute' && i.name.name === name);
  assert.ok(found, `attribute ${name}`);
  return found;
};
const block = (body: Body, type: string, ...labels: string[]): Block => {
  const found = blocks(body, type).find((b) => labels.every((l, i) => b.labels[i]?.value === l));
  assert.ok(found, `block ${type} ${labels.join(' ')}`);
  return found;
};
const slice = (file: HclFile, node: { start: number; end: number }): string => file.text.slice(node.start, node.end);
/** 1-based line:column, as an editor shows it. */
const at = (file: HclFile, offset: number): string => {
  const p = file.lines.position(offset);
  return `${p.line + 1}:${p.column + 1}`;
};
const template = (e: Expression): TemplateExpr => {
  assert.equal(e.kind, 'template');
  return e as TemplateExpr;
};

/** Every object with numeric start/end in the tree, with the name of the field that held it. */
function* spans(node: unknown, field = 'root'): Generator<{ field: string; node: Record<string, unknown> & { start: number; end: number } }> {
  if (Array.isArray(node)) {
    for (const n of node) yield* spans(n, field);
    return;
  }
  if (node === null || typeof node !== 'object') return;
  const rec = node as Record<string, unknown>;
  if (typeof rec['start'] === 'number' && typeof rec['end'] === 'number') yield { field, node: rec as never };
  for (const [k, v] of Object.entries(rec)) if (k !== 'lines') yield* spans(v, k);
}

/**
 * The tree as an outline: each body item and each expression node with its kind, 1-based range and
 * the text it covers. Compared with a golden file beside the fixture (UPDATE=1 rewrites it).
 */
function outline(file: HclFile): string {
  const out: string[] = [];
  const show = (node: { start: number; end: number }): string => {
    const text = slice(file, node).replace(/\n/g, '\\n');
    return `@${at(file, node.start)}-${at(file, node.end)} ${text.length > 70 ? `${text.slice(0, 67)}...` : text}`;
  };
  const expr = (e: unknown, indent: string, role: string): void => {
    if (e === null || typeof e !== 'object') return;
    if (Array.isArray(e)) {
      for (const x of e) expr(x, indent, role);
      return;
    }
    const rec = e as Record<string, unknown> & { start: number; end: number };
    const kind = typeof rec['kind'] === 'string' ? rec['kind'] : role;
    out.push(`${indent}${role === kind ? '' : `${role}: `}${kind} ${show(rec)}`);
    for (const [k, v] of Object.entries(rec)) if (v !== null && typeof v === 'object' && k !== 'heredoc') expr(v, `${indent}  `, k);
  };
  const body = (b: Body, indent: string): void => {
    for (const item of b.items) {
      if (item.kind === 'attribute') {
        out.push(`${indent}${item.name.name} = ${show(item)}`);
        expr(item.expr, `${indent}    `, 'expr');
      } else {
        const labels = item.labels.map((l) => JSON.stringify(l.value)).join(' ');
        out.push(`${indent}${item.type.name}${labels ? ` ${labels}` : ''} { ${show({ start: item.start, end: item.start + 1 })}..${at(file, item.end)}`);
        body(item.body, `${indent}  `);
        out.push(`${indent}}`);
      }
    }
  };
  body(file.body, '');
  for (const c of file.comments) out.push(`comment ${c.style} ${show(c)}`);
  for (const d of file.diagnostics) out.push(`${d.severity} ${d.range.start.line + 1}:${d.range.start.column + 1}: ${d.summary}`);
  return `${out.join('\n')}\n`;
}

function assertGolden(file: HclFile, name: string): void {
  const path = fixture(`${name}.outline`);
  const actual = outline(file);
  if (process.env['UPDATE'] || !existsSync(path)) writeFileSync(path, actual);
  assert.equal(actual, readFileSync(path, 'utf8'), `${name}.outline differs; UPDATE=1 npm test rewrites it`);
}

/** Offsets slice to the text each node stands for. */
function assertSpansSliceSensibly(file: HclFile): void {
  for (const { field, node } of spans(file.body)) {
    assert.ok(node.start >= 0 && node.start <= node.end && node.end <= file.text.length, `${field} ${node.start}-${node.end}`);
    const text = file.text.slice(node.start, node.end);
    if (node['kind'] === 'template') assert.match(text, /^".*"$/s, `template ${text}`);
    if (node['kind'] === 'variable') assert.equal(text, node['name']);
    // a block or body left unclosed by a JSON error ends where the parser gave up
    const closed = node['kind'] !== 'block' || node['closeBrace'] !== -1;
    if (node['kind'] === 'block') assert.match(text, closed ? /^["{][\s\S]*}$/ : /^["{]/, `block ${text}`);
    if (node['kind'] === 'body' && node !== (file.body as unknown)) assert.equal(file.text[node.start - 1], '{', 'a body lies inside its braces');
    if (node['kind'] === 'attribute') assert.match(text, /^"/);
    if (node['kind'] === 'template-literal' && !text.includes('\\')) assert.equal(text, node['value']);
    if (field === 'name' || field === 'type') assert.equal(text, node['name'], 'identifiers span the key without quotes');
    if (field === 'labels') assert.equal(text, JSON.stringify(node['value']));
  }
}

test('a realistic .tf.json maps into blocks, labels and attributes', () => {
  const file = load('main.tf.json');
  assert.equal(file.syntax, 'json');
  assert.deepEqual(file.diagnostics, []);
  assert.equal(file.body.json, true);
  assert.deepEqual(
    file.body.items.map((i) => (i.kind === 'block' ? [i.type.name, ...i.labels.map((l) => l.value)].join(' ') : `=${i.name.name}`)),
    [
      'terraform',
      'provider aws',
      'provider aws',
      'variable instance_count',
      'variable subnet_ids',
      'variable env',
      'locals',
      'resource aws_instance web',
      'resource aws_security_group web',
      'module vpc',
      'output web_ips',
      'moved',
      'import',
    ],
  );
  assertSpansSliceSensibly(file);
  assertGolden(file, 'main.tf.json');
});

test('resource bodies: templates, meta-arguments in expression mode, lifecycle and provisioners', () => {
  const file = load('main.tf.json');
  const web = block(file.body, 'resource', 'aws_instance', 'web');
  assert.equal(web.body.json, true);
  assert.equal(at(file, web.start), '60:7', 'the block starts at its last label key');
  assert.equal(slice(file, web.labels[0]!), '"aws_instance"');
  assert.equal(web.openBrace, file.text.indexOf('{', web.start));
  assert.equal(file.text[web.closeBrace], '}');

  // "${var.instance_count}": a single interpolation, whose value is the number itself
  const count = template(attr(web.body, 'count').expr);
  assert.equal(count.parts.length, 1);
  const interp = count.parts[0]!;
  assert.equal(interp.kind, 'interpolation');
  assert.equal(interp.kind === 'interpolation' && interp.expr.kind, 'get-attr');
  assert.equal(interp.kind === 'interpolation' && slice(file, interp.expr), 'var.instance_count');
  assert.equal(interp.kind === 'interpolation' && at(file, interp.expr.start), '62:21');

  // a plain string is a one-part literal template
  const ami = template(attr(web.body, 'ami').expr);
  assert.deepEqual(ami.parts.map((p) => p.kind === 'template-literal' && p.value), ['ami-0c55b159cbfafe1f0']);

  // "${local.name_prefix}-${count.index}": a mixed template
  const tags = attr(web.body, 'tags').expr;
  assert.equal(tags.kind, 'object');
  const name = tags.kind === 'object' ? tags.items[0]! : assert.fail();
  assert.deepEqual(template(name.key).parts.map((p) => p.kind), ['template-literal']);
  assert.deepEqual(template(name.value).parts.map((p) => p.kind), ['interpolation', 'template-literal', 'interpolation']);

  // provider and depends_on are references, not templates
  const provider = attr(web.body, 'provider').expr;
  assert.equal(provider.kind, 'get-attr');
  assert.equal(slice(file, provider), 'aws.west');
  const dependsOn = attr(web.body, 'depends_on').expr;
  assert.equal(dependsOn.kind, 'tuple');
  assert.deepEqual(dependsOn.kind === 'tuple' && dependsOn.items.map((e) => [e.kind, slice(file, e)]), [['get-attr', 'aws_security_group.web']]);

  const lifecycle = block(web.body, 'lifecycle');
  assert.equal(attr(lifecycle.body, 'create_before_destroy').expr.kind, 'literal');
  const ignore = attr(lifecycle.body, 'ignore_changes').expr;
  assert.deepEqual(ignore.kind === 'tuple' && ignore.items.map((e) => e.kind === 'variable' && e.name), ['tags', 'ami']);

  const provisioners = blocks(web.body, 'provisioner');
  assert.deepEqual(provisioners.map((p) => p.labels.map((l) => l.value)), [['local-exec'], ['remote-exec']]);
  const when = attr(provisioners[0]!.body, 'when').expr;
  assert.equal(when.kind === 'variable' && when.name, 'create');
  const connection = block(provisioners[1]!.body, 'connection');
  assert.deepEqual(template(attr(connection.body, 'type').expr).parts.map((p) => p.kind), ['template-literal']);
  assert.equal(attr(provisioners[1]!.body, 'inline').expr.kind, 'tuple');
});

test('dynamic blocks, with their iterator and content', () => {
  const file = load('main.tf.json');
  const sg = block(file.body, 'resource', 'aws_security_group', 'web');
  const dynamic = block(sg.body, 'dynamic', 'ingress');
  assert.equal(at(file, dynamic.labels[0]!.start), '85:11');
  const iterator = attr(dynamic.body, 'iterator').expr;
  assert.equal(iterator.kind === 'variable' && iterator.name, 'port');
  assert.equal(template(attr(dynamic.body, 'for_each').expr).parts[0]?.kind, 'interpolation');
  const content = block(dynamic.body, 'content');
  assert.deepEqual(content.body.items.map((i) => i.kind === 'attribute' && i.name.name), ['from_port', 'to_port', 'protocol']);
});

test('variables, locals, providers, modules and terraform settings follow their JSON exceptions', () => {
  const file = load('main.tf.json');

  const subnets = block(file.body, 'variable', 'subnet_ids');
  const type = attr(subnets.body, 'type').expr;
  assert.equal(type.kind, 'call');
  assert.equal(slice(file, type), 'list(string)');
  const description = template(attr(subnets.body, 'description').expr);
  assert.deepEqual(description.parts.map((p) => p.kind === 'template-literal' && p.value), ['Subnets for ${var.env}, taken literally']);
  const defaults = attr(subnets.body, 'default').expr;
  assert.equal(defaults.kind, 'tuple');
  const validation = block(subnets.body, 'validation');
  assert.equal(template(attr(validation.body, 'condition').expr).parts[0]?.kind, 'interpolation');
  const count = block(file.body, 'variable', 'instance_count');
  assert.equal(attr(count.body, 'type').expr.kind, 'variable');
  const countDefault = attr(count.body, 'default').expr;
  assert.deepEqual(countDefault.kind === 'literal' && [countDefault.value, countDefault.raw], [2, '2']);

  const locals = block(file.body, 'locals');
  assert.deepEqual(locals.body.items.map((i) => i.kind === 'attribute' && i.name.name), ['name_prefix', 'common_tags']);
  assert.deepEqual(template(attr(locals.body, 'name_prefix').expr).parts.map((p) => p.kind), ['template-literal', 'interpolation']);

  const [aws, west] = blocks(file.body, 'provider');
  assert.equal(slice(file, aws!).startsWith('{'), true, 'an array element block spans its object');
  assert.equal(at(file, west!.start), '26:7');
  assert.deepEqual(template(attr(west!.body, 'alias').expr).parts.map((p) => p.kind === 'template-literal' && p.value), ['west']);
  assert.equal(attr(aws!.body, 'default_tags').expr.kind, 'object', 'unknown nested blocks stay object attributes');

  const vpc = block(file.body, 'module', 'vpc');
  assert.equal(template(attr(vpc.body, 'source').expr).parts.length, 1);
  const providers = attr(vpc.body, 'providers').expr;
  const mapping = providers.kind === 'object' ? providers.items[0]! : assert.fail();
  assert.equal(template(mapping.key).parts[0]?.kind, 'template-literal');
  assert.equal(mapping.value.kind, 'get-attr');
  const nat = attr(vpc.body, 'single_nat_gateway').expr;
  assert.equal(nat.kind === 'literal' && nat.value, null);

  const terraform = block(file.body, 'terraform');
  assert.equal(template(attr(terraform.body, 'required_version').expr).parts[0]?.kind, 'template-literal');
  const required = block(terraform.body, 'required_providers');
  const awsReq = attr(required.body, 'aws').expr;
  assert.equal(awsReq.kind, 'object');
  const aliases = awsReq.kind === 'object' ? awsReq.items.find((i) => slice(file, i.key) === '"configuration_aliases"') : undefined;
  assert.ok(aliases && aliases.value.kind === 'tuple' && aliases.value.items[0]?.kind === 'get-attr');
  const backend = block(terraform.body, 'backend', 's3');
  const key = template(attr(backend.body, 'key').expr);
  assert.deepEqual(key.parts.map((p) => p.kind), ['template-literal'], 'terraform settings are never templates');

  const moved = block(file.body, 'moved');
  assert.equal(attr(moved.body, 'from').expr.kind, 'get-attr');
  const imp = block(file.body, 'import');
  assert.equal(attr(imp.body, 'to').expr.kind, 'get-attr');
  assert.equal(template(attr(imp.body, 'id').expr).parts[0]?.kind, 'template-literal');
});

test('"//" properties are comments in bodies and at the root', () => {
  const file = load('main.tf.json');
  assert.deepEqual(file.comments.map((c) => [c.style, at(file, c.start), slice(file, c).slice(0, 6)]), [
    ['//', '2:3', '"//": '],
    ['//', '61:9', '"//": '],
  ]);
  const web = block(file.body, 'resource', 'aws_instance', 'web');
  assert.ok(web.body.items.every((i) => i.kind !== 'attribute' || i.name.name !== '//'));
});

test('.tfvars.json is a body of literal attributes', () => {
  const file = load('terraform.tfvars.json');
  assert.deepEqual(file.diagnostics, []);
  assert.deepEqual(file.body.items.map((i) => i.kind === 'attribute' && i.name.name), ['env', 'instance_count', 'greeting', 'subnet_ids', 'tags']);
  const greeting = template(attr(file.body, 'greeting').expr);
  assert.deepEqual(greeting.parts.map((p) => p.kind === 'template-literal' && p.value), ['hello ${not_a_template}']);
  assert.equal(file.comments.length, 1);
  assertSpansSliceSensibly(file);
  assertGolden(file, 'terraform.tfvars.json');
});

test('nodes inside strings with escapes still point at their source', () => {
  const text = '{"locals": {"x": "a\\t\\"${var.a}\\u0041${var.b}\\n", "y": "\\u0024{var.c}"}}';
  const file = parseHclJson(text, 'escapes.tf.json');
  assert.deepEqual(file.diagnostics, []);
  const locals = block(file.body, 'locals');
  const x = template(attr(locals.body, 'x').expr);
  assert.deepEqual(x.parts.map((p) => [p.kind, slice(file, p)]), [
    ['template-literal', 'a\\t\\"'],
    ['interpolation', '${var.a}'],
    ['template-literal', '\\u0041'],
    ['interpolation', '${var.b}'],
    ['template-literal', '\\n'],
  ]);
  assert.deepEqual(x.parts.map((p) => p.kind === 'template-literal' && p.value), ['a\t"', false, 'A', false, '\n']);
  // an escaped dollar sign still starts an interpolation: templates see the decoded string
  const y = template(attr(locals.body, 'y').expr);
  assert.deepEqual(y.parts.map((p) => [p.kind, slice(file, p)]), [['interpolation', '\\u0024{var.c}']]);
  assertSpansSliceSensibly(file);
});

/** Each broken input: its diagnostics as `line:col summary`, and what must survive. */
const BROKEN: readonly { name: string; text: string; expect: string[]; survives?: string[] }[] = [
  { name: 'empty file', text: '', expect: ['1:1 Invalid JSON'] },
  { name: 'root array', text: '[{"resource": {}}]', expect: ['1:1 Root value must be object'] },
  { name: 'root string', text: '"x"', expect: ['1:1 Root value must be object'] },
  {
    name: 'trailing comma',
    text: '{\n  "variable": {"a": {"default": 1}},\n  "output": {"o": {"value": 2,}}\n}',
    expect: ['3:31 Invalid JSON'],
    survives: ['variable a', 'output o'],
  },
  {
    name: 'missing comma between properties',
    text: '{\n  "locals": {"a": 1\n  "b": 2}\n}',
    expect: ['3:3 Invalid JSON'],
    survives: ['locals'],
  },
  { name: 'unclosed object', text: '{"locals": {"a": "x"', expect: ['1:21 Invalid JSON'], survives: ['locals'] },
  { name: 'unclosed nested objects', text: '{"variable": {"a": {"default": {}', expect: ['1:34 Invalid JSON'], survives: ['variable a'] },
  { name: 'comment', text: '{\n  // no comments in JSON\n  "locals": {}\n}', expect: ['2:3 Invalid JSON'], survives: ['locals'] },
  {
    name: 'block type that is not an object',
    text: '{"resource": "aws_instance", "locals": {"a": 1}}',
    expect: ['1:14 Incorrect JSON value type'],
    survives: ['locals'],
  },
  {
    name: 'too few label levels',
    text: '{\n  "resource": {\n    "aws_instance": {"ami": "ami-1"}\n  }\n}',
    expect: ['3:29 Incorrect JSON value type'],
  },
  { name: 'absurd nesting', text: `{"locals": {"a": ${'['.repeat(200_000)}}}`, expect: ['1:1 Invalid JSON'] },
  { name: 'missing label', text: '{"variable": {}}', expect: ['1:14 Missing block label'] },
  {
    name: 'block body that is not an object',
    text: '{"variable": {"a": 3, "b": {}}}',
    expect: ['1:20 Incorrect JSON value type'],
    survives: ['variable b'],
  },
  {
    name: 'array element that is not a body',
    text: '{"provider": {"aws": [{}, "x"]}}',
    expect: ['1:27 Incorrect JSON value type'],
    survives: ['provider aws'],
  },
  {
    name: '"//" at a label level is a label, as Terraform reads it',
    text: '{"variable": {"//": "note", "a": {}}}',
    expect: ['1:21 Incorrect JSON value type'],
    survives: ['variable a'],
  },
  {
    name: 'string that is not a valid template',
    text: '{"locals": {\n  "a": "x-${var.}",\n  "b": 1\n}}',
    expect: ['2:16 Invalid template'],
    survives: ['locals'],
  },
];

for (const c of BROKEN) {
  test(`broken JSON: ${c.name}`, () => {
    let file: HclFile | undefined;
    assert.doesNotThrow(() => {
      file = parseHclJson(c.text, 'broken.tf.json');
    });
    const f = file!;
    assert.ok(f.diagnostics.length > 0);
    assert.ok(f.diagnostics.every((d) => d.severity === 'error' && d.file === 'broken.tf.json' && d.detail));
    const got = f.diagnostics.map((d) => `${d.range.start.line + 1}:${d.range.start.column + 1} ${d.summary}`);
    for (const e of c.expect) {
      const [pos, ...summary] = e.split(' ');
      // template errors come from the native parser: check the line and summary family, not its wording
      if (summary.join(' ') === 'Invalid template') assert.ok(got.some((g) => g.startsWith(`${pos!.split(':')[0]}:`)), got.join('\n'));
      else assert.ok(got.includes(e), `expected ${e}, got\n${got.join('\n')}`);
    }
    const present = f.body.items.map((i) => (i.kind === 'block' ? [i.type.name, ...i.labels.map((l) => l.value)].join(' ') : i.name.name));
    for (const s of c.survives ?? []) assert.ok(present.includes(s), `${s} in ${present.join(', ')}`);
    assertSpansSliceSensibly(f);
  });
}

test('parseFile picks the syntax from the file name', () => {
  const json = parseFile('{"locals": {"a": 1}}', 'dir/main.tf.json');
  assert.equal(json.syntax, 'json');
  assert.equal(blocks(json.body, 'locals').length, 1);
  const vars = parseFile('{"a": "${b}"}', 'prod.tfvars.json');
  assert.equal(vars.syntax, 'json');
  assert.equal(template(attr(vars.body, 'a').expr).parts[0]?.kind, 'template-literal');
  const native = parseFile('locals {\n  a = 1\n}\n', 'dir/main.tf');
  assert.equal(native.syntax, 'native');
  assert.equal(blocks(native.body, 'locals').length, 1);
});
