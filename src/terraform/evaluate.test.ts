/**
 * The Terraform model from the user's side: configurations in, resource instances with their
 * addresses, evaluated attributes, provenance and diagnostics out.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { EvalCache, evaluateConfiguration, type EvaluateOptions } from './evaluate';
import { memoryHost } from './host';
import type { Evaluation, ResourceInstance } from './model';
import { originChain, toJson } from './value';

function run(files: Record<string, string>, options: EvaluateOptions = {}, dir = '.'): Evaluation {
  return evaluateConfiguration(memoryHost(files), dir, options);
}

function attrs(r: ResourceInstance | undefined): Record<string, unknown> {
  assert.ok(r, 'resource instance exists');
  const out: Record<string, unknown> = {};
  for (const [k, a] of r.body.attributes) out[k] = toJson(a.value);
  return out;
}

function byAddress(ev: Evaluation): Map<string, ResourceInstance> {
  return new Map(ev.resources.map((r) => [r.address, r]));
}

/** Diagnostics as `file:line:col severity summary` (one-based), to compare in one go. */
function problems(ev: Evaluation): string[] {
  return ev.diagnostics.map((d) => `${d.file}:${d.range.start.line + 1}:${d.range.start.column + 1} ${d.severity} ${d.summary}`);
}

test('count and for_each expand into addressed instances; count = 0 means none', () => {
  const ev = run({
    'main.tf': `
resource "aws_instance" "web" {
  count         = 2
  instance_type = "t3.micro"
  tags          = { Name = "web-\${count.index}" }
}
resource "aws_s3_bucket" "logs" {
  for_each = { eu = "eu-west-1", us = "us-east-1" }
  bucket   = "logs-\${each.key}-\${each.value}"
}
resource "aws_sqs_queue" "q" {
  for_each = toset(["b", "a", "b"])
  name     = each.value
}
resource "aws_eip" "none" {
  count = 0
}
`,
  });
  assert.deepEqual(problems(ev), []);
  assert.deepEqual(
    ev.resources.map((r) => r.address),
    ['aws_instance.web[0]', 'aws_instance.web[1]', 'aws_s3_bucket.logs["eu"]', 'aws_s3_bucket.logs["us"]', 'aws_sqs_queue.q["a"]', 'aws_sqs_queue.q["b"]'],
  );
  const r = byAddress(ev);
  assert.deepEqual(attrs(r.get('aws_instance.web[1]')), { instance_type: 't3.micro', tags: { Name: 'web-1' } });
  assert.deepEqual(attrs(r.get('aws_s3_bucket.logs["us"]')), { bucket: 'logs-us-us-east-1' });
  assert.equal(r.get('aws_sqs_queue.q["a"]')!.key, 'a');
});

test('variables follow Terraform precedence: default < terraform.tfvars < .json < *.auto.tfvars < var files < -var', () => {
  const files = {
    'variables.tf': `
variable "a" { default = "default" }
variable "b" { default = "default" }
variable "c" { default = "default" }
variable "d" { default = "default" }
variable "e" { default = "default" }
variable "f" { default = "default" }
variable "n" {
  type    = number
  default = 1
}
resource "null_resource" "x" {
  triggers = { a = var.a, b = var.b, c = var.c, d = var.d, e = var.e, f = var.f, n = var.n }
}
`,
    'terraform.tfvars': 'b = "tfvars"\nc = "tfvars"\nd = "tfvars"\ne = "tfvars"\nf = "tfvars"\n',
    'terraform.tfvars.json': '{ "c": "tfvars.json", "d": "tfvars.json", "e": "tfvars.json", "f": "tfvars.json" }',
    'b.auto.tfvars': 'e = "b.auto"\n',
    'a.auto.tfvars': 'd = "a.auto"\ne = "a.auto"\nf = "a.auto"\n',
    'prod.tfvars': 'f = "var-file"\nn = "7"\n',
  };
  const ev = run(files, { varFiles: ['prod.tfvars'], vars: { a: 'cli' } });
  assert.deepEqual(problems(ev), []);
  assert.deepEqual(attrs(ev.resources[0]).triggers, { a: 'cli', b: 'tfvars', c: 'tfvars.json', d: 'a.auto', e: 'b.auto', f: 'var-file', n: 7 });
});

