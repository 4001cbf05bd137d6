import { defineRule } from '../../rule';
import { isMissing } from '../support/settings';

/** Glue jobs, crawlers and development endpoints that name no `security_configuration`. */
export default defineRule({
  id: 'aws-glue-security-configuration-missing',
  title: 'Glue job, crawler or dev endpoint without a security configuration',
  severity: 'info',
  category: 'security',
  targets: ['aws_glue_job', 'aws_glue_crawler', 'aws_glue_dev_endpoint'],
  docs: {
    why: 'A security configuration is how Glue encrypts what a job, crawler or development endpoint writes: its S3 output, its CloudWatch logs and its job bookmarks. Without one, Glue applies no encryption of its own.',
    fix: 'Create an aws_glue_security_configuration with S3, CloudWatch and job bookmark encryption (see the aws-glue-security-configuration-* rules) and set security_configuration = aws_glue_security_configuration.<name>.name.',
    links: ['https://docs.aws.amazon.com/glue/latest/dg/encryption-security-configuration.html'],
  },
  equivalents: { checkov: ['CKV_AWS_195'] },
  check({ resource, report }) {
    const config = resource.attr('security_configuration');
    if (!isMissing(config)) return;
    const kind = resource.resourceType === 'aws_glue_job' ? 'job' : resource.resourceType === 'aws_glue_crawler' ? 'crawler' : 'development endpoint';
    report({ at: config ?? resource, message: `The ${kind} names no security_configuration: Glue does not encrypt its S3 output, logs or bookmarks.` });
  },
});
