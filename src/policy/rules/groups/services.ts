/** Managed-service rules: streaming, ML, workflow, DNS, edge firewalls, file transfer, desktops and other AWS services. Sorted by id. */
import type { Rule } from '../../rule';
import awsFirehoseUnencrypted from '../aws/firehose-unencrypted';
import awsFirehoseWithoutCmk from '../aws/firehose-without-cmk';
import awsKinesisVideoStreamWithoutCmk from '../aws/kinesis-video-stream-without-cmk';
import awsMemorydbSnapshotWithoutCmk from '../aws/memorydb-snapshot-without-cmk';
import awsMemorydbTlsDisabled from '../aws/memorydb-tls-disabled';
import awsMemorydbWithoutCmk from '../aws/memorydb-without-cmk';
import awsQldbDeletionProtectionDisabled from '../aws/qldb-deletion-protection-disabled';
import awsQldbPermissionsModeAllowAll from '../aws/qldb-permissions-mode-allow-all';

export const SERVICES_RULES: readonly Rule[] = [
  awsFirehoseUnencrypted,
  awsFirehoseWithoutCmk,
  awsKinesisVideoStreamWithoutCmk,
  awsMemorydbSnapshotWithoutCmk,
  awsMemorydbTlsDisabled,
  awsMemorydbWithoutCmk,
  awsQldbDeletionProtectionDisabled,
  awsQldbPermissionsModeAllowAll,
];
