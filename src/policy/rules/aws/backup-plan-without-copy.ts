import { defineRule } from '../../rule';

/**
 * AWS Backup plan rules that keep recovery points only in their own vault, with no copy_action to
 * a vault in another Region or account. One finding per rule block.
 */
export default defineRule({
  id: 'aws-backup-plan-without-copy',
  title: 'AWS Backup plan rule keeps no copy in another Region or account',
  severity: 'warning',
  category: 'reliability',
  targets: ['aws_backup_plan'],
  docs: {
    why: 'Backups that live only in the source vault share the fate of the data they protect: a Regional outage makes them unavailable, and an attacker or a mistake with administrator access to the account can delete them along with the databases. A copy in another Region or a separate backup account survives both.',
    fix: 'Add a copy_action block to the plan\'s rule with destination_vault_arn set to a vault in another Region or in a dedicated backup account (with a vault lock where required), and a lifecycle for the copies.',
    links: ['https://docs.aws.amazon.com/aws-backup/latest/devguide/cross-region-backup.html', 'https://docs.aws.amazon.com/aws-backup/latest/devguide/create-cross-account-backup.html'],
  },
  check({ resource, report }) {
    if (resource.hasUnknownBlocks('rule')) return;
    for (const rule of resource.blocks('rule')) {
      if (rule.blocks('copy_action').length > 0 || rule.hasUnknownBlocks('copy_action')) continue;
      const name = rule.get('rule_name');
      report({
        at: rule,
        message: `Backup rule ${name?.kind === 'string' ? `"${name.value}" ` : ''}has no copy_action: its recovery points stay in one vault, in this Region and account, and are lost with them.`,
      });
    }
  },
});
