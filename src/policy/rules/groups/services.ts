/** Managed-service rules: streaming, ML, workflow, DNS, edge firewalls, file transfer, desktops and other AWS services. Sorted by id. */
import type { Rule } from '../../rule';
import awsFirehoseUnencrypted from '../aws/firehose-unencrypted';
import awsFirehoseWithoutCmk from '../aws/firehose-without-cmk';
import awsKinesisVideoStreamWithoutCmk from '../aws/kinesis-video-stream-without-cmk';
import awsMemorydbSnapshotWithoutCmk from '../aws/memorydb-snapshot-without-cmk';
import awsMemorydbTlsDisabled from '../aws/memorydb-tls-disabled';
import awsMemorydbWithoutCmk from '../aws/memorydb-without-cmk';
import awsMwaaSchedulerLogsDisabled from '../aws/mwaa-scheduler-logs-disabled';
import awsMwaaWebserverLogsDisabled from '../aws/mwaa-webserver-logs-disabled';
import awsMwaaWebserverPublic from '../aws/mwaa-webserver-public';
import awsMwaaWorkerLogsDisabled from '../aws/mwaa-worker-logs-disabled';
import awsNetworkfirewallDeletionProtectionDisabled from '../aws/networkfirewall-deletion-protection-disabled';
import awsNetworkfirewallLoggingMissing from '../aws/networkfirewall-logging-missing';
import awsNetworkfirewallPolicyWithoutCmk from '../aws/networkfirewall-policy-without-cmk';
import awsNetworkfirewallWithoutCmk from '../aws/networkfirewall-without-cmk';
import awsQldbDeletionProtectionDisabled from '../aws/qldb-deletion-protection-disabled';
import awsQldbPermissionsModeAllowAll from '../aws/qldb-permissions-mode-allow-all';
import awsRoute53ARecordUnmanagedTarget from '../aws/route53-a-record-unmanaged-target';
import awsRoute53DnssecDisabled from '../aws/route53-dnssec-disabled';
import awsRoute53QueryLoggingMissing from '../aws/route53-query-logging-missing';

export const SERVICES_RULES: readonly Rule[] = [
  awsFirehoseUnencrypted,
  awsFirehoseWithoutCmk,
  awsKinesisVideoStreamWithoutCmk,
  awsMemorydbSnapshotWithoutCmk,
  awsMemorydbTlsDisabled,
  awsMemorydbWithoutCmk,
  awsMwaaSchedulerLogsDisabled,
  awsMwaaWebserverLogsDisabled,
  awsMwaaWebserverPublic,
  awsMwaaWorkerLogsDisabled,
  awsNetworkfirewallDeletionProtectionDisabled,
  awsNetworkfirewallLoggingMissing,
  awsNetworkfirewallPolicyWithoutCmk,
  awsNetworkfirewallWithoutCmk,
  awsQldbDeletionProtectionDisabled,
  awsQldbPermissionsModeAllowAll,
  awsRoute53ARecordUnmanagedTarget,
  awsRoute53DnssecDisabled,
  awsRoute53QueryLoggingMissing,
];
