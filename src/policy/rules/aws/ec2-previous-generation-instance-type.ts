import { defineRule } from '../../rule';
import { GRAVITON_EQUIVALENT, INSTANCE_TYPE_TARGETS, instanceTypeOf, OLDER_FAMILIES } from './ec2-instance-types';

/**
 * Instance types of AWS's previous generations (t1, m1-m3, c1, c3, r3, i2, ...) and of older
 * families with a successor at the same or a lower price (t2, m4, c4, r4). Where the same size
 * exists in the successor family, the fix swaps the family.
 */
export default defineRule({
  id: 'aws-ec2-previous-generation-instance-type',
  title: 'Previous-generation EC2 instance type',
  severity: 'info',
  category: 'cost',
  targets: [...INSTANCE_TYPE_TARGETS],
  docs: {
    why: 'Older instance families run on older processors without the Nitro system: the newer family of the same size costs the same or less per hour and gives more CPU performance and network bandwidth, so staying pays more for less. Previous-generation types also have less capacity available, and AWS retires the oldest hardware.',
    fix: 'Move to the successor family of the same size (t2 to t3, m4 to m5, c4 to c5, r4 to r5, older ones to the current generation). Nitro instance types need ENA and NVMe drivers in the AMI, which current Amazon Linux, Ubuntu and Windows AMIs have; changing an instance\'s type stops and starts it.',
    links: ['https://aws.amazon.com/ec2/previous-generation/', 'https://docs.aws.amazon.com/AWSEC2/latest/UserGuide/instance-types.html', 'https://docs.aws.amazon.com/AWSEC2/latest/UserGuide/resize-limitations.html'],
  },
  fix: 'unsafe',
  check({ resource, report, fix }) {
    const it = instanceTypeOf(resource);
    if (!it) return;
    const older = OLDER_FAMILIES[it.family];
    if (!older) return;
    const target = older.sizes.includes(it.size) ? `${older.successor}.${it.size}` : undefined;
    report({
      at: it.attr,
      message: older.previous
        ? `${it.type} is a previous-generation instance type: ${older.successor} instances give more performance for the same or a lower price.`
        : `${it.type} is an older generation: ${older.successor}${target ? ` (${target})` : ''} costs the same or less per hour and is faster.`,
      // the successor may itself have a Graviton family: say so, or the next scan suggests it as a surprise
      fixes: target ? [{ title: `Use ${target}${GRAVITON_EQUIVALENT[older.successor] ? ` (x86 as now; ${GRAVITON_EQUIVALENT[older.successor]}.${it.size} on Graviton costs less still if the software runs on arm64)` : ''}`, edits: fix.set(resource, 'instance_type', JSON.stringify(target)) }] : [],
    });
  },
});
