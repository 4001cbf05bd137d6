/** Database rules: RDS, Aurora, DynamoDB, ElastiCache, Redshift, OpenSearch, MSK, DocumentDB, AWS Backup. Sorted by id. */
import type { Rule } from '../../rule';

export const DATA_RULES: readonly Rule[] = [];
