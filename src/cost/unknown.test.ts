/**
 * Unknown is never $0: a resource whose components or count are not known before apply reads
 * "unknown" or "$X + unknown" in the table and the Markdown, carries its reason, and is listed
 * under the total, which leaves it out.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { evaluateConfiguration, memoryHost } from '../terraform';
import { estimateCost } from './estimate';
import { estimateMarkdown } from './markdown';
import { estimateText } from './table';

const files = {
  'main.tf': `provider "aws" {
  region = "us-east-1"
}
variable "class" {
  type = string
}
variable "zones" {
  type = list(string)
}
resource "aws_db_instance" "db" {
  engine            = "postgres"
  instance_class    = var.class
  allocated_storage = 100
  storage_type      = "gp3"
}
resource "aws_nat_gateway" "per_zone" {
  count         = length(var.zones)
  allocation_id = "eipalloc-1"
  subnet_id     = "subnet-1"
}
resource "aws_instance" "known" {
  ami           = "ami-1"
  instance_type = "t3.micro"
}
`,
};

test('unknown instance class and unknown count: listed with their reasons, never $0', () => {
  const e = estimateCost(evaluateConfiguration(memoryHost(files), '.'));
  const byAddress = new Map(e.resources.map((r) => [r.address, r]));
  assert.equal(byAddress.get('aws_db_instance.db')!.unknown, 'Database instance (PostgreSQL): instance_class is unknown because var.class has no value');
  assert.equal(byAddress.get('aws_nat_gateway.per_zone[*]')!.unknown, 'its count is unknown because var.zones has no value');
  assert.equal(byAddress.get('aws_instance.known')!.unknown, undefined);
  const text = estimateText(e);
  assert.match(text, /^aws_db_instance\.db \(us-east-1\) +\$11\.50 \+ unknown$/m);
  assert.match(text, /^aws_nat_gateway\.per_zone\[\*\] \(us-east-1\) +per instance \$32\.85, count unknown$/m);
  assert.match(text, /\nUnknown cost \(not in the total\): 2 resources\n  aws_db_instance\.db: Database instance \(PostgreSQL\): instance_class is unknown because var\.class has no value\n  aws_nat_gateway\.per_zone\[\*\]: its count is unknown because var\.zones has no value\n/);
  const md = estimateMarkdown([{ dir: '.', estimate: e }]);
  assert.match(md, /\| `aws_db_instance\.db` \| \$11\.50 \+ unknown \| unknown: Database instance \(PostgreSQL\): instance_class is unknown because var\.class has no value; 1 usage-based \|/);
  assert.match(md, /\| `aws_nat_gateway\.per_zone\[\*\]` \| per instance \$32\.85, count unknown \| unknown: its count is unknown because var\.zones has no value; 1 usage-based \|/);
});
