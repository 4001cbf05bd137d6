/**
 * The parser never throws, never hangs and keeps every range inside the file, whatever it is fed:
 * thousands of mutations of realistic files, and pathological inputs.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fromRoot } from '../../test/support/paths';
import { parseHcl } from './parser';
import { walk } from './walk';
import type { HclFile } from './ast';

const SAMPLE = `# A realistic module in one file
terraform {
  required_version = ">= 1.5"
  required_providers {
    aws = { source = "hashicorp/aws", version = "~> 5.0" }
  }
}

variable "azs" {
  type    = list(string)
  default = ["eu-west-1a", "eu-west-1b"]
}

locals {
  name    = "app-\${terraform.workspace}"
  subnets = { for i, az in var.azs : az => cidrsubnet("10.0.0.0/16", 8, i) }
  flat    = flatten([for k, v in local.subnets : [v, k]])
}

resource "aws_subnet" "private" {
  for_each          = local.subnets
  vpc_id            = aws_vpc.main.id
  cidr_block        = each.value
  availability_zone = each.key
  tags = merge(var.tags, {
    Name = "\${local.name}-private-\${each.key}"
  })
}

resource "aws_security_group" "web" {
  name = "web" // trailing comment
  dynamic "ingress" {
    for_each = [80, 443]
    content {
      from_port   = ingress.value
      to_port     = ingress.value
      cidr_blocks = ["0.0.0.0/0"]
    }
  }
  /* block
     comment */
}

data "aws_iam_policy_document" "p" {
  statement {
    actions   = ["s3:GetObject"]
    resources = [for b in aws_s3_bucket.b[*].arn : "\${b}/*"]
  }
}

