/**
 * Plan JSON into the resource model: hand-written plans in the documented format (1.2) and broken
 * inputs. Positions are checked against the fixture text, one-based as an editor shows them.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { fromRoot } from '../../test/support/paths';
import type { Evaluation, ResourceInstance } from './model';
import { isPlanJson, readPlanJson } from './plan';
import { toJson, type Origin, type Value } from './value';

const FIXTURES = 'src/terraform/testdata/plan';

function load(name: string): { text: string; path: string; ev: Evaluation } {
  const path = `${FIXTURES}/${name}`;
  const text = readFileSync(fromRoot(path), 'utf8');
  return { text, path, ev: readPlanJson(text, path) };
}

function byAddress(ev: Evaluation): Map<string, ResourceInstance> {
  return new Map(ev.resources.map((r) => [r.address, r]));
}

function get(ev: Evaluation, address: string): ResourceInstance {
  const r = byAddress(ev).get(address);
  assert.ok(r, `${address} is read`);
  return r;
}

function attrs(r: ResourceInstance): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const [k, a] of r.body.attributes) out[k] = toJson(a.value);
  return out;
}

/** `line:column` (one-based) of an offset in the fixture. */
function pos(ev: Evaluation, file: string, offset: number): string {
  const p = ev.files.get(file)!.lines.position(offset);
  return `${p.line + 1}:${p.column + 1}`;
}

function originAt(ev: Evaluation, o: Origin | undefined): string {
  assert.ok(o, 'value has an origin');
  return `${pos(ev, o.file, o.start)}-${pos(ev, o.file, o.end)}`;
}

/** Offset of the `nth` (0-based) occurrence of `needle` after `after` in the text. */
function find(text: string, needle: string, after = '', nth = 0): number {
  let at = after ? text.indexOf(after) : 0;
  assert.ok(at >= 0, `fixture holds ${after}`);
  for (let i = 0; i <= nth; i++) {
    at = text.indexOf(needle, i === 0 ? at : at + 1);
    assert.ok(at >= 0, `fixture holds ${needle}`);
  }
  return at;
}

function problems(ev: Evaluation): string[] {
  return ev.diagnostics.map((d) => `${d.range.start.line + 1}:${d.range.start.column + 1}-${d.range.end.line + 1}:${d.range.end.column + 1} ${d.severity} ${d.summary}`);
}

test('instances: count and for_each keys, modules, data sources from the prior state; deletions left out', () => {
  const { ev } = load('web-db.plan.json');
  assert.deepEqual(problems(ev), []);
  assert.deepEqual(
    ev.resources.map((r) => r.address),
    [
      'aws_instance.web[0]',
      'aws_instance.web[1]',
      'aws_s3_bucket.logs["eu"]',
      'aws_s3_bucket.logs["us"]',
      'aws_sqs_queue.jobs',
      'data.aws_caller_identity.current',
      'module.db.aws_db_instance.main',
      'module.db.aws_db_instance.replica',
    ],
  );
  assert.deepEqual(
    ev.resources.map((r) => [r.mode, r.type, r.name, r.key ?? null, r.module]),
    [
      ['managed', 'aws_instance', 'web', 0, ''],
      ['managed', 'aws_instance', 'web', 1, ''],
      ['managed', 'aws_s3_bucket', 'logs', 'eu', ''],
      ['managed', 'aws_s3_bucket', 'logs', 'us', ''],
      ['managed', 'aws_sqs_queue', 'jobs', null, ''],
      ['data', 'aws_caller_identity', 'current', null, ''],
      ['managed', 'aws_db_instance', 'main', null, 'module.db'],
      ['managed', 'aws_db_instance', 'replica', null, 'module.db'],
    ],
  );
  assert.equal(ev.root.address, '');
  assert.deepEqual(ev.root.children.map((c) => [c.address, c.call?.name, c.call?.source, c.config.dir]), [['module.db', 'db', './modules/db', 'src/terraform/testdata/plan/modules/db']]);
  assert.deepEqual(ev.root.children[0]!.resources.map((r) => r.name), ['main', 'replica']);
  assert.deepEqual(ev.root.config.resources.map((d) => `${d.mode}.${d.type}.${d.name}`), ['managed.aws_instance.web', 'managed.aws_s3_bucket.logs', 'managed.aws_sqs_queue.jobs', 'data.aws_caller_identity.current']);
  assert.deepEqual([...ev.files.keys()], ['src/terraform/testdata/plan/web-db.plan.json']);
});

