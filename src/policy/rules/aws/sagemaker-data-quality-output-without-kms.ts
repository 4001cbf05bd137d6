import { defineRule } from '../../rule';

/** A data quality job definition whose `data_quality_job_output_config` has no `kms_key_id`. */
export default defineRule({
  id: 'aws-sagemaker-data-quality-output-without-kms',
  title: 'SageMaker data quality job writes its results without a KMS key',
  severity: 'info',
  category: 'governance',
  targets: ['aws_sagemaker_data_quality_job_definition'],
  docs: {
    why: 'Model Monitor data quality jobs write statistics and constraint violations computed from the captured inference data (and so from real customer records) to S3. Without kms_key_id those results are encrypted only with the bucket\'s default S3 key, outside a key policy of yours.',
    fix: 'Set data_quality_job_output_config { kms_key_id = aws_kms_key.<name>.arn } with a key the monitoring role may use.',
    links: ['https://docs.aws.amazon.com/sagemaker/latest/APIReference/API_MonitoringOutputConfig.html'],
  },
  equivalents: { checkov: ['CKV_AWS_367'] },
  check({ resource, report }) {
    if (resource.hasUnknownBlocks('data_quality_job_output_config')) return;
    if (resource.attrAt('data_quality_job_output_config.kms_key_id')) return;
    report({ at: resource.blocks('data_quality_job_output_config')[0] ?? resource, message: 'No kms_key_id in data_quality_job_output_config: the monitoring results are not encrypted with a key of yours.' });
  },
});
