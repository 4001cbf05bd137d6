import { defineRule } from '../../rule';

/** A data quality job definition without `network_config { enable_inter_container_traffic_encryption = true }`. */
export default defineRule({
  id: 'aws-sagemaker-data-quality-traffic-unencrypted',
  title: 'SageMaker data quality job does not encrypt traffic between its instances',
  severity: 'info',
  category: 'security',
  targets: ['aws_sagemaker_data_quality_job_definition'],
  docs: {
    why: 'A monitoring job spread over several instances exchanges the captured inference data between them. Without inter-container traffic encryption that exchange is in clear text inside the VPC.',
    fix: 'Add network_config { enable_inter_container_traffic_encryption = true }. It adds a little latency to distributed jobs and no cost.',
    links: ['https://docs.aws.amazon.com/sagemaker/latest/dg/train-encrypt.html'],
  },
  equivalents: { checkov: ['CKV_AWS_369'] },
  fix: 'safe',
  check({ resource, report, fix }) {
    if (resource.hasUnknownBlocks('network_config')) return;
    const flag = resource.attrAt('network_config.enable_inter_container_traffic_encryption');
    if (flag && (!flag.known || (flag.value.kind === 'bool' && flag.value.value))) return;
    report({
      at: flag ?? resource,
      message: `${flag ? 'enable_inter_container_traffic_encryption is false' : 'No enable_inter_container_traffic_encryption = true'}: data passes between the job's instances unencrypted.`,
      fixes: [{ title: 'Encrypt traffic between the job\'s instances', edits: fix.ensure(resource, ['network_config', 'enable_inter_container_traffic_encryption'], 'true') }],
    });
  },
});