test('a value from tfvars remembers its way: resource attribute <- var <- tfvars line', () => {
  const ev = run({
    'main.tf': 'variable "type" {\n  type = string\n}\n\nresource "aws_instance" "web" {\n  instance_type = var.type\n}\n',
    'terraform.tfvars': 'type = "m4.large"\n',
  });
  const attr = ev.resources[0]!.body.attributes.get('instance_type')!;
  assert.equal(toJson(attr.value), 'm4.large');
  const chain = originChain(attr.value).map((o) => `${o.role}@${o.file}:${ev.files.get(o.file)!.lines.position(o.start).line + 1}`);
  // from the use back to where it was written: the reference, the variable, the tfvars line, the literal
  assert.deepEqual(chain, ['expression@main.tf:6', 'variable@main.tf:1', 'tfvars@terraform.tfvars:1', 'literal@terraform.tfvars:1']);
});

test('object types with optional() attributes get their defaults, nested too', () => {
  const ev = run({
    'main.tf': `
variable "db" {
  type = object({
    engine   = string
    multi_az = optional(bool, true)
    storage  = optional(object({
      size = optional(number, 20)
      type = optional(string, "gp3")
    }), {})
    tags     = optional(map(string))
  })
}
resource "aws_db_instance" "main" {
  engine            = var.db.engine
  multi_az          = var.db.multi_az
  allocated_storage = var.db.storage.size
  storage_type      = var.db.storage.type
  tags              = var.db.tags
}
`,
    'terraform.tfvars': 'db = { engine = "postgres", storage = { size = 100 } }\n',
  });
  assert.deepEqual(problems(ev), []);
  assert.deepEqual(attrs(ev.resources[0]), { engine: 'postgres', multi_az: true, allocated_storage: 100, storage_type: 'gp3', tags: null });
});

test('unknown values propagate through conditionals, operators, templates and functions', () => {
  const ev = run({
    'main.tf': `
data "aws_ami" "ubuntu" {
  most_recent = true
}
resource "aws_instance" "web" {
  ami           = data.aws_ami.ubuntu.id
  instance_type = data.aws_ami.ubuntu.id == "x" ? "t3.large" : "t3.micro"
  user_data     = "ami=\${data.aws_ami.ubuntu.id}"
  tags          = { Name = length(data.aws_ami.ubuntu.name) }
  monitoring    = true && true
}
resource "aws_eip" "ip" {
  instance = aws_instance.web.id
  domain   = aws_instance.web.instance_type == "t3.micro" ? "vpc" : "standard"
}
`,
  });
  assert.deepEqual(problems(ev), []);
  const r = byAddress(ev);
  const web = attrs(r.get('aws_instance.web'));
  assert.deepEqual(web.ami, { $unknown: 'read from AWS at plan time (data.aws_ami.ubuntu)', source: 'data.aws_ami.ubuntu.id' });
  assert.deepEqual(web.instance_type, { $unknown: 'read from AWS at plan time (data.aws_ami.ubuntu)', source: 'data.aws_ami.ubuntu.id' });
  assert.deepEqual(web.user_data, { $unknown: 'read from AWS at plan time (data.aws_ami.ubuntu)', source: 'data.aws_ami.ubuntu.id' });
  assert.deepEqual(web.tags, { Name: { $unknown: 'read from AWS at plan time (data.aws_ami.ubuntu)', source: 'data.aws_ami.ubuntu.name' } });
  assert.equal(web.monitoring, true);
  // the instance type is unknown, so the conditional on it is too; the id is computed
  assert.deepEqual(attrs(r.get('aws_eip.ip')), {
    instance: { $unknown: 'known after apply', source: 'aws_instance.web.id' },
    domain: { $unknown: 'read from AWS at plan time (data.aws_ami.ubuntu)', source: 'data.aws_ami.ubuntu.id' },
  });
});

