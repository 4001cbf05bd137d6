import { defineRule } from '../../rule';

/**
 * `aws_ebs_volume` of type gp2. gp3 costs about 20% less per GB and gives 3,000 IOPS and
 * 125 MB/s whatever the size; above 1,000 GiB gp2's size-based IOPS exceed that baseline, so
 * the fix (an in-place modification, no replacement) needs the user to check performance.
 */
export default defineRule({
  id: 'aws-ebs-volume-gp2',
  title: 'EBS volume uses gp2 instead of gp3',
  severity: 'warning',
  category: 'cost',
  targets: ['aws_ebs_volume'],
  docs: {
    why: 'gp3 volumes cost about 20% less per GB-month than gp2 in every region and include 3,000 IOPS and 125 MB/s regardless of size, where a small gp2 volume gets 3 IOPS per GiB plus burst credits. Most gp2 volumes are gp2 only because it was the default.',
    fix: 'Set type = "gp3". The change is applied online without detaching the volume. For gp2 volumes over 1,000 GiB, set iops (and throughput) to at least what gp2 gave (3 IOPS per GiB, up to 16,000).',
    links: [
      'https://docs.aws.amazon.com/ebs/latest/userguide/general-purpose.html',
      'https://aws.amazon.com/ebs/pricing/',
    ],
  },
  fix: 'unsafe',
  check({ resource, report, fix }) {
    const type = resource.attr('type');
    if (!type || type.value.kind !== 'string' || type.value.value !== 'gp2') return;
    const size = resource.attr('size')?.value;
    const big = size?.kind === 'number' && size.value > 1000;
    report({
      at: type,
      message: `type is "gp2": gp3 is about 20% cheaper per GB${big ? `; at ${size.value} GiB this volume gets ${Math.min(16000, 3 * size.value)} IOPS from gp2, so set iops on gp3 to match` : ' and gives at least the same baseline performance at this size'}.`,
      fixes: [{ title: 'Switch to gp3 (in-place modification)', edits: fix.set(resource, 'type', '"gp3"') }],
    });
  },
});
