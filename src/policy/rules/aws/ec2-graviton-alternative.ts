import { defineRule } from '../../rule';
import { GRAVITON_EQUIVALENT, INSTANCE_TYPE_TARGETS, instanceTypeOf } from './ec2-instance-types';

/**
 * x86 instance types of families with a Graviton (arm64) equivalent. Advice only and no fix: the
 * AMI and every binary on the instance must be built for arm64.
 */
export default defineRule({
  id: 'aws-ec2-graviton-alternative',
  title: 'x86 instance type with a cheaper Graviton equivalent',
  severity: 'info',
  category: 'cost',
  targets: [...INSTANCE_TYPE_TARGETS],
  docs: {
    why: 'Graviton (arm64) instances such as m7g, c7g, r7g and t4g cost roughly 10-20% less per hour than the x86 instances of the same size and usually give better price-performance. Interpreted and JVM workloads, containers built for multiple architectures and most open-source software run on them unchanged.',
    fix: 'Check that the AMI has an arm64 build (Amazon Linux, Ubuntu, Bottlerocket and the EKS and ECS optimised AMIs do) and that your binaries and container images are built for arm64, then change the instance type and the AMI together.',
    links: ['https://aws.amazon.com/ec2/graviton/', 'https://github.com/aws/aws-graviton-getting-started'],
  },
  check({ resource, report }) {
    const it = instanceTypeOf(resource);
    if (!it) return;
    const arm = GRAVITON_EQUIVALENT[it.family];
    if (!arm) return;
    const size = it.type.split('.')[1];
    report({
      at: it.attr,
      message: `${it.type} is x86: the Graviton family ${arm} costs about 10-20% less per hour for a comparable size, if the AMI and software are available for arm64.`,
      ...(size ? { alternative: { replace: JSON.stringify(`${arm}.${size}`) } } : {}),
    });
  },
});