test('computed attributes name their instance: module path and key, for data sources as for resources', () => {
  const ev = run({
    'main.tf': 'module "app" {\n  source = "./app"\n}\n',
    'app/main.tf': `
data "aws_iam_policy_document" "tenant" {
  for_each = toset(["north", "south"])
}
data "aws_ami" "base" {
  count = 2
}
resource "aws_s3_bucket" "logs" {
  count = 2
}
resource "aws_instance" "web" {
  ami       = data.aws_ami.base[1].id
  user_data = data.aws_iam_policy_document.tenant["north"].json
  tags      = { Logs = aws_s3_bucket.logs[0].arn }
}
`,
  });
  assert.deepEqual(problems(ev), []);
  const web = attrs(byAddress(ev).get('module.app.aws_instance.web'));
  assert.deepEqual(web.ami, { $unknown: 'read from AWS at plan time (data.aws_ami.base)', source: 'module.app.data.aws_ami.base[1].id' });
  assert.deepEqual(web.user_data, { $unknown: 'computed by the AWS provider at plan time (data.aws_iam_policy_document.tenant)', source: 'module.app.data.aws_iam_policy_document.tenant["north"].json' });
  assert.deepEqual(web.tags, { Logs: { $unknown: 'known after apply', source: 'module.app.aws_s3_bucket.logs[0].arn' } });
});

test('templatefile renders a template with its variables; a template calling templatefile is refused, as Terraform does', () => {
  const ev = run({
    'main.tf': `
resource "aws_ssm_parameter" "p" {
  name        = "p"
  value       = templatefile("\${path.module}/greeting.tftpl", { name = "Ada" })
  description = templatefile("\${path.module}/self.tftpl", {})
}
`,
    'greeting.tftpl': 'Hello, ${name}!',
    'self.tftpl': 'again: ${templatefile("self.tftpl", {})}',
  });
  const p = attrs(byAddress(ev).get('aws_ssm_parameter.p'));
  assert.equal(p.value, 'Hello, Ada!');
  assert.deepEqual(p.description, { $unknown: 'function call failed' });
  // the error is reported where templatefile is called, naming the template and what went wrong in it
  assert.deepEqual(problems(ev), ['main.tf:5:17 error Invalid function argument']);
  assert.equal(
    ev.diagnostics[0]!.detail,
    'Call to function "templatefile" failed: ./self.tftpl: Invalid function argument: Call to function "templatefile" failed: cannot recursively call templatefile from inside another templatefile call',
  );
});

test('dynamic blocks inside for_each resources expand with their iterator', () => {
  const ev = run({
    'main.tf': `
locals {
  groups = {
    web = [80, 443]
    ssh = [22]
  }
}
resource "aws_security_group" "sg" {
  for_each = local.groups
  name     = each.key
  dynamic "ingress" {
    for_each = each.value
    iterator = port
    content {
      from_port   = port.value
      to_port     = port.value
      cidr_blocks = ["10.0.\${port.key}.0/24"]
    }
  }
  egress {
    from_port = 0
  }
}
`,
  });
  assert.deepEqual(problems(ev), []);
  const web = byAddress(ev).get('aws_security_group.sg["web"]')!;
  assert.deepEqual(
    web.body.blocks.map((b) => [b.type, toJson(b.body.attributes.get('from_port')!.value), b.dynamic ? 'dynamic' : 'static']),
    [
      ['ingress', 80, 'dynamic'],
      ['ingress', 443, 'dynamic'],
      ['egress', 0, 'static'],
    ],
  );
  assert.deepEqual(toJson(web.body.blocks[1]!.body.attributes.get('cidr_blocks')!.value), ['10.0.1.0/24']);
  assert.equal(byAddress(ev).get('aws_security_group.sg["ssh"]')!.body.blocks.length, 2);
});

