/**
 * The EBS volumes an instance, launch template or launch configuration declares, as one shape:
 * `root_block_device` and `ebs_block_device` blocks, and launch templates'
 * `block_device_mappings { ebs { ... } }`. Shared by the block-device rules so they agree on
 * where a volume's settings live and how a fix reaches them.
 */
import type { AttributeView, BlockView, ResourceView } from '../../resource-view';
import type { Value } from '../../../terraform';

export interface BlockDevice {
  /** Where the volume's attributes are (`encrypted`, `volume_type`, ...). */
  readonly settings: BlockView;
  /** The block a fix edits, and the path from it to an attribute: [] or ['ebs']. */
  readonly editTarget: BlockView;
  readonly editPath: readonly string[];
  /** "the root volume", "ebs_block_device /dev/sdf", "block_device_mappings /dev/xvda". */
  readonly label: string;
  readonly root: boolean;
}

export const BLOCK_DEVICE_TARGETS = ['aws_instance', 'aws_launch_template', 'aws_launch_configuration'] as const;

/** The volumes declared on a resource; launch templates' mappings without an `ebs` block are instance store and left out. */
export function blockDevicesOf(resource: ResourceView): BlockDevice[] {
  if (resource.resourceType === 'aws_launch_template') {
    return resource.blocks('block_device_mappings').flatMap((mapping) => {
      const ebs = mapping.blocks('ebs')[0];
      if (!ebs) return [];
      return [{ settings: ebs, editTarget: mapping, editPath: ['ebs'], label: `block_device_mappings ${deviceName(mapping) ?? ''}`.trim(), root: false }];
    });
  }
  const root = resource.blocks('root_block_device').map((b) => ({ settings: b, editTarget: b, editPath: [], label: 'the root volume', root: true }));
  const ebs = resource.blocks('ebs_block_device').map((b) => ({ settings: b, editTarget: b, editPath: [], label: `ebs_block_device ${deviceName(b) ?? ''}`.trim(), root: false }));
  return [...root, ...ebs];
}

function deviceName(b: BlockView): string | undefined {
  const v = b.get('device_name');
  return v?.kind === 'string' ? v.value : undefined;
}

/** A Terraform bool, also when written as a string ("true"), as some launch template arguments are. */
export function boolOf(v: Value | undefined): boolean | undefined {
  if (v?.kind === 'bool') return v.value;
  if (v?.kind === 'string' && (v.value === 'true' || v.value === 'false')) return v.value === 'true';
  return undefined;
}

/** The attribute of a device's settings, with its known string value. */
export function stringAttr(device: BlockDevice, name: string): { attr: AttributeView; value: string } | undefined {
  const attr = device.settings.attr(name);
  return attr?.value.kind === 'string' ? { attr, value: attr.value.value } : undefined;
}

/** True when the configuration turns on EBS encryption by default for the account and region. */
export function encryptionByDefault(resources: readonly ResourceView[]): boolean {
  return resources.some((r) => boolOf(r.get('enabled')) !== false);
}
