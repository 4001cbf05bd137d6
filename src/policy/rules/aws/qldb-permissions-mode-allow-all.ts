import { defineRule } from '../../rule';

/** A QLDB ledger whose `permissions_mode` is not "STANDARD" (that is, "ALLOW_ALL"). */
export default defineRule({
  id: 'aws-qldb-permissions-mode-allow-all',
  title: 'QLDB ledger allows every PartiQL command to anyone with ledger access',
  severity: 'warning',
  category: 'security',
  targets: ['aws_qldb_ledger'],
  docs: {
    why: 'In ALLOW_ALL mode, any principal allowed qldb:SendCommand on the ledger may run every PartiQL statement on every table: read, insert, update, delete, create and drop. STANDARD mode checks table-level and command-level IAM permissions, so a reporting role can read one table and nothing else.',
    fix: 'Set permissions_mode = "STANDARD" and grant qldb:PartiQLSelect, qldb:PartiQLInsert and the other PartiQL actions on the tables each role needs. Grant them before switching: in STANDARD mode every command needs its own permission.',
    links: ['https://docs.aws.amazon.com/qldb/latest/developerguide/getting-started-standard-mode.html'],
  },
  equivalents: { checkov: ['CKV_AWS_170'] },
  // unsafe: roles without the PartiQL permissions lose access when the mode changes
  fix: 'unsafe',
  check({ resource, report, fix }) {
    const mode = resource.attr('permissions_mode');
    if (mode && (!mode.known || (mode.value.kind === 'string' && mode.value.value === 'STANDARD'))) return;
    report({
      at: mode ?? resource,
      message: mode && mode.value.kind === 'string' ? `permissions_mode is "${mode.value.value}": anyone allowed to send commands to the ledger may run every PartiQL statement on every table.` : 'No permissions_mode = "STANDARD": table- and command-level IAM permissions are not checked.',
      fixes: [{ title: 'Use STANDARD permissions mode (grant the PartiQL permissions first)', edits: fix.set(resource, 'permissions_mode', '"STANDARD"') }],
    });
  },
});
