/** Pricers for databases, caches, search, streaming storage and object/file storage. Sorted by resource type. */
import type { Pricer } from '../../pricer';
import awsDocdbClusterSnapshot from '../aws/docdb-cluster-snapshot';
import awsDbClusterSnapshot from '../aws/db-cluster-snapshot';
import awsBackupVault from '../aws/backup-vault';
import awsDbInstance from '../aws/db-instance';
import awsDbProxy from '../aws/db-proxy';
import awsDbSnapshot from '../aws/db-snapshot';
import awsDocdbCluster from '../aws/docdb-cluster';
import awsDocdbClusterInstance from '../aws/docdb-cluster-instance';
import awsDynamodbTable from '../aws/dynamodb-table';
import awsEcrRepository from '../aws/ecr-repository';
import awsEfsFileSystem from '../aws/efs-file-system';
import awsElasticacheCluster from '../aws/elasticache-cluster';
import awsElasticacheReplicationGroup from '../aws/elasticache-replication-group';
import awsElasticacheServerlessCache from '../aws/elasticache-serverless-cache';
import awsElasticsearchDomain from '../aws/elasticsearch-domain';
import awsMqBroker from '../aws/mq-broker';
import awsMskCluster from '../aws/msk-cluster';
import awsMskServerlessCluster from '../aws/msk-serverless-cluster';
import awsOpensearchDomain from '../aws/opensearch-domain';
import awsRdsCluster from '../aws/rds-cluster';
import awsRdsClusterInstance from '../aws/rds-cluster-instance';
import awsRedshiftCluster from '../aws/redshift-cluster';
import awsRedshiftserverlessWorkgroup from '../aws/redshiftserverless-workgroup';
import awsS3Bucket from '../aws/s3-bucket';
import awsDmsReplicationInstance from '../aws/dms-replication-instance';
import awsNeptuneCluster from '../aws/neptune-cluster';
import awsNeptuneClusterInstance from '../aws/neptune-cluster-instance';
import awsNeptuneClusterSnapshot from '../aws/neptune-cluster-snapshot';
import awsLightsailDatabase from '../aws/lightsail-database';
import awsKinesisanalyticsv2ApplicationSnapshot from '../aws/kinesisanalyticsv2-application-snapshot';
import awsDaxCluster from '../aws/dax-cluster';
import awsMemorydbCluster from '../aws/memorydb-cluster';
import awsMemorydbSnapshot from '../aws/memorydb-snapshot';
import awsGlueCatalogDatabase from '../aws/glue-catalog-database';
import awsS3BucketAnalyticsConfiguration from '../aws/s3-bucket-analytics-configuration';
import awsS3BucketInventory from '../aws/s3-bucket-inventory';
import awsDatasyncTask from '../aws/datasync-task';
import awsAthenaWorkgroup from '../aws/athena-workgroup';

export const DATA_PRICERS: readonly Pricer[] = [
  awsAthenaWorkgroup,
  awsBackupVault,
  awsDatasyncTask,
  awsDaxCluster,
  awsDbClusterSnapshot,
  awsDbInstance,
  awsDbProxy,
  awsDbSnapshot,
  awsDmsReplicationInstance,
  awsDocdbCluster,
  awsDocdbClusterInstance,
  awsDocdbClusterSnapshot,
  awsDynamodbTable,
  awsEcrRepository,
  awsEfsFileSystem,
  awsElasticacheCluster,
  awsElasticacheReplicationGroup,
  awsElasticacheServerlessCache,
  awsElasticsearchDomain,
  awsGlueCatalogDatabase,
  awsKinesisanalyticsv2ApplicationSnapshot,
  awsLightsailDatabase,
  awsMemorydbCluster,
  awsMemorydbSnapshot,
  awsMqBroker,
  awsMskCluster,
  awsMskServerlessCluster,
  awsNeptuneCluster,
  awsNeptuneClusterInstance,
  awsNeptuneClusterSnapshot,
  awsOpensearchDomain,
  awsRdsCluster,
  awsRdsClusterInstance,
  awsRedshiftCluster,
  awsRedshiftserverlessWorkgroup,
  awsS3Bucket,
  awsS3BucketAnalyticsConfiguration,
  awsS3BucketInventory,
];
