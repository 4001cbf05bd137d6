/**
 * Companion resources and the resource they configure: an `aws_s3_bucket_acl` sets the ACL of a
 * bucket, an `aws_sqs_queue_policy` the policy of a queue. A finding about a companion is about its
 * owner in the user's mind (and in Checkov's and Trivy's reports: "the bucket is public"), so the
 * engine names the owner, as Trivy does, and lists the owner's declaration as the first related
 * location. The finding stays where the setting is written, on the companion's attribute, which is
 * also where its fix edits.
 *
 * One line per companion type: the owner's type, the companion's argument that names it, and the
 * owner's attribute that argument carries when it is written as a plain value (a bucket by name).
 */
import type { Graph, ResourceView } from './resource-view';

interface Ownership {
  readonly owner: string;
  /** The companion's argument naming the owner. */
  readonly attr: string;
  /** The owner's attribute that a known value of `attr` equals (the bucket's name, say). */
  readonly byValueOf?: string;
}

const S3 = (attr = 'bucket'): Ownership => ({ owner: 'aws_s3_bucket', attr, byValueOf: 'bucket' });

export const COMPANIONS: Readonly<Record<string, Ownership>> = {
  aws_s3_bucket_accelerate_configuration: S3(),
  aws_s3_bucket_acl: S3(),
  aws_s3_bucket_analytics_configuration: S3(),
  aws_s3_bucket_cors_configuration: S3(),
  aws_s3_bucket_intelligent_tiering_configuration: S3(),
  aws_s3_bucket_inventory: S3(),
  aws_s3_bucket_lifecycle_configuration: S3(),
  aws_s3_bucket_logging: S3(),
  aws_s3_bucket_metric: S3(),
  aws_s3_bucket_notification: S3(),
  aws_s3_bucket_object_lock_configuration: S3(),
  aws_s3_bucket_ownership_controls: S3(),
  aws_s3_bucket_policy: S3(),
  aws_s3_bucket_public_access_block: S3(),
  aws_s3_bucket_replication_configuration: S3(),
  aws_s3_bucket_request_payment_configuration: S3(),
  aws_s3_bucket_server_side_encryption_configuration: S3(),
  aws_s3_bucket_versioning: S3(),
  aws_s3_bucket_website_configuration: S3(),
  aws_sqs_queue_policy: { owner: 'aws_sqs_queue', attr: 'queue_url', byValueOf: 'url' },
  aws_sqs_queue_redrive_policy: { owner: 'aws_sqs_queue', attr: 'queue_url', byValueOf: 'url' },
  aws_sns_topic_policy: { owner: 'aws_sns_topic', attr: 'arn', byValueOf: 'arn' },
  aws_ecr_repository_policy: { owner: 'aws_ecr_repository', attr: 'repository', byValueOf: 'name' },
  aws_ecr_lifecycle_policy: { owner: 'aws_ecr_repository', attr: 'repository', byValueOf: 'name' },
  aws_opensearch_domain_policy: { owner: 'aws_opensearch_domain', attr: 'domain_name', byValueOf: 'domain_name' },
  aws_elasticsearch_domain_policy: { owner: 'aws_elasticsearch_domain', attr: 'domain_name', byValueOf: 'domain_name' },
  aws_kms_key_policy: { owner: 'aws_kms_key', attr: 'key_id', byValueOf: 'key_id' },
  aws_secretsmanager_secret_policy: { owner: 'aws_secretsmanager_secret', attr: 'secret_arn', byValueOf: 'arn' },
  aws_secretsmanager_secret_rotation: { owner: 'aws_secretsmanager_secret', attr: 'secret_id', byValueOf: 'arn' },
  aws_glacier_vault_lock: { owner: 'aws_glacier_vault', attr: 'vault_name', byValueOf: 'name' },
  aws_efs_file_system_policy: { owner: 'aws_efs_file_system', attr: 'file_system_id' },
  aws_efs_backup_policy: { owner: 'aws_efs_file_system', attr: 'file_system_id' },
  aws_lambda_function_url: { owner: 'aws_lambda_function', attr: 'function_name', byValueOf: 'function_name' },
  aws_lambda_function_event_invoke_config: { owner: 'aws_lambda_function', attr: 'function_name', byValueOf: 'function_name' },
};

/**
 * The resource a companion configures, when the configuration has exactly one it can be: the one
 * its argument refers to (`aws_s3_bucket.logs.id`, `aws_s3_bucket.logs["a"].id`), or the one whose
 * attribute equals its known value. Undefined for other types, or when it cannot be told.
 */
export function ownerOf(companion: ResourceView, graph: Graph): ResourceView | undefined {
  const own = companion.mode === 'managed' ? COMPANIONS[companion.resourceType] : undefined;
  if (!own) return undefined;
  const v = companion.attr(own.attr)?.value;
  if (!v) return undefined;
  const candidates = graph.ofType(own.owner).filter((r) => r.module === companion.module);
  let found: ResourceView[] = [];
  if (v.kind === 'unknown' && v.source !== undefined) {
    const source = v.source;
    // the source names the owner as its module instance sees it, or by its full address
    found = candidates.filter((r) => {
      const local = r.module ? r.address.slice(r.module.length + 1) : r.address;
      return [r.address, local].some((a) => source === a || source.startsWith(`${a}.`));
    });
  } else if (v.kind === 'string' && own.byValueOf) {
    const by = own.byValueOf;
    found = candidates.filter((r) => {
      const x = r.attr(by)?.value;
      return x?.kind === 'string' && x.value === v.value;
    });
  }
  return found.length === 1 ? found[0] : undefined;
}
