import { defineRule } from '../../rule';
import { isObject, jsonAttribute } from './ecs-container-definitions';

/** Batch job definitions whose `container_properties` set `"privileged": true`. */
export default defineRule({
  id: 'aws-batch-job-privileged-container',
  title: 'AWS Batch job runs a privileged container',
  severity: 'error',
  category: 'security',
  targets: ['aws_batch_job_definition'],
  docs: {
    why: 'A privileged container gets every Linux capability and the host\'s devices: a compromised job (a poisoned input file, a vulnerable dependency) can take over the compute environment\'s instance and the credentials of every other job scheduled on it. Fargate refuses privileged jobs; on EC2 it is one bug away from host compromise.',
    fix: 'Remove "privileged" from container_properties (it defaults to false) and grant only the capabilities the job needs with linuxParameters.',
    links: ['https://docs.aws.amazon.com/batch/latest/APIReference/API_ContainerProperties.html'],
  },
  equivalents: { checkov: ['CKV_AWS_210'] },
  check({ resource, report }) {
    const attr = resource.attr('container_properties');
    if (!attr) return;
    const props = jsonAttribute(attr);
    if (!isObject(props) || props['privileged'] !== true) return;
    report({ at: attr, message: 'container_properties sets "privileged": true: a compromise of the job is a compromise of the host it runs on.' });
  },
});
