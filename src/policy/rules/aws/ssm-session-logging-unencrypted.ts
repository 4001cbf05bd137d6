import { defineRule } from '../../rule';
import { sessionInputs } from './ssm-session-inputs';

/**
 * Session Manager preferences whose inputs neither log to S3 with `s3EncryptionEnabled` nor to
 * CloudWatch Logs with `cloudWatchEncryptionEnabled`.
 */
export default defineRule({
  id: 'aws-ssm-session-logging-unencrypted',
  title: 'Session Manager sessions not logged to encrypted storage',
  severity: 'warning',
  category: 'security',
  targets: ['aws_ssm_document'],
  docs: {
    why: 'Session logs are the record of what people typed on your instances. Without them an incident cannot be reconstructed; with them but unencrypted (or sent to a destination that may be unencrypted), they expose every command and its output, secrets included.',
    fix: 'In the document\'s inputs, set "s3BucketName" with "s3EncryptionEnabled": true, or "cloudWatchLogGroupName" with "cloudWatchEncryptionEnabled": true, pointing at an encrypted bucket or log group. Session Manager then refuses to start sessions it cannot log encrypted.',
    links: ['https://docs.aws.amazon.com/systems-manager/latest/userguide/session-manager-logging.html'],
  },
  equivalents: { checkov: ['CKV_AWS_113'] },
  check({ resource, report }) {
    const inputs = sessionInputs(resource);
    if (!inputs) return;
    if (inputs['s3BucketName'] && inputs['s3EncryptionEnabled']) return;
    if (inputs['cloudWatchLogGroupName'] && inputs['cloudWatchEncryptionEnabled']) return;
    report({ at: resource.attr('content') ?? resource, message: 'The session preferences do not log sessions to an encrypted S3 bucket or CloudWatch log group: what was typed on the instances is not recorded safely.' });
  },
});