test('nested modules two levels deep, for_each over a module, outputs wired back', () => {
  const ev = run({
    'main.tf': `
module "app" {
  for_each = { blue = "t3.small", green = "t3.large" }
  source   = "./modules/app"
  name     = each.key
  size     = each.value
}
output "ids" {
  value = { for k, m in module.app : k => m.queue_name }
}
resource "aws_sns_topic" "t" {
  name = module.app["blue"].queue_name
}
`,
    'modules/app/main.tf': `
variable "name" {}
variable "size" {}
module "queue" {
  source = "../queue"
  name   = "\${var.name}-jobs"
}
resource "aws_instance" "this" {
  instance_type = var.size
}
output "queue_name" {
  value = module.queue.name
}
`,
    'modules/queue/main.tf': `
variable "name" {}
resource "aws_sqs_queue" "this" {
  name = var.name
}
output "name" {
  value = aws_sqs_queue.this.name
}
`,
  });
  assert.deepEqual(problems(ev), []);
  assert.deepEqual(
    ev.resources.map((r) => r.address),
    [
      'aws_sns_topic.t',
      'module.app["blue"].aws_instance.this',
      'module.app["blue"].module.queue.aws_sqs_queue.this',
      'module.app["green"].aws_instance.this',
      'module.app["green"].module.queue.aws_sqs_queue.this',
    ],
  );
  const r = byAddress(ev);
  assert.deepEqual(attrs(r.get('module.app["green"].module.queue.aws_sqs_queue.this')), { name: 'green-jobs' });
  assert.deepEqual(attrs(r.get('aws_sns_topic.t')), { name: 'blue-jobs' });
  assert.deepEqual(toJson(ev.root.outputs.get('ids')!), { blue: 'blue-jobs', green: 'green-jobs' });
  assert.equal(r.get('module.app["green"].aws_instance.this')!.module, 'module.app["green"]');
});

test('provider regions: the provider block, aliases, and configurations passed to modules', () => {
  const ev = run({
    'main.tf': `
provider "aws" {
  region = "eu-west-1"
  default_tags {
    tags = { Team = "platform" }
  }
}
provider "aws" {
  alias  = "us"
  region = "us-east-1"
}
resource "aws_s3_bucket" "eu" {}
resource "aws_s3_bucket" "us" {
  provider = aws.us
}
module "dr" {
  source    = "./dr"
  providers = { aws = aws.us }
}
module "same" {
  source = "./dr"
}
`,
    'dr/main.tf': 'resource "aws_s3_bucket" "copy" {}\n',
  });
  assert.deepEqual(problems(ev), []);
  const region = (a: string): unknown => toJson(byAddress(ev).get(a)!.provider.region);
  assert.equal(region('aws_s3_bucket.eu'), 'eu-west-1');
  assert.equal(region('aws_s3_bucket.us'), 'us-east-1');
  assert.equal(region('module.dr.aws_s3_bucket.copy'), 'us-east-1');
  assert.equal(region('module.same.aws_s3_bucket.copy'), 'eu-west-1');
  assert.deepEqual(toJson(byAddress(ev).get('aws_s3_bucket.eu')!.provider.defaultTags), { Team: 'platform' });
});

test('no provider region: the default region option, else unknown', () => {
  const files = { 'main.tf': 'resource "aws_s3_bucket" "b" {}\n' };
  assert.deepEqual(toJson(run(files).resources[0]!.provider.region), { $unknown: 'the provider configures no region' });
  assert.equal(toJson(run(files, { defaultRegion: 'eu-central-1' }).resources[0]!.provider.region), 'eu-central-1');
});

test('remote modules: read from .terraform/modules when terraform init ran, else reported as not loaded', () => {
  const main = `
module "vpc" {
  source  = "terraform-aws-modules/vpc/aws"
  version = "5.0.0"
  name    = "main"
}
resource "aws_s3_bucket" "b" {
  bucket = "x"
}
`;
  const missing = run({ 'main.tf': main });
  assert.deepEqual(problems(missing), ['main.tf:3:13 info Module not loaded']);
  assert.deepEqual(missing.resources.map((r) => r.address), ['aws_s3_bucket.b']);
  assert.equal(missing.root.unresolved[0]!.call.name, 'vpc');

  const fetched = run({
    'main.tf': main,
    '.terraform/modules/modules.json': JSON.stringify({ Modules: [{ Key: '', Source: '', Dir: '.' }, { Key: 'vpc', Source: 'registry.terraform.io/terraform-aws-modules/vpc/aws', Version: '5.0.0', Dir: '.terraform/modules/vpc' }] }),
    '.terraform/modules/vpc/main.tf': 'variable "name" {}\nresource "aws_vpc" "this" {\n  tags = { Name = var.name }\n}\n',
  });
  assert.deepEqual(problems(fetched), []);
  assert.deepEqual(attrs(byAddress(fetched).get('module.vpc.aws_vpc.this')), { tags: { Name: 'main' } });
});

