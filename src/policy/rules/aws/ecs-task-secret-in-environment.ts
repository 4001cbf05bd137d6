import { defineRule } from '../../rule';
import { containerDefinitions, isObject, type Json } from './ecs-container-definitions';

/** Names that hold a secret: passwords, tokens, private and secret keys, credentials. */
const SECRET_NAME = /(PASSWORD|PASSWD|SECRET|TOKEN|API_?KEY|PRIVATE_?KEY|ACCESS_?KEY|CREDENTIAL|AUTH_?KEY|SIGNING_?KEY|ENCRYPTION_?KEY|CLIENT_?SECRET|DSN|CONNECTION_?STRING)/i;
/** Names that point at a secret rather than hold one. */
const REFERENCE_NAME = /(_ARN|_NAME|_FILE|_PATH|_URL|_URI|_ENDPOINT|_ID|_REGION|_TTL|_EXPIRY|_LENGTH|_HEADER)$/i;

/** Container `environment` entries whose name says secret and whose value is written in plain text. */
export default defineRule({
  id: 'aws-ecs-task-secret-in-environment',
  title: 'ECS task definition holds a secret in a plain environment variable',
  severity: 'error',
  category: 'security',
  targets: ['aws_ecs_task_definition'],
  docs: {
    why: 'Environment values in a task definition are stored in plain text: anyone with ecs:DescribeTaskDefinition (a read-only role, a support tool, the console) can read them, every revision keeps them forever, and the Terraform state holds them too.',
    fix: 'Store the value in AWS Secrets Manager or SSM Parameter Store (SecureString) and reference it from the container\'s "secrets" list: { name = "DB_PASSWORD", valueFrom = aws_secretsmanager_secret.db.arn }. Give the task execution role permission to read it.',
    links: ['https://docs.aws.amazon.com/AmazonECS/latest/developerguide/specifying-sensitive-data.html'],
  },
  equivalents: { trivy: ['AVD-AWS-0036'], tfsec: ['aws-ecs-no-plaintext-secrets'] },
  check({ resource, report }) {
    const defs = containerDefinitions(resource);
    if (!defs) return;
    for (const c of defs.containers) {
      const env = c.props['environment'];
      if (!Array.isArray(env)) continue;
      for (const entry of env as readonly Json[]) {
        if (!isObject(entry)) continue;
        const name = entry['name'];
        const value = entry['value'];
        if (typeof name !== 'string' || typeof value !== 'string') continue;
        if (!SECRET_NAME.test(name) || REFERENCE_NAME.test(name)) continue;
        if (value === '' || value.startsWith('arn:')) continue;
        report({ at: defs.attr, message: `Container ${c.label} sets ${name} as a plain environment value: move it to "secrets" with a valueFrom pointing at Secrets Manager or SSM Parameter Store.` });
      }
    }
  },
});
