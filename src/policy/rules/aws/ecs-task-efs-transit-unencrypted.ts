import { defineRule } from '../../rule';

/** ECS task definitions mounting an EFS volume without `transit_encryption = "ENABLED"`. */
export default defineRule({
  id: 'aws-ecs-task-efs-transit-unencrypted',
  title: 'ECS task mounts EFS without encryption in transit',
  severity: 'warning',
  category: 'security',
  targets: ['aws_ecs_task_definition'],
  docs: {
    why: 'Without transit encryption, the NFS traffic between the task and the EFS file system crosses the VPC in plain text: anything that can capture traffic in the subnets (a compromised host, a mirrored ENI) reads and can alter the files.',
    fix: 'Set transit_encryption = "ENABLED" in each efs_volume_configuration (and an authorization_config with an access point and iam = "ENABLED" to authorise the mount with the task role). A new task definition revision is registered.',
    links: ['https://docs.aws.amazon.com/AmazonECS/latest/developerguide/efs-volumes.html', 'https://docs.aws.amazon.com/efs/latest/ug/encryption-in-transit.html'],
  },
  equivalents: { checkov: ['CKV_AWS_97'], trivy: ['AVD-AWS-0035'], tfsec: ['aws-ecs-enable-in-transit-encryption'] },
  fix: 'safe',
  check({ resource, report, fix }) {
    for (const volume of resource.blocks('volume')) {
      for (const efs of volume.blocks('efs_volume_configuration')) {
        const transit = efs.attr('transit_encryption');
        if (transit && (!transit.known || (transit.value.kind === 'string' && transit.value.value === 'ENABLED'))) continue;
        const name = volume.attr('name')?.value;
        report({
          at: transit ?? efs,
          message: `The EFS volume${name?.kind === 'string' ? ` "${name.value}"` : ''} is mounted without transit encryption: file traffic crosses the VPC unencrypted.`,
          fixes: [{ title: 'Encrypt the EFS mount in transit (TLS)', edits: fix.set(efs, 'transit_encryption', '"ENABLED"') }],
        });
      }
    }
  },
});
