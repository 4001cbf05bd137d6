import { defineRule } from '../../rule';
import { emrEncryptionOf } from './emr-security-configuration';

/** EMR security configurations whose JSON does not set `EncryptionConfiguration.EnableInTransitEncryption` to true. */
export default defineRule({
  id: 'aws-emr-in-transit-encryption-disabled',
  title: 'EMR security configuration does not encrypt data in transit',
  severity: 'warning',
  category: 'security',
  targets: ['aws_emr_security_configuration'],
  docs: {
    why: 'Unless its security configuration turns on in-transit encryption, traffic between the cluster\'s nodes (HDFS block transfer, Spark shuffle, Presto and Hive internals) and to S3 through EMRFS travels without the TLS EMR can apply. Every cluster launched with this security configuration inherits the gap.',
    fix: 'In the configuration JSON, set "EnableInTransitEncryption": true with an InTransitEncryptionConfiguration naming a TLS certificate provider (a PEM zip in S3, or a custom provider). A security configuration cannot be edited: Terraform replaces it, and clusters pick it up when they are next launched.',
    links: ['https://docs.aws.amazon.com/emr/latest/ManagementGuide/emr-encryption-enable.html'],
  },
  equivalents: { trivy: ['AVD-AWS-0138'], tfsec: ['aws-emr-enable-in-transit-encryption'] },
  check({ resource, report }) {
    const emr = emrEncryptionOf(resource);
    if (!emr || emr.encryption['EnableInTransitEncryption'] === true) return;
    report({ at: emr.attr, message: `EncryptionConfiguration.EnableInTransitEncryption is ${emr.encryption['EnableInTransitEncryption'] === false ? 'false' : 'not set'}: traffic between nodes is not encrypted.` });
  },
});