test('unknown count or for_each is reported and one stand-in instance is kept', () => {
  const ev = run({
    'main.tf': `
data "aws_availability_zones" "all" {}
resource "aws_subnet" "s" {
  count      = length(data.aws_availability_zones.all.names)
  cidr_block = "10.0.0.0/24"
}
`,
  });
  assert.deepEqual(problems(ev), ['main.tf:4:16 info Unknown count']);
  const s = ev.resources.find((r) => r.type === 'aws_subnet')!;
  assert.equal(s.address, 'aws_subnet.s[*]');
  assert.match(s.expansionUnknown!, /^unknown because its count is /);
  assert.deepEqual(attrs(s), { cidr_block: '10.0.0.0/24' });
});

test('broken configurations: a diagnostic with a range for each problem, never a throw, the rest still evaluated', () => {
  const ev = run({
    'main.tf': `
variable "required" {}
variable "size" {
  type = number
}
locals {
  a = local.b
  b = local.a
}
module "gone" {
  source = "./missing"
}
module "loop" {
  source = "./loop"
}
resource "aws_instance" "web" {
  instance_type = var.nope
  ami           = frobnicate("x")
}
resource "aws_instance" "many" {
  count = "two"
}
resource "aws_s3_bucket" "ok" {
  bucket = "still-evaluated"
}
`,
    'terraform.tfvars': 'size = "big"\n',
    'loop/main.tf': 'module "again" {\n  source = "../loop"\n}\n',
  });
  assert.deepEqual(problems(ev), [
    'main.tf:2:10 warning No value for required variable',
    'terraform.tfvars:1:1 error Invalid value for input variable',
    'main.tf:8:7 error Cycle in local values',
    'main.tf:17:19 error Reference to undeclared input variable',
    'main.tf:18:19 error Call to unknown function',
    'main.tf:21:11 error Invalid count argument',
    'main.tf:11:12 error Module directory not found',
    'loop/main.tf:1:8 error Module cycle',
  ]);
  assert.deepEqual(attrs(byAddress(ev).get('aws_s3_bucket.ok')), { bucket: 'still-evaluated' });
});

test('editing one file of a module re-evaluates only the module instances that depend on it', () => {
  const files: Record<string, string> = {
    'main.tf': 'module "a" {\n  source = "./a"\n}\nmodule "b" {\n  source = "./b"\n}\n',
    'a/main.tf': 'resource "aws_sqs_queue" "q" {\n  name = "a"\n}\n',
    'b/main.tf': 'resource "aws_sqs_queue" "q" {\n  name = "b"\n}\n',
  };
  const cache = new EvalCache();
  const first = evaluateConfiguration(memoryHost(files), '.', { cache });
  assert.equal(cache.evaluatedLastRun, 3);
  evaluateConfiguration(memoryHost(files), '.', { cache });
  assert.equal(cache.evaluatedLastRun, 0);
  const parsedB = cache.parsed.get('b/main.tf')!.file;
  files['a/main.tf'] = 'resource "aws_sqs_queue" "q" {\n  name = "a2"\n}\n';
  const second = evaluateConfiguration(memoryHost(files), '.', { cache });
  // module a changed, and the root that calls it; module b was reused, and its file not parsed again
  assert.equal(cache.evaluatedLastRun, 2);
  assert.equal(cache.parsed.get('b/main.tf')!.file, parsedB);
  assert.deepEqual(attrs(byAddress(second).get('module.a.aws_sqs_queue.q')), { name: 'a2' });
  assert.equal(byAddress(second).get('module.b.aws_sqs_queue.q'), byAddress(first).get('module.b.aws_sqs_queue.q'));
});

test('one cache for several root modules: the same module addresses in two roots do not evict each other', () => {
  const files = {
    'envs/dev/main.tf': 'module "net" {\n  source = "../../modules/net"\n  name   = "dev"\n}\n',
    'envs/prod/main.tf': 'module "net" {\n  source = "../../modules/net"\n  name   = "prod"\n}\n',
    'modules/net/main.tf': 'variable "name" {}\n\nresource "aws_vpc" "this" {\n  cidr_block = "10.0.0.0/16"\n  tags       = { Name = var.name }\n}\n',
  };
  const cache = new EvalCache();
  const host = memoryHost(files);
  const dev = evaluateConfiguration(host, 'envs/dev', { cache });
  const prod = evaluateConfiguration(host, 'envs/prod', { cache });
  // the editor analyses every root on each run: nothing changed, nothing evaluated again
  assert.equal(evaluateConfiguration(host, 'envs/dev', { cache }).root, dev.root);
  assert.equal(cache.evaluatedLastRun, 0);
  assert.equal(evaluateConfiguration(host, 'envs/prod', { cache }).root, prod.root);
  assert.equal(cache.evaluatedLastRun, 0);
  assert.deepEqual(toJson(prod.resources[0]!.body.attributes.get('tags')!.value), { Name: 'prod' });
});

