import { defineRule } from '../../rule';
import { isMissing } from '../support/settings';

/** Backup vaults without `kms_key_arn`: recovery points are encrypted with the AWS managed aws/backup key. */
export default defineRule({
  id: 'aws-backup-vault-without-cmk',
  title: 'AWS Backup vault is not encrypted with a customer managed key',
  severity: 'info',
  category: 'security',
  targets: ['aws_backup_vault'],
  docs: {
    why: 'Backups are the copy of every dataset an attacker wants and the last line of recovery. With the AWS managed aws/backup key, anyone with AWS Backup permissions in the account can restore them; a key of your own lets you limit restores to the principals its policy names, audit every use and share copies with a backup account.',
    fix: 'Set kms_key_arn = aws_kms_key.backup.arn. The key is chosen when the vault is created: Terraform replaces the vault, and existing recovery points stay in the old one.',
    links: ['https://docs.aws.amazon.com/aws-backup/latest/devguide/encryption.html'],
  },
  equivalents: { checkov: ['CKV_AWS_166'] },
  check({ resource, report }) {
    const key = resource.attr('kms_key_arn');
    if (!isMissing(key)) return;
    report({ at: key ?? resource, message: 'No kms_key_arn: recovery points are encrypted with the AWS managed aws/backup key, usable by anyone with AWS Backup permissions.' });
  },
});
