/**
 * Reserved capacity, Savings Plans and spot, priced honestly: reserved rates from the catalogue where
 * it has them (OpenSearch), else pricing.commitmentDiscount or on-demand, and then the line is marked
 * an estimate and says which rate it used; spot hours from the catalogue's spot snapshot for the type
 * and region; a commitment discount never applies to spot hours.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { evaluateConfiguration, memoryHost } from '../terraform';
import { estimateCost, type CostOptions } from './estimate';

const ev = evaluateConfiguration(
  memoryHost({
    'main.tf': [
      'provider "aws" {\n  region = "us-east-1"\n}',
      'resource "aws_instance" "web" {\n  ami = "ami-1"\n  instance_type = "m5.large"\n}',
      'resource "aws_spot_instance_request" "batch" {\n  ami = "ami-1"\n  instance_type = "m5.large"\n}',
      'resource "aws_opensearch_domain" "logs" {\n  domain_name = "logs"\n  cluster_config {\n    instance_type = "m6g.large.search"\n  }\n}',
    ].join('\n'),
  }),
  '.',
);

function line(options: CostOptions, address: string) {
  const e = estimateCost(ev, options);
  const c = e.resources.find((r) => r.address === address)!.components[0]!;
  return { name: c.name, price: Math.round(c.unitPrice! * 1e6) / 1e6, note: c.note, estimate: c.estimate, assumptions: e.assumptions };
}

test('spot hours come from the spot snapshot for the type and region; a commitment discount applies to the on-demand hours only', () => {
  // m5.large in us-east-1: $0.096 on-demand, $0.0434 in the 2024-08-09 spot snapshot
  const half = line({ spotShare: 0.5, commitmentDiscount: { ec2: 0.2 } }, 'aws_instance.web');
  assert.equal(half.price, 0.0601); // 0.5 x 0.096 x 0.8 + 0.5 x 0.0434
  assert.equal(half.name, 'Instance usage (Linux, on-demand, 50% spot, m5.large)');
  assert.ok(half.assumptions.includes('spot hours of EC2 instances are priced from the spot price snapshot of 2024-08-09 for their type and region (one observation, not an average; spot prices move)'));
  assert.ok(half.assumptions.includes('ec2: 20% commitment discount (Savings Plans or reserved capacity) on on-demand hours, never on spot hours'));
  // a spot request: all of it at the snapshot, whatever the commitment
  assert.equal(line({ commitmentDiscount: { ec2: 0.5 } }, 'aws_spot_instance_request.batch').price, 0.0434);
  // pricing.spotDiscount set by hand: that flat discount instead of the snapshot, and said so
  const flat = line({ spotShare: 0.5, spotDiscount: 0.6, commitmentDiscount: { ec2: 0.2 } }, 'aws_instance.web');
  assert.equal(flat.price, 0.0576); // 0.5 x 0.096 x 0.8 + 0.5 x 0.096 x 0.4
  assert.ok(flat.assumptions.includes('spot hours without a spot price in the snapshot for their type and region are priced at 60% off on-demand (pricing.spotDiscount)'));
});

test('reserved capacity without reserved rates in the price data: pricing.commitmentDiscount, else on-demand, and the line is an estimate', () => {
  const usage = { 'aws_instance.web': { reserved_instance_term: '1_year', reserved_instance_payment_option: 'all_upfront' } };
  const withDiscount = line({ usage, commitmentDiscount: { ec2: 0.3 } }, 'aws_instance.web');
  assert.deepEqual({ ...withDiscount, assumptions: undefined }, {
    name: 'Instance usage (Linux, reserved 1 year, all upfront, m5.large)',
    price: 0.0672,
    note: 'estimate: the price data has no ec2 reserved rates, so 30% off on-demand from pricing.commitmentDiscount.ec2',
    estimate: true,
    assumptions: undefined,
  });
  const without = line({ usage }, 'aws_instance.web');
  assert.equal(without.price, 0.096);
  assert.equal(without.estimate, true);
  assert.ok(without.assumptions.includes('ec2 reserved capacity is an estimate: the price data has no ec2 reserved rates and no pricing.commitmentDiscount.ec2 is set, so it is priced on-demand'));
  const wrong = line({ usage: { 'aws_instance.web': { reserved_instance_term: '2_year' } } }, 'aws_instance.web');
  assert.deepEqual([wrong.price, wrong.estimate, wrong.note], [0.096, undefined, 'reserved_instance_term "2_year" is not 1_year or 3_year: priced without a reservation']);
});

test('reserved capacity with reserved rates in the price data (OpenSearch): the upfront payment spread over the term, no estimate, no commitment discount on top', () => {
  const reserved = (term: string, payment: string) => line({ usage: { 'aws_opensearch_domain.logs': { reserved_instance_term: term, reserved_instance_payment_option: payment } }, commitmentDiscount: { opensearch: 0.5 } }, 'aws_opensearch_domain.logs');
  // m6g.large.search in us-east-1: $0.128 on-demand; 1 year all upfront $728.832
  const all = reserved('1_year', 'all_upfront');
  assert.deepEqual([all.price, all.estimate, all.note], [0.0832, undefined, 'reserved rate of 2025-06-18: $728.832 upfront spread over 8,760 hours']);
  assert.match(all.name, /reserved 1 year, all upfront/);
  assert.equal(reserved('1_year', 'partial_upfront').price, 0.08588); // 0.043 + 375.629 / 8,760
  assert.equal(reserved('3_year', 'no_upfront').price, 0.067);
  // without a reservation the commitment discount applies as a Savings Plan would
  assert.equal(line({ commitmentDiscount: { opensearch: 0.5 } }, 'aws_opensearch_domain.logs').price, 0.064);
});