test('module inputs bind as Terraform binds them: null to a non-nullable variable takes its default, optional() defaults fill nulls, problems point at the caller', () => {
  const ev = run({
    'main.tf': `resource "aws_vpc" "v" {
  cidr_block = "10.0.0.0/16"
}
module "a" {
  source      = "./mod"
  name        = null
  required_nn = "r"
  rules = {
    ssh = { port = 22 }
    web = { port = 443, cidrs = [aws_vpc.v.cidr_block], desc = null }
    unk = { port = 80, proto = aws_vpc.v.id }
  }
  settings = { size = null }
  count_in = -1
}
module "b" {
  source      = "./mod"
  required_nn = null
}
module "c" {
  source = "./mod"
}
`,
    'mod/main.tf': `variable "name" {
  type     = string
  default  = "fallback"
  nullable = false
}
variable "required_nn" {
  type     = string
  nullable = false
}
variable "rules" {
  type = map(object({
    port  = number
    cidrs = optional(list(string), ["10.0.0.0/8"])
    desc  = optional(string)
    proto = optional(string, "tcp")
  }))
  default = {}
}
variable "settings" {
  type = object({
    size   = optional(number, 20)
    nested = optional(object({ a = optional(string, "x") }), {})
  })
  default = {}
}
variable "count_in" {
  type    = number
  default = 1
  validation {
    condition     = var.count_in >= 0
    error_message = "count_in must not be negative."
  }
}
resource "aws_sqs_queue" "q" {
  name                      = var.name
  tags                      = { for k, r in var.rules : k => "\${r.port}/\${r.proto}/\${join(",", r.cidrs)}/\${r.desc == null ? "none" : r.desc}" }
  delay_seconds             = var.settings.size
  message_retention_seconds = var.settings.nested.a == "x" ? 60 : 0
}
`,
  });
  const q = byAddress(ev);
  assert.deepEqual(attrs(q.get('module.a.aws_sqs_queue.q')), {
    name: 'fallback',
    tags: { ssh: '22/tcp/10.0.0.0/8/none', unk: { $unknown: 'known after apply', source: 'aws_vpc.v.id' }, web: '443/tcp/10.0.0.0/16/none' },
    delay_seconds: 20,
    message_retention_seconds: 60,
  });
  assert.equal(attrs(q.get('module.b.aws_sqs_queue.q')).name, 'fallback');
  assert.deepEqual(problems(ev), [
    'main.tf:14:3 error Invalid value for variable',
    'main.tf:18:3 error Invalid value for variable',
    'main.tf:20:8 error Missing required argument',
  ]);
  assert.deepEqual(
    ev.diagnostics.map((d) => d.detail),
    [
      'count_in must not be negative. (var.count_in, checked by the validation rule at mod/main.tf:30.)',
      'The variable "required_nn" is required and not nullable, but the given value is null.',
      'The argument "required_nn" is required by the module at mod, but no definition was found.',
    ],
  );
});

test('data sources are read at plan time: their computed attributes say so, and so do counts that depend on them', () => {
  const ev = run({
    'main.tf': `data "aws_availability_zones" "available" {}
data "http" "ip" {
  url = "https://example.com"
}
module "net" {
  source = "./net"
  azs    = data.aws_availability_zones.available.names
}
resource "aws_security_group" "sg" {
  description = data.http.ip.response_body
}
`,
    'net/main.tf': `variable "azs" {
  type = list(string)
}
resource "aws_subnet" "s" {
  count             = length(var.azs)
  availability_zone = var.azs[count.index]
}
`,
  });
  const r = byAddress(ev);
  assert.deepEqual(attrs(r.get('aws_security_group.sg')), { description: { $unknown: 'read by the http provider at plan time (data.http.ip)', source: 'data.http.ip.response_body' } });
  assert.ok(r.has('module.net.aws_subnet.s[*]'));
  assert.deepEqual(
    ev.diagnostics.map((d) => `${d.file}:${d.range.start.line + 1} ${d.summary}: ${d.detail}`),
    ['net/main.tf:5 Unknown count: The number of module.net.aws_subnet.s instances depends on data.aws_availability_zones.available.names, which is read from AWS at plan time (data.aws_availability_zones.available); Kensa checks one instance as a stand-in.'],
  );
  assert.deepEqual(attrs(r.get('module.net.aws_subnet.s[*]')).availability_zone, { $unknown: 'read from AWS at plan time (data.aws_availability_zones.available)', source: 'data.aws_availability_zones.available.names' });
});