test('attribute values, nulls left out of the body, arrays of objects also as blocks', () => {
  const { ev } = load('web-db.plan.json');
  const web1 = get(ev, 'aws_instance.web[1]');
  assert.deepEqual(attrs(web1), {
    ami: 'ami-0abcdef1234567890',
    instance_type: 't3.large',
    monitoring: true,
    root_block_device: [{ delete_on_termination: true, encrypted: true, volume_size: 50, volume_type: 'gp3', volume_id: { $unknown: 'known after apply', source: 'aws_instance.web[1].root_block_device[0].volume_id' } }],
    tags: { Name: 'web-1' },
    arn: { $unknown: 'known after apply', source: 'aws_instance.web[1].arn' },
    id: { $unknown: 'known after apply', source: 'aws_instance.web[1].id' },
  });
  // the resource's value keeps the nulls: references see every attribute
  const value = web1.value;
  assert.equal(value.kind === 'object' && value.open, 'aws_instance.web[1]');
  assert.equal(value.kind === 'object' && value.entries.get('user_data')?.kind, 'null');
  const blocks = web1.body.blocks;
  assert.deepEqual(blocks.map((b) => b.type), ['root_block_device']);
  const rbd = blocks[0]!.body.attributes;
  assert.deepEqual(toJson(rbd.get('encrypted')!.value), true);
  assert.deepEqual(toJson(rbd.get('volume_id')!.value), { $unknown: 'known after apply', source: 'aws_instance.web[1].root_block_device[0].volume_id' });
  assert.deepEqual(attrs(get(ev, 'aws_s3_bucket.logs["eu"]')), { bucket: 'acme-logs-eu', force_destroy: false, tags: { 'kubernetes.io/cluster': 'main' } });
  assert.deepEqual(attrs(get(ev, 'aws_s3_bucket.logs["us"]')), { bucket: 'acme-logs-us', force_destroy: false });
  assert.deepEqual(attrs(get(ev, 'aws_sqs_queue.jobs')), { name: 'jobs', sqs_managed_sse_enabled: true, url: { $unknown: 'known after apply', source: 'aws_sqs_queue.jobs.url' } });
  assert.deepEqual(attrs(get(ev, 'data.aws_caller_identity.current')), { account_id: '123456789012', arn: 'arn:aws:iam::123456789012:user/ci', id: '123456789012' });
});

test('sensitive values are marked, with what they hold', () => {
  const { ev } = load('web-db.plan.json');
  const db = get(ev, 'module.db.aws_db_instance.main');
  assert.equal(db.body.attributes.get('password')!.value.sensitive, true);
  assert.equal(db.body.attributes.get('engine')!.value.sensitive, undefined);
  assert.equal(ev.root.variables.get('db_password')!.sensitive, true, 'declared sensitive in configuration');
  assert.equal(ev.root.variables.get('region')!.sensitive, undefined);
  assert.deepEqual(toJson(ev.root.variables.get('region')!), 'eu-west-1');
});

test('regions and default tags from provider configurations, aliases, a provider declared in a module', () => {
  const { ev, text, path } = load('web-db.plan.json');
  const region = (a: string): unknown => toJson(get(ev, a).provider.region);
  assert.equal(region('aws_instance.web[0]'), 'eu-west-1', 'var.region resolved from the plan variables');
  assert.equal(region('aws_sqs_queue.jobs'), 'us-east-1');
  assert.equal(get(ev, 'aws_sqs_queue.jobs').provider.alias, 'us');
  assert.equal(region('module.db.aws_db_instance.main'), 'eu-west-1', 'inherited from the root');
  const replica = get(ev, 'module.db.aws_db_instance.replica').provider;
  assert.deepEqual([replica.name, replica.alias, replica.module, toJson(replica.region)], ['aws', 'replica', 'module.db', 'eu-central-1']);
  assert.deepEqual(toJson(get(ev, 'aws_instance.web[0]').provider.defaultTags), { Team: 'platform' });
  assert.deepEqual(toJson(replica.defaultTags), null);
  // the same configuration object for every resource that uses it
  assert.equal(get(ev, 'aws_instance.web[0]').provider, get(ev, 'aws_s3_bucket.logs["us"]').provider);
  assert.deepEqual(ev.root.providers.map((p) => `${p.name}.${p.alias ?? ''}`), ['aws.', 'aws.us']);
  assert.deepEqual(ev.root.children[0]!.providers.map((p) => `${p.name}.${p.alias ?? ''}`), ['aws.replica']);
  // the region's origin is the constant in the configuration section
  assert.equal(originAt(ev, replica.region.origin), `${pos(ev, path, find(text, '"eu-central-1"'))}-${pos(ev, path, find(text, '"eu-central-1"') + 14)}`);
});

