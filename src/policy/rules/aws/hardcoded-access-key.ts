import { defineRule } from '../../rule';
import type { AttributeView, BlockView } from '../../resource-view';
import type { Value } from '../../../terraform';

const ACCESS_KEY_ID = /\b(?:AKIA|ASIA)[0-9A-Z]{16}\b/;
const SECRET_KEY = /secret_?access_?key["']?\s*[=:]\s*["']?[A-Za-z0-9/+]{40}(?![A-Za-z0-9/+])/i;

/** What kinds of AWS credential a string holds (AWS's documentation example keys are ignored). */
function credentialsIn(text: string): string[] {
  const out: string[] = [];
  const id = ACCESS_KEY_ID.exec(text);
  if (id && !id[0].endsWith('EXAMPLE')) out.push('an AWS access key id');
  const secret = SECRET_KEY.exec(text);
  if (secret && !/EXAMPLEKEY/.test(secret[0])) out.push('an AWS secret access key');
  return out;
}

function strings(v: Value): string[] {
  if (v.kind === 'string') return [v.value];
  if (v.kind === 'list') return v.items.flatMap(strings);
  if (v.kind === 'object') {
    const out = [...v.entries.entries()].flatMap(([k, x]) => strings(x).map((s) => `${k}=${s}`));
    // an environment entry of a container definition: { name = "AWS_SECRET_ACCESS_KEY", value = "..." }
    const name = v.entries.get('name');
    const value = v.entries.get('value');
    if (name?.kind === 'string' && value?.kind === 'string') out.push(`${name.value}=${value.value}`);
    return out;
  }
  return [];
}

/** A block's `name` and `value` attributes as one `name=value` string (CodeBuild, Beanstalk settings). */
function namedValue(block: BlockView): string | undefined {
  const name = block.attr('name')?.value;
  const value = block.attr('value')?.value;
  return name?.kind === 'string' && value?.kind === 'string' ? `${name.value}=${value.value}` : undefined;
}

/** Every attribute of the block and its nested blocks of the given types, with extra text to scan. */
function allAttrs(block: BlockView, names: readonly string[]): { attr: AttributeView; texts: string[] }[] {
  const pair = namedValue(block);
  const own = block.attrs().map((attr) => ({ attr, texts: [...strings(attr.value), ...(pair && attr.name === 'value' ? [pair] : [])] }));
  return [...own, ...names.flatMap((n) => block.blocks(n).flatMap((b) => allAttrs(b, names)))];
}

/** Nested block types that can hold environment variables or settings, per resource type. */
const NESTED: Record<string, readonly string[]> = {
  aws_ecs_task_definition: [],
  aws_codebuild_project: ['environment', 'environment_variable'],
  aws_batch_job_definition: [],
  aws_ssm_parameter: [],
  aws_elastic_beanstalk_environment: ['setting'],
  aws_glue_job: [],
  aws_sfn_state_machine: [],
  aws_apprunner_service: ['source_configuration', 'image_repository', 'image_configuration', 'code_repository', 'code_configuration', 'code_configuration_values'],
  aws_sagemaker_model: ['primary_container', 'container'],
  aws_emr_cluster: ['configurations'],
};

/**
 * Long-lived AWS access keys (AKIA... ids, and secret keys next to their usual names) written in
 * resource attributes: ECS container definitions, CodeBuild and App Runner environment variables,
 * Batch job definitions, SSM parameters, Beanstalk settings, Glue arguments, Step Functions
 * definitions. EC2 user data and Lambda environments have their own rules.
 */
export default defineRule({
  id: 'aws-hardcoded-access-key',
  title: 'AWS access key written in a resource',
  severity: 'error',
  category: 'security',
  targets: Object.keys(NESTED),
  docs: {
    why: 'An access key in a container definition, build environment or parameter is stored in plain text in the Terraform state and the repository, visible in the console to anyone who can describe the resource, and valid until someone deactivates it. Leaked keys are found and abused by automated scanners within minutes of a push to a public repository.',
    fix: 'Delete the key in IAM (rotate it if still needed), and give the workload an IAM role instead: an ECS task role, a CodeBuild service role, an App Runner instance role. Put other secrets in Secrets Manager and reference them (the secrets block of a container definition).',
    links: [
      'https://docs.aws.amazon.com/IAM/latest/UserGuide/id_credentials_access-keys.html#securing_access-keys',
      'https://docs.aws.amazon.com/AmazonECS/latest/developerguide/task-iam-roles.html',
    ],
  },
  check({ resource, report }) {
    for (const { attr, texts } of allAttrs(resource, NESTED[resource.resourceType] ?? [])) {
      const found = [...new Set(texts.flatMap(credentialsIn))];
      if (found.length === 0) continue;
      report({ at: attr, message: `${attr.name} contains ${found.join(' and ')}: anyone who can read the resource or the Terraform state can use it. Use an IAM role instead.` });
    }
  },
});
