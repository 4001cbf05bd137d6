import { defineRule } from '../../rule';
import type { AttributeView, BlockView } from '../../resource-view';
import { originChain, type Value } from '../../../terraform';

/** Per resource type, the paths (nested blocks then attribute) that hold a password or token. */
const SECRET_PATHS: Record<string, readonly string[]> = {
  aws_db_instance: ['password'],
  aws_rds_cluster: ['master_password'],
  aws_docdb_cluster: ['master_password'],
  aws_neptune_cluster: ['master_password'],
  aws_redshift_cluster: ['master_password'],
  aws_redshiftserverless_namespace: ['admin_user_password'],
  aws_elasticache_replication_group: ['auth_token'],
  aws_elasticache_user: ['passwords'],
  aws_memorydb_user: ['authentication_mode.passwords'],
  aws_mq_broker: ['user.password'],
  aws_opensearch_domain: ['advanced_security_options.master_user_options.master_user_password'],
  aws_elasticsearch_domain: ['advanced_security_options.master_user_options.master_user_password'],
  aws_dms_endpoint: ['password'],
  aws_directory_service_directory: ['password'],
  aws_secretsmanager_secret_version: ['secret_string'],
  aws_ssm_parameter: ['value'],
};

/** Where the value was first written: a literal or a variable default means it lives in the code. */
function writtenInCode(v: Value): 'literal' | 'variable-default' | undefined {
  const chain = originChain(v);
  const first = chain[chain.length - 1];
  return first?.role === 'literal' || first?.role === 'variable-default' ? first.role : undefined;
}

function nonEmptyStrings(v: Value): Value[] {
  if (v.kind === 'string') return v.value.trim() ? [v] : [];
  if (v.kind === 'list') return v.items.flatMap(nonEmptyStrings);
  return [];
}

function attrsAt(block: BlockView, path: readonly string[]): AttributeView[] {
  if (path.length === 1) {
    const a = block.attr(path[0]!);
    return a ? [a] : [];
  }
  return block.blocks(path[0]!).flatMap((b) => attrsAt(b, path.slice(1)));
}

/**
 * Passwords, master passwords and auth tokens written in the configuration as literals or as a
 * variable's default, for the resource types whose attribute is a credential. `aws_ssm_parameter`
 * counts only when its type is SecureString. Values from tfvars files, -var, data sources or
 * generated resources (random_password) are not reported.
 */
export default defineRule({
  id: 'aws-hardcoded-password',
  title: 'Password or token hard-coded in the configuration',
  severity: 'error',
  category: 'security',
  targets: Object.keys(SECRET_PATHS),
  docs: {
    why: 'A password written in a .tf file (or as a variable default) is in the Git history forever, readable by everyone with access to the repository, its forks and CI logs, and it cannot be rotated without a commit. Leaked repositories are one of the most common sources of database breaches.',
    fix: 'Let AWS manage the credential (manage_master_user_password = true for RDS, Aurora and Redshift), generate it with random_password and store it in Secrets Manager, or read it from a secret at apply time (ephemeral resources or a data source). Rotate any password that was committed.',
    links: [
      'https://docs.aws.amazon.com/AmazonRDS/latest/UserGuide/rds-secrets-manager.html',
      'https://developer.hashicorp.com/terraform/tutorials/configuration-language/sensitive-variables',
    ],
  },
  check({ resource, report }) {
    if (resource.resourceType === 'aws_ssm_parameter') {
      const type = resource.attr('type')?.value;
      if (type?.kind !== 'string' || type.value !== 'SecureString') return;
    }
    for (const path of SECRET_PATHS[resource.resourceType] ?? []) {
      for (const attr of attrsAt(resource, path.split('.'))) {
        const where = nonEmptyStrings(attr.value).map(writtenInCode).find((w) => w !== undefined);
        if (!where) continue;
        report({
          at: attr,
          message: where === 'literal'
            ? `${attr.name} is written in the configuration: the credential is in the repository and its history.`
            : `${attr.name} comes from a variable default written in the configuration: the credential is in the repository and its history.`,
        });
      }
    }
  },
});
