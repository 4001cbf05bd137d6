import { defineRule } from '../../rule';
import { emrEncryptionOf } from './emr-security-configuration';

/** EMR security configurations whose JSON does not set `EncryptionConfiguration.EnableAtRestEncryption` to true. */
export default defineRule({
  id: 'aws-emr-at-rest-encryption-disabled',
  title: 'EMR security configuration does not encrypt data at rest',
  severity: 'warning',
  category: 'security',
  targets: ['aws_emr_security_configuration'],
  docs: {
    why: 'Unless its security configuration turns on at-rest encryption, EMR does not encrypt the data the cluster writes to S3 through EMRFS nor the local disks of its nodes (HDFS, shuffle and spill files). Every cluster launched with this security configuration inherits the gap.',
    fix: 'In the configuration JSON, set "EnableAtRestEncryption": true with an AtRestEncryptionConfiguration (S3EncryptionConfiguration with SSE-S3 or SSE-KMS, and LocalDiskEncryptionConfiguration with a KMS key). A security configuration cannot be edited: Terraform replaces it, and clusters pick it up when they are next launched.',
    links: ['https://docs.aws.amazon.com/emr/latest/ManagementGuide/emr-data-encryption-options.html'],
  },
  equivalents: { trivy: ['AVD-AWS-0137'], tfsec: ['aws-emr-enable-at-rest-encryption'] },
  check({ resource, report }) {
    const emr = emrEncryptionOf(resource);
    if (!emr || emr.encryption['EnableAtRestEncryption'] === true) return;
    report({ at: emr.attr, message: `EncryptionConfiguration.EnableAtRestEncryption is ${emr.encryption['EnableAtRestEncryption'] === false ? 'false' : 'not set'}: data in EMRFS and on the nodes\' disks is not encrypted.` });
  },
});
