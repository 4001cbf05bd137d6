import { defineRule } from '../../rule';

/**
 * Athena workgroups whose settings clients may override: `enforce_workgroup_configuration = false`,
 * or no `configuration` block at all (Trivy's reading: the workgroup then enforces nothing).
 */
export default defineRule({
  id: 'aws-athena-workgroup-settings-overridable',
  title: 'Athena workgroup lets clients override its settings',
  severity: 'warning',
  category: 'security',
  targets: ['aws_athena_workgroup'],
  docs: {
    why: 'When a workgroup does not enforce its configuration, each client chooses where query results go and whether they are encrypted: one notebook or driver with its own settings writes unencrypted results to any bucket it can reach, whatever the workgroup says.',
    fix: 'Add configuration { enforce_workgroup_configuration = true } with the result location and encryption the workgroup should impose. Clients that set their own output location then use the workgroup\'s.',
    links: ['https://docs.aws.amazon.com/athena/latest/ug/workgroups-settings-override.html'],
  },
  equivalents: { trivy: ['AVD-AWS-0007'], tfsec: ['aws-athena-no-encryption-override'] },
  fix: 'unsafe',
  check({ resource, report, fix }) {
    if (resource.hasUnknownBlocks('configuration')) return;
    const configuration = resource.blocks('configuration')[0];
    const enforce = configuration?.attr('enforce_workgroup_configuration');
    if (configuration && (!enforce || !enforce.known || (enforce.value.kind === 'bool' && enforce.value.value))) return;
    report({
      at: enforce ?? resource,
      message: enforce
        ? 'enforce_workgroup_configuration is false: clients choose their own result location and encryption.'
        : 'The workgroup has no configuration block: it imposes no result location or encryption, so clients choose their own.',
      fixes: [{ title: 'Enforce the workgroup configuration over client settings', edits: fix.ensure(resource, ['configuration', 'enforce_workgroup_configuration'], 'true') }],
    });
  },
});