output "ids" {
  value = aws_subnet.private[*].id
  description = <<-EOT
    Subnet ids: %{ for id in values(aws_subnet.private)[*].id ~}
    \${id}
    %{~ endfor }
  EOT
}
`;

function seeds(): string[] {
  const out = [SAMPLE];
  const dir = fromRoot('src/hcl/testdata');
  if (existsSync(dir)) {
    for (const name of readdirSync(dir).sort()) {
      if (name.endsWith('.tf')) out.push(readFileSync(join(dir, name), 'utf8'));
    }
  }
  return out;
}

/** A small deterministic PRNG (mulberry32), so a failure reproduces. */
function rng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const TOKENS = ['{', '}', '[', ']', '(', ')', '"', '${', '%{', '~', '\n', '=', ',', '.', '*', '<<EOT\n', '<<-', '/*', '#', '\\', 'for', 'if', ':', '?', '=>', '...', '\r\n', 'é', '😀', '\u0000'];

function mutate(text: string, r: () => number): string {
  const at = Math.floor(r() * (text.length + 1));
  switch (Math.floor(r() * 5)) {
    case 0:
      return text.slice(0, at);
    case 1:
      return text.slice(0, at) + TOKENS[Math.floor(r() * TOKENS.length)] + text.slice(at);
    case 2:
      return text.slice(0, at) + text.slice(at + 1 + Math.floor(r() * 8));
    case 3: {
      // swap two slices
      const b = Math.floor(r() * (text.length + 1));
      const [x, y] = at < b ? [at, b] : [b, at];
      const len = Math.min(1 + Math.floor(r() * 12), y - x);
      return text.slice(0, x) + text.slice(y, y + len) + text.slice(x + len, y) + text.slice(x, x + len) + text.slice(y + len);
    }
    default:
      return text.slice(0, at) + text[Math.floor(r() * text.length)] + text.slice(at);
  }
}

/** Every node, comment and diagnostic lies inside the text, with start <= end. */
function assertWellFormed(file: HclFile, label: string): void {
  const n = file.text.length;
  walk(file.body, (node) => {
    if (!(node.start >= 0 && node.start <= node.end && node.end <= n)) {
      assert.fail(`${label}: node ${'kind' in node ? node.kind : 'item'} has range ${node.start}-${node.end} outside 0-${n}`);
    }
  });
  for (const c of file.comments) assert.ok(c.start >= 0 && c.start <= c.end && c.end <= n, `${label}: comment range`);
  for (const d of file.diagnostics) {
    const { start, end } = d.range;
    assert.ok(start.offset >= 0 && start.offset <= end.offset && end.offset <= n, `${label}: diagnostic range ${start.offset}-${end.offset}`);
    assert.ok(d.summary.length > 0);
  }
}

test('thousands of mutated files parse without throwing, with every range inside the file', () => {
  const r = rng(20261122);
  let count = 0;
  for (const seed of seeds()) {
    for (let i = 0; i < 600; i++) {
      let text = seed;
      const rounds = 1 + Math.floor(r() * 3);
      for (let j = 0; j < rounds; j++) text = mutate(text, r);
      const file = parseHcl(text, 'mutated.tf');
      assert.ok(!file.diagnostics.some((d) => d.summary === 'Internal parser error'), `internal error on mutation ${i}: ${JSON.stringify(text)}`);
      assertWellFormed(file, `mutation ${i}`);
      count++;
    }
  }
  assert.ok(count >= 600);
});

test('every truncation of a realistic file keeps the blocks before the cut', () => {
  for (let cut = 0; cut <= SAMPLE.length; cut += 7) {
    const file = parseHcl(SAMPLE.slice(0, cut), 'cut.tf');
    assertWellFormed(file, `cut at ${cut}`);
  }
  const whole = parseHcl(SAMPLE, 'whole.tf');
  assert.deepEqual(whole.diagnostics, []);
  // cut inside the output block: the five blocks before it survive intact
  const cut = parseHcl(SAMPLE.slice(0, SAMPLE.indexOf('value = aws_subnet')), 'cut.tf');
  assert.deepEqual(
    cut.body.items.map((i) => (i.kind === 'block' ? `${i.type.name}:${i.closeBrace >= 0}` : i.name.name)),
    ['terraform:true', 'variable:true', 'locals:true', 'resource:true', 'resource:true', 'data:true', 'output:false'],
  );
});

const PATHOLOGICAL: [string, () => string][] = [
  ['binary garbage', () => {
    const r = rng(7);
    let s = '';
    for (let i = 0; i < 200_000; i++) s += String.fromCharCode(Math.floor(r() * 65536));
    return s;
  }],
  ['10,000 nested brackets', () => 'a = ' + '['.repeat(10_000) + ']'.repeat(10_000) + '\n'],
  ['10,000 unclosed brackets', () => 'a = ' + '[{('.repeat(10_000)],
  ['10,000 nested blocks', () => 'a {\n'.repeat(10_000) + '}\n'.repeat(10_000)],
  ['10,000 nested templates', () => 'a = ' + '"${'.repeat(10_000) + 'x' + '}"'.repeat(10_000)],
  ['10,000 unary operators', () => 'a = ' + '-!'.repeat(10_000) + 'x\n'],
  ['10,000 nested parentheses', () => 'a = ' + '('.repeat(10_000) + '1' + ')'.repeat(10_000)],
  ['long conditional chain', () => 'a = ' + 'x ? y : '.repeat(10_000) + 'z\n'],
  ['unterminated heredoc', () => 'a = <<EOT\n' + 'line ${x}\n'.repeat(50_000)],
  ['unterminated template', () => 'a = "' + 'x'.repeat(100_000)],
  ['unterminated interpolation', () => 'a = "${' + ' x +'.repeat(20_000)],
  ['unterminated block comment', () => 'a = 1\n/* ' + 'x'.repeat(100_000)],
  ['only closing braces', () => '}'.repeat(50_000)],
  ['a 10 MB file', () => SAMPLE.repeat(Math.ceil(10_000_000 / SAMPLE.length))],
];

for (const [name, make] of PATHOLOGICAL) {
  test(`pathological input: ${name}`, { timeout: 60_000 }, () => {
    const text = make();
    const file = parseHcl(text, 'p.tf');
    assert.ok(!file.diagnostics.some((d) => d.summary === 'Internal parser error'), JSON.stringify(file.diagnostics.find((d) => d.summary === 'Internal parser error')));
    assertWellFormed(file, name);
  });
}

test('parsing time grows linearly with input size', () => {
  // Not a timing assertion: counts nodes and checks they scale with the input, which a
  // quadratic recovery would not change, so this guards structure; the benchmark guards speed.
  const small = parseHcl(SAMPLE.repeat(10), 's.tf');
  const large = parseHcl(SAMPLE.repeat(100), 'l.tf');
  assert.equal(large.body.items.length, small.body.items.length * 10);
  assert.equal(large.comments.length, small.comments.length * 10);
});
