import { defineRule } from '../../rule';

/** A SageMaker model without `enable_network_isolation = true` (off by default). */
export default defineRule({
  id: 'aws-sagemaker-model-network-isolation-disabled',
  title: 'SageMaker model containers are not network-isolated',
  severity: 'info',
  category: 'security',
  targets: ['aws_sagemaker_model'],
  docs: {
    why: 'A model container, often third-party code or a marketplace algorithm, can make outbound calls from inside your endpoint unless network isolation is on: a malicious or compromised model can send the inference requests it receives, or anything else it can read, to the outside.',
    fix: 'Set enable_network_isolation = true when the container needs no network access while serving (SageMaker still downloads the model artefacts for it). Changing it replaces the model.',
    links: ['https://docs.aws.amazon.com/sagemaker/latest/dg/mkt-algo-model-internet-free.html'],
  },
  equivalents: { checkov: ['CKV_AWS_370'] },
  // unsafe: the model is replaced, and containers that call out at inference time stop working
  fix: 'unsafe',
  check({ resource, report, fix }) {
    const isolation = resource.attr('enable_network_isolation');
    if (isolation && (!isolation.known || (isolation.value.kind === 'bool' && isolation.value.value))) return;
    report({
      at: isolation ?? resource,
      message: `${isolation ? 'enable_network_isolation is false' : 'enable_network_isolation is not set (default false)'}: the model's containers can make outbound network calls.`,
      fixes: [{ title: 'Isolate the model containers from the network (replaces the model)', edits: fix.set(resource, 'enable_network_isolation', 'true') }],
    });
  },
});