test('unknowns: known after apply, with the address and path as source and their mark in after_unknown as origin', () => {
  const { ev, text, path } = load('web-db.plan.json');
  const id = get(ev, 'aws_instance.web[0]').body.attributes.get('id')!;
  assert.deepEqual(id.value, { kind: 'unknown', reason: 'known after apply', source: 'aws_instance.web[0].id', origin: id.value.origin });
  const mark = find(text, '"id": true', '"address": "aws_instance.web[0]",\n      "mode"');
  assert.equal(originAt(ev, id.value.origin), `${pos(ev, path, mark + 6)}-${pos(ev, path, mark + 10)}`);
  assert.equal(pos(ev, path, id.node.name.start), pos(ev, path, mark + 1), 'the attribute node names the key in after_unknown');
  const db = get(ev, 'module.db.aws_db_instance.main').body.attributes;
  assert.deepEqual(['address', 'endpoint', 'id'].map((k) => (db.get(k)!.value as { source?: string }).source), ['module.db.aws_db_instance.main.address', 'module.db.aws_db_instance.main.endpoint', 'module.db.aws_db_instance.main.id']);
  // `false` in after_unknown is a known value: nothing added
  assert.equal(get(ev, 'aws_s3_bucket.logs["us"]').body.attributes.has('arn'), false);
  assert.equal(ev.root.outputs.get('web_ids')!.kind, 'unknown');
  assert.deepEqual(toJson(ev.root.outputs.get('bucket_names')!), ['acme-logs-eu', 'acme-logs-us']);
});

test('origins and syntax nodes point at the plan text', () => {
  const { ev, text, path } = load('web-db.plan.json');
  const web1 = get(ev, 'aws_instance.web[1]');
  const it = web1.body.attributes.get('instance_type')!;
  assert.equal(it.file, path);
  assert.equal(web1.file, path);
  // exact places in the fixture, one-based
  assert.equal(originAt(ev, it.value.origin), '67:30-67:40');
  assert.equal(pos(ev, path, it.node.name.start), '67:14');
  assert.equal(text.slice(it.node.name.start, it.node.name.end), 'instance_type');
  assert.equal(text.slice(it.node.expr.start, it.node.expr.end), '"t3.large"');
  assert.equal(it.node.expr.kind, 'template');
  const size = web1.body.blocks[0]!.body.attributes.get('volume_size')!;
  assert.equal(originAt(ev, size.value.origin), '73:32-73:34');
  assert.equal(size.node.expr.kind === 'literal' && size.node.expr.raw, '50');
  const tagName = web1.body.attributes.get('tags')!.value;
  assert.equal(tagName.kind === 'object' && originAt(ev, tagName.entries.get('Name')!.origin), '78:23-78:30');
  // the resource's block spans its object in planned_values, labelled by its type and name
  const block = web1.decl.block;
  assert.equal(block.type.name, 'resource');
  assert.deepEqual(block.labels.map((l) => l.value), ['aws_instance', 'web']);
  assert.equal(pos(ev, path, block.start), '56:9');
  assert.equal(text[block.start], '{');
  assert.equal(text[block.end - 1], '}');
  assert.equal(text.slice(block.labels[0]!.start, block.labels[0]!.end), '"aws_instance"');
  assert.equal(pos(ev, path, block.labels[1]!.start), '60:19');
  const data = get(ev, 'data.aws_caller_identity.current').decl.block;
  assert.equal(data.type.name, 'data');
  // nested block node spans the array element
  const rbd = web1.body.blocks[0]!.node;
  assert.equal(pos(ev, path, rbd.start), '70:15');
  assert.equal(text.slice(rbd.type.start, rbd.type.end), 'root_block_device');
  // every node lies within the text
  for (const r of ev.resources) {
    for (const a of r.body.attributes.values()) assert.ok(a.node.start >= 0 && a.node.end <= text.length && a.node.name.start < a.node.name.end, `${r.address}.${a.name}`);
  }
});

