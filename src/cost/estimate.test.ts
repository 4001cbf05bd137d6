/**
 * Estimates kept between runs (the editor estimates on every keystroke): with a CostMemo, only the
 * instances the evaluator re-evaluated, and those whose pricer looked up a changed type, are priced
 * again, and the estimate always equals one made afresh.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { EvalCache, evaluateConfiguration, memoryHost } from '../terraform';
import { CostMemo, estimateCost, type CostOptions, type Estimate } from './estimate';

test('with a memo, an estimate prices again only what changed, and equals an estimate made afresh', () => {
  const files: Record<string, string> = {
    'main.tf': 'module "db" {\n  source = "./db"\n}\n\nmodule "app" {\n  source = "./app"\n}\n\nresource "aws_nat_gateway" "main" {\n  allocation_id = "eipalloc-1"\n  subnet_id     = "subnet-1"\n}\n',
    'db/main.tf': 'resource "aws_rds_cluster" "main" {\n  cluster_identifier = "main"\n  engine             = "aurora-mysql"\n}\n',
    // the instance names its cluster in plain text: its price depends on another module
    'app/main.tf': 'resource "aws_rds_cluster_instance" "one" {\n  cluster_identifier = "main"\n  instance_class     = "db.r6g.large"\n}\n\nresource "aws_instance" "web" {\n  ami           = "ami-1"\n  instance_type = "t3.micro"\n}\n',
  };
  const cache = new EvalCache();
  const memo = new CostMemo();
  const estimate = (options: CostOptions = {}): { kept: Estimate; fresh: Estimate; priced: number } => {
    const kept = estimateCost(evaluateConfiguration(memoryHost(files), '.', { cache }), options, memo);
    const priced = memo.pricedLastRun;
    const fresh = estimateCost(evaluateConfiguration(memoryHost(files), '.'), options);
    return { kept, fresh, priced };
  };
  const instance = (e: Estimate) => e.resources.find((r) => r.address === 'module.app.aws_rds_cluster_instance.one')!;

  const first = estimate();
  assert.equal(first.priced, 4);
  assert.deepEqual(first.kept, first.fresh);
  assert.match(instance(first.kept).components[0]!.name, /Aurora MySQL/);

  assert.equal(estimate().priced, 0, 'nothing changed: nothing priced');

  // the cluster's engine changes in another module: the instance, the same object, is priced again
  files['db/main.tf'] = files['db/main.tf']!.replace('aurora-mysql', 'aurora-postgresql');
  const engine = estimate();
  // priced again: the cluster, the instance that looked it up, and the NAT gateway (a root module is
  // evaluated again when a module under it changes); not the web server beside the instance
  assert.equal(engine.priced, 3);
  assert.match(instance(engine.kept).components[0]!.name, /Aurora PostgreSQL/);
  assert.deepEqual(engine.kept, engine.fresh);

  // the root's own resource changes: the modules' instances are kept
  files['main.tf'] = files['main.tf']!.replace('subnet-1', 'subnet-2');
  const root = estimate();
  assert.equal(root.priced, 1);
  assert.deepEqual(root.kept, root.fresh);

  // other options: everything priced again, with them
  const spot = estimate({ spotShare: 0.5 });
  assert.equal(spot.priced, 4);
  assert.deepEqual(spot.kept, spot.fresh);
  const back = estimate();
  assert.equal(back.priced, 4);
  assert.deepEqual(back.kept, back.fresh);
});
