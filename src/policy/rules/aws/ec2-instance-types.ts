/**
 * Where instance types are written (instances, launch templates, launch configurations) and what
 * Kensa knows about families: AWS's previous generations, older current-generation families with
 * a cheaper successor, and x86 families with a Graviton equivalent.
 */
import type { AttributeView, ResourceView } from '../../resource-view';

export const INSTANCE_TYPE_TARGETS = ['aws_instance', 'aws_launch_template', 'aws_launch_configuration'] as const;

/** The `instance_type` attribute with its known value, split into family and size. */
export function instanceTypeOf(resource: ResourceView): { attr: AttributeView; type: string; family: string; size: string } | undefined {
  const attr = resource.attr('instance_type');
  if (attr?.value.kind !== 'string') return undefined;
  const m = /^([a-z0-9-]+)\.([a-z0-9]+)$/.exec(attr.value.value);
  if (!m) return undefined;
  return { attr, type: attr.value.value, family: m[1]!, size: m[2]! };
}

/**
 * Families AWS lists on its "Previous Generation Instances" page, and older families that a newer
 * one replaces at the same or a lower price. `successor` is the family to move to; `sizes` are the
 * sizes that exist in both, where swapping the family alone is a valid instance type.
 */
export const OLDER_FAMILIES: Readonly<Record<string, { readonly previous: boolean; readonly successor: string; readonly sizes: readonly string[] }>> = {
  t1: { previous: true, successor: 't3', sizes: ['micro'] },
  m1: { previous: true, successor: 'm7i', sizes: [] },
  m2: { previous: true, successor: 'r7i', sizes: [] },
  m3: { previous: true, successor: 'm5', sizes: ['large', 'xlarge', '2xlarge'] },
  c1: { previous: true, successor: 'c7i', sizes: [] },
  c3: { previous: true, successor: 'c5', sizes: ['large', 'xlarge', '2xlarge', '4xlarge'] },
  cc2: { previous: true, successor: 'c7i', sizes: [] },
  cr1: { previous: true, successor: 'r7i', sizes: [] },
  cg1: { previous: true, successor: 'g5', sizes: [] },
  g2: { previous: true, successor: 'g5', sizes: [] },
  hi1: { previous: true, successor: 'i4i', sizes: [] },
  hs1: { previous: true, successor: 'd3', sizes: [] },
  i2: { previous: true, successor: 'i3', sizes: ['xlarge', '2xlarge', '4xlarge', '8xlarge'] },
  r3: { previous: true, successor: 'r5', sizes: ['large', 'xlarge', '2xlarge', '4xlarge', '8xlarge'] },
  t2: { previous: false, successor: 't3', sizes: ['nano', 'micro', 'small', 'medium', 'large', 'xlarge', '2xlarge'] },
  m4: { previous: false, successor: 'm5', sizes: ['large', 'xlarge', '2xlarge', '4xlarge', '16xlarge'] },
  c4: { previous: false, successor: 'c5', sizes: ['large', 'xlarge', '2xlarge', '4xlarge'] },
  r4: { previous: false, successor: 'r5', sizes: ['large', 'xlarge', '2xlarge', '4xlarge', '8xlarge', '16xlarge'] },
};

/** x86 families with a Graviton (arm64) family of the same shape, usually 10-20% cheaper for the same size. */
export const GRAVITON_EQUIVALENT: Readonly<Record<string, string>> = {
  t3: 't4g',
  t3a: 't4g',
  m5: 'm7g',
  m5a: 'm7g',
  m6i: 'm7g',
  m6a: 'm7g',
  m7i: 'm7g',
  c5: 'c7g',
  c5a: 'c7g',
  c6i: 'c7g',
  c6a: 'c7g',
  c7i: 'c7g',
  r5: 'r7g',
  r5a: 'r7g',
  r6i: 'r7g',
  r6a: 'r7g',
  r7i: 'r7g',
};