test('nested module instances with for_each keys, deferred data sources, instances only in resource_changes, AWS resource regions', () => {
  const { ev } = load('nested-modules.plan.json');
  assert.deepEqual(problems(ev), []);
  assert.deepEqual(
    ev.resources.map((r) => [r.address, r.module]),
    [
      ['module.app["blue"].data.aws_iam_policy_document.assume', 'module.app["blue"]'],
      ['module.app["blue"].module.net.aws_nat_gateway.this[0]', 'module.app["blue"].module.net'],
      ['module.app["green"].aws_eip.nat', 'module.app["green"]'],
    ],
  );
  const tree = (m: Evaluation['root']): unknown => [m.address, m.key ?? null, m.children.map(tree)];
  assert.deepEqual(tree(ev.root), ['', null, [['module.app["blue"]', 'blue', [['module.app["blue"].module.net', null, []]]], ['module.app["green"]', 'green', []]]]);
  assert.equal(ev.root.children[0]!.config, ev.root.children[1]!.config, 'instances of one call share a module config');
  assert.equal(ev.root.children[0]!.config.dir, 'src/terraform/testdata/plan#module.app');
  const policy = get(ev, 'module.app["blue"].data.aws_iam_policy_document.assume');
  assert.equal(policy.mode, 'data');
  assert.deepEqual(toJson(policy.body.attributes.get('json')!.value), { $unknown: 'known after apply', source: 'module.app["blue"].data.aws_iam_policy_document.assume.json' });
  assert.deepEqual(policy.body.blocks.map((b) => [b.type, toJson(b.body.attributes.get('effect')!.value)]), [['statement', 'Allow']]);
  const nat = get(ev, 'module.app["blue"].module.net.aws_nat_gateway.this[0]');
  assert.equal(nat.key, 0);
  assert.deepEqual(toJson(nat.body.attributes.get('secondary_private_ip_addresses')!.value), [
    { $unknown: 'known after apply', source: 'module.app["blue"].module.net.aws_nat_gateway.this[0].secondary_private_ip_addresses[0]' },
    '10.0.1.9',
  ]);
  assert.deepEqual(toJson(nat.provider.region), 'ap-southeast-2', 'the region the AWS provider records on the resource');
  const eip = get(ev, 'module.app["green"].aws_eip.nat');
  assert.deepEqual(attrs(eip), { domain: 'vpc', public_ip: { $unknown: 'known after apply', source: 'module.app["green"].aws_eip.nat.public_ip' } });
  assert.equal(eip.provider.name, 'aws');
  assert.equal(eip.provider.region.kind, 'unknown');
  assert.match((eip.provider.region as Value & { reason: string }).reason, /no configuration section/);
});

test('broken inputs give diagnostics with positions and never throw', () => {
  const cases: [string, string, string[]][] = [
    ['invalid JSON', '{\n  "format_version": "1.2",\n  "planned_values": {\n', ['4:1-4:1 error Invalid JSON']],
    ['trailing comma', '{\n  "format_version": "1.2", "planned_values": {},\n}', ['3:1-3:2 error Invalid JSON']],
    ['not an object', '[1, 2]', ['1:1-1:7 error Not a Terraform plan']],
    ['no format_version', '{\n  "planned_values": {}\n}', ['1:1-1:2 error Not a Terraform plan']],
    ['a state, not a plan', '{"format_version": "1.0", "values": {"root_module": {}}}', ['1:1-1:2 error Not a Terraform plan']],
    ['unsupported version', '{"format_version": "2.0", "planned_values": {}}', ['1:20-1:25 error Unsupported plan format version']],
    ['empty', '', ['1:1-1:1 error Invalid JSON']],
    ['errored plan', '{"format_version": "1.2", "planned_values": {}, "errored": true}', ['1:60-1:64 warning Incomplete plan']],
    [
      'unreadable resource and module address',
      '{"format_version": "1.2", "planned_values": {"root_module": {"resources": [{"address": "x"}], "child_modules": [{"address": "nope"}]}}}',
      ['1:76-1:92 warning Unreadable resource', '1:125-1:131 warning Unreadable module address'],
    ],
  ];
  for (const [name, text, expected] of cases) {
    const ev = readPlanJson(text, 'plan.json');
    assert.deepEqual(problems(ev), expected, name);
    assert.deepEqual(ev.resources, [], name);
    assert.equal(ev.root.address, '', name);
    assert.ok(ev.files.get('plan.json'), name);
  }
  const state = readPlanJson('{"format_version": "1.0", "values": {"root_module": {}}}', 'state.json');
  assert.match(state.diagnostics[0]!.detail!, /state/);
  // strange but valid JSON in every place never throws
  for (const text of ['{"format_version": "1.2", "planned_values": 1, "resource_changes": {"a": 1}, "configuration": []}', '{"format_version": "1.2", "resource_changes": [1, null, {"change": 3}]}', '{"format_version": "1.2", "planned_values": {"root_module": {"resources": [{"address": "a.b", "mode": "managed", "type": "a", "name": "b", "values": [1]}]}}}']) {
    assert.doesNotThrow(() => readPlanJson(text, 'plan.json'), text);
  }
});

test('isPlanJson tells plans from other JSON', () => {
  const { text } = load('web-db.plan.json');
  assert.equal(isPlanJson(text), true);
  assert.equal(isPlanJson('{"format_version": "1.0", "values": {}}'), false);
  assert.equal(isPlanJson('{"resource": {"aws_s3_bucket": {"b": {}}}}'), false);
  assert.equal(isPlanJson('{"format_version": "1.2", "planned_values": {'), false);
  assert.equal(isPlanJson('"format_version" "planned_values"'), false);
});
