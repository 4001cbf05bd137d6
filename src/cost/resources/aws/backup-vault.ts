import { definePricer, usageSum } from '../../pricer';

export default definePricer({
  resource: 'aws_backup_vault',
  infracostUsage: {
    monthly_efs_warm_backup_gb: { derive: 'warm_storage_gb', from: (read) => usageSum(read, WARM) },
    monthly_ebs_snapshot_gb: { derive: 'warm_storage_gb', from: (read) => usageSum(read, WARM) },
    monthly_rds_snapshot_gb: { derive: 'warm_storage_gb', from: (read) => usageSum(read, WARM) },
    monthly_aurora_snapshot_gb: { derive: 'warm_storage_gb', from: (read) => usageSum(read, WARM) },
    monthly_fsx_windows_backup_gb: { derive: 'warm_storage_gb', from: (read) => usageSum(read, WARM) },
    monthly_fsx_lustre_backup_gb: { derive: 'warm_storage_gb', from: (read) => usageSum(read, WARM) },
    monthly_efs_cold_backup_gb: 'cold_storage_gb',
    monthly_dynamodb_backup_gb: 'dynamodb_warm_storage_gb',
    monthly_efs_warm_restore_gb: { unused: 'Restores are not priced.' },
    monthly_efs_cold_restore_gb: { unused: 'Restores are not priced.' },
    monthly_efs_item_restore_requests: { unused: 'Restores are not priced.' },
    monthly_dynamodb_restore_gb: { unused: 'Restores are not priced.' },
  },
  docs: 'Backup storage in the vault as usage, by resource type: warm and cold storage for EBS, RDS, EFS and the other resources at the default rate, DynamoDB warm and cold, and S3. Restores, copies across regions and logically air-gapped vaults are not priced.',
  usage: {
    warm_storage_gb: { unit: 'GB', description: 'Warm backup storage of EBS, RDS, EFS and other resources without their own rate.' },
    cold_storage_gb: { unit: 'GB', description: 'Cold backup storage (after a lifecycle transition) of EFS and other resources.' },
    dynamodb_warm_storage_gb: { unit: 'GB', description: 'Warm backup storage of DynamoDB tables.' },
    dynamodb_cold_storage_gb: { unit: 'GB', description: 'Cold backup storage of DynamoDB tables.' },
    s3_storage_gb: { unit: 'GB', description: 'Backup storage of S3 buckets.' },
  },
  price() {
    return [
      { name: 'Warm storage (EBS, RDS, EFS, others)', unit: 'GB-months', priceKey: 'backup.storage/default/warm', usage: 'warm_storage_gb' },
      { name: 'Cold storage (EFS, others)', unit: 'GB-months', priceKey: 'backup.storage/default/cold', usage: 'cold_storage_gb' },
      { name: 'DynamoDB warm storage', unit: 'GB-months', priceKey: 'backup.storage/dynamodb/warm', usage: 'dynamodb_warm_storage_gb' },
      { name: 'DynamoDB cold storage', unit: 'GB-months', priceKey: 'backup.storage/dynamodb/cold', usage: 'dynamodb_cold_storage_gb' },
      { name: 'S3 backup storage', unit: 'GB-months', priceKey: 'backup.storage/s3/warm', usage: 's3_storage_gb' },
    ];
  },
});

/** Infracost's backups that Kensa prices at the default warm rate, added up. */
const WARM = ['monthly_efs_warm_backup_gb', 'monthly_ebs_snapshot_gb', 'monthly_rds_snapshot_gb', 'monthly_aurora_snapshot_gb', 'monthly_fsx_windows_backup_gb', 'monthly_fsx_lustre_backup_gb'];
