import { defineRule } from '../../rule';

/** A data quality job definition whose `job_resources.cluster_config` has no `volume_kms_key_id`. */
export default defineRule({
  id: 'aws-sagemaker-data-quality-volume-without-kms',
  title: 'SageMaker data quality job volumes not encrypted with a KMS key',
  severity: 'info',
  category: 'governance',
  targets: ['aws_sagemaker_data_quality_job_definition'],
  docs: {
    why: 'The monitoring job copies captured inference data onto the storage volumes of its processing instances. Without volume_kms_key_id that copy is not encrypted under a key policy you control.',
    fix: 'Set job_resources { cluster_config { volume_kms_key_id = aws_kms_key.<name>.arn } }.',
    links: ['https://docs.aws.amazon.com/sagemaker/latest/APIReference/API_MonitoringClusterConfig.html'],
  },
  equivalents: { checkov: ['CKV_AWS_368'] },
  check({ resource, report }) {
    if (resource.hasUnknownBlocks('job_resources')) return;
    const cluster = resource.blocks('job_resources')[0]?.blocks('cluster_config')[0];
    if (cluster?.attr('volume_kms_key_id')) return;
    report({ at: cluster ?? resource, message: 'No volume_kms_key_id: the data copied to the monitoring instances\' volumes is not encrypted with a key of yours.' });
  },
});