test('unknowns only where Terraform has them: a known map with unknown values is != null, has known keys and length', () => {
  const ev = run({
    'main.tf': `
resource "aws_lb_target_group" "tg" {
  for_each = toset(["api", "web"])
  name     = each.key
}
locals {
  tgs      = { for k, tg in aws_lb_target_group.tg : k => tg.arn }
  selected = local.tgs != null ? local.tgs : {}
  sizes    = [length([aws_lb_target_group.tg["api"].arn, 1]), length(keys(local.tgs))]
  same     = [local.tgs == {}, [aws_lb_target_group.tg["api"].arn] == ["a", "b"], local.tgs == local.tgs]
}
resource "aws_lb_listener_rule" "rule" {
  for_each     = local.selected
  listener_arn = "arn:listener"
  priority     = length(local.sizes)
}
resource "aws_sqs_queue" "q" {
  count = length(local.selected)
  name  = "q-\${count.index}"
}
`,
  });
  assert.deepEqual(problems(ev), []);
  assert.deepEqual(
    ev.resources.filter((r) => r.type !== 'aws_lb_target_group').map((r) => r.address),
    ['aws_lb_listener_rule.rule["api"]', 'aws_lb_listener_rule.rule["web"]', 'aws_sqs_queue.q[0]', 'aws_sqs_queue.q[1]'],
  );
  assert.deepEqual(toJson(ev.root.locals.get('sizes')!), [2, 2]);
  // maps of different sizes and lists of different lengths are unequal whatever their elements; equal ones with unknowns are unknown
  assert.deepEqual(toJson(ev.root.locals.get('same')!, false), [false, false, null]);
});

test('conditionals unify their results as Terraform does: a set, a map, a list of one type', () => {
  const ev = run({
    'main.tf': `
variable "on" { default = true }
variable "names" { default = ["b", "a", "b"] }
locals {
  as_set  = var.on ? toset(var.names) : []
  as_map  = var.on ? { a = 1 } : {}
  as_list = var.on ? tolist([[true]]) : tolist([[]])
  as_str  = var.on ? 1 : "x"
}
resource "aws_sqs_queue" "q" {
  for_each = var.on ? toset(var.names) : []
  name     = each.value
}
`,
  });
  assert.deepEqual(problems(ev), []);
  const l = ev.root.locals;
  assert.deepEqual([l.get('as_set')!, l.get('as_map')!, l.get('as_list')!].map((v) => (v.kind === 'list' || v.kind === 'object' ? v.type : v.kind)), ['set', 'map', 'list']);
  assert.deepEqual(toJson(l.get('as_set')!), ['a', 'b']);
  const inner = l.get('as_list')!;
  assert.ok(inner.kind === 'list' && inner.items[0]!.kind === 'list' && inner.items[0]!.type === 'list');
  assert.deepEqual(toJson(l.get('as_str')!), '1');
  assert.deepEqual(ev.resources.map((r) => r.address), ['aws_sqs_queue.q["a"]', 'aws_sqs_queue.q["b"]']);
});

test('the result a known condition does not choose is read for its type only: it reports nothing', () => {
  const ev = run({
    'main.tf': `variable "custom_key" {
  type    = string
  default = null
}
resource "aws_sqs_queue" "q" {
  name   = var.custom_key != null ? file("/etc/passwd") : "jobs"
  policy = var.custom_key == null ? "{}" : frobnicate(var.custom_key)
}
`,
  });
  assert.deepEqual(problems(ev), []);
  assert.deepEqual(attrs(byAddress(ev).get('aws_sqs_queue.q')), { name: 'jobs', policy: '{}' });
});
