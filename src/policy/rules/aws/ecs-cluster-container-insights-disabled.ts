import { defineRule } from '../../rule';

/** ECS clusters without Container Insights (the containerInsights setting is off by default). */
export default defineRule({
  id: 'aws-ecs-cluster-container-insights-disabled',
  title: 'ECS cluster has Container Insights disabled',
  severity: 'info',
  category: 'reliability',
  targets: ['aws_ecs_cluster'],
  docs: {
    why: 'Without Container Insights, ECS publishes only service-level CPU and memory averages: there are no per-task metrics, restart counts or network figures to find the one task that leaks memory or the deployment that started failing. Container Insights metrics are billed as CloudWatch custom metrics and log ingestion.',
    fix: 'Add setting { name = "containerInsights", value = "enabled" } (or "enhanced" for container-level detail) to the cluster.',
    links: ['https://docs.aws.amazon.com/AmazonCloudWatch/latest/monitoring/ContainerInsights.html', 'https://docs.aws.amazon.com/AmazonECS/latest/developerguide/cloudwatch-container-insights.html'],
  },
  equivalents: { checkov: ['CKV_AWS_65'], trivy: ['AVD-AWS-0034'], tfsec: ['aws-ecs-enable-container-insight'] },
  // turning it on adds CloudWatch charges: offered, applied by hand
  fix: 'unsafe',
  check({ resource, report, fix }) {
    if (resource.hasUnknownBlocks('setting')) return;
    const setting = resource.blocks('setting').find((s) => {
      const name = s.attr('name')?.value;
      return name?.kind === 'string' && name.value === 'containerInsights';
    });
    const value = setting?.attr('value');
    if (value && (value.value.kind !== 'string' || value.value.value !== 'disabled')) return;
    report({
      at: value ?? resource,
      message: value ? 'containerInsights is "disabled": no per-task metrics are collected.' : 'No containerInsights setting (default disabled): no per-task metrics are collected.',
      fixes: [
        {
          title: 'Enable Container Insights',
          edits: setting ? fix.set(setting, 'value', '"enabled"') : fix.addBlock(resource, { type: 'setting', attributes: { name: '"containerInsights"', value: '"enabled"' } }),
        },
      ],
    });
  },
});
