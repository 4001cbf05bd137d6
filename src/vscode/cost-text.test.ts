import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { CostComponent, ResourceCost } from '../cost';
import { costHoverMarkdown, costLensTitle, moduleLensTitle } from './cost-text';

const component = (c: Partial<CostComponent>): CostComponent => ({ name: 'Instance usage', unit: 'hours', monthlyQuantity: 730, unitPrice: 0.1, monthlyCost: 73, usageBased: false, ...c });
const resource = (r: Partial<ResourceCost>): ResourceCost => ({
  address: 'aws_instance.web',
  type: 'aws_instance',
  module: '',
  file: '/w/main.tf',
  line: 3,
  region: 'us-east-1',
  monthlyCost: 73,
  components: [component({})],
  usageBasedComponents: 0,
  unknownComponents: 0,
  ...r,
});

test('lens titles: a price, usage on top, usage only, unknown, count unknown, several instances', () => {
  assert.equal(costLensTitle([resource({ monthlyCost: 73.58 })]), '$73.58/mo');
  assert.equal(costLensTitle([resource({ usageBasedComponents: 1 })]), '$73.00/mo + usage');
  assert.equal(costLensTitle([resource({ monthlyCost: 0, usageBasedComponents: 2 })]), 'usage-based');
  assert.equal(costLensTitle([resource({ monthlyCost: 0, unknownComponents: 1 })]), 'unknown');
  assert.equal(costLensTitle([resource({ monthlyCost: null, countUnknown: 'var.n' })]), 'unknown: count');
  assert.equal(costLensTitle([resource({ address: 'a[0]' }), resource({ address: 'a[1]' })]), '$146.00/mo (2 × $73.00)');
  assert.equal(costLensTitle([resource({ monthlyCost: 1234.5 })]), '$1,234.50/mo');
});

test('hover: a table of components with usage-based ones marked and notes below', () => {
  const text = costHoverMarkdown(
    [resource({ usageBasedComponents: 1, components: [component({}), component({ name: 'CPU credits | burst', unit: 'vCPU-hours', monthlyQuantity: null, unitPrice: 0.05, monthlyCost: null, usageBased: true, note: 'depends on usage' })] })],
    '2024-07-18',
  );
  assert.equal(
    text,
    [
      '**aws_instance.web** (us-east-1): $73.00/mo',
      '',
      '| Component | Quantity | Unit price | Monthly |',
      '|---|---:|---:|---:|',
      '| Instance usage | 730 hours | $0.10 | $73.00 |',
      '| CPU credits \\| burst | – vCPU-hours | $0.05 | usage-based |',
      '',
      '- CPU credits \\| burst: depends on usage',
      '',
      '_AWS list prices as of 2024-07-18, 730 hours a month._',
    ].join('\n'),
  );
});

test('unknown is never $0: the lens, the module lens and the hover say unknown', () => {
  const unknownPart = component({ name: 'Database instance', monthlyQuantity: null, unitPrice: null, monthlyCost: null, note: 'unknown: instance_class is no value for var.class' });
  const partly = resource({ monthlyCost: 11.5, unknownComponents: 1, components: [component({ monthlyCost: 11.5 }), unknownPart] });
  const wholly = resource({ address: 'aws_instance.x', monthlyCost: 0, unknownComponents: 1, components: [unknownPart] });
  assert.equal(costLensTitle([partly]), '$11.50/mo + unknown');
  assert.equal(costLensTitle([wholly]), 'unknown');
  assert.equal(moduleLensTitle([partly, resource({})]), 'module: $84.50/mo + unknown (1 resource)');
  assert.equal(moduleLensTitle([wholly]), 'module: unknown (1 resource)');
  assert.match(costHoverMarkdown([wholly], '2024-07-18'), /^\*\*aws_instance\.x\*\* \(us-east-1\): unknown\n/);
  assert.match(costHoverMarkdown([partly], '2024-07-18'), /^\*\*aws_instance\.web\*\* \(us-east-1\): \$11\.50 \+ unknown\n/);
});
