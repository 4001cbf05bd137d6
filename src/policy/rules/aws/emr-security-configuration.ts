/**
 * Reads the JSON `configuration` of an `aws_emr_security_configuration` for the three EMR
 * encryption rules: its `EncryptionConfiguration` object, or undefined when the configuration is
 * not a known JSON object (unknown before apply, or not JSON: nothing to decide).
 */
import type { AttributeView, ResourceView } from '../../resource-view';

export type Json = null | boolean | number | string | readonly Json[] | { readonly [key: string]: Json };

export interface EmrEncryption {
  readonly attr: AttributeView;
  /** `EncryptionConfiguration`, {} when the configuration has none. */
  readonly encryption: { readonly [key: string]: Json };
}

export function emrEncryptionOf(resource: ResourceView): EmrEncryption | undefined {
  const attr = resource.attr('configuration');
  if (!attr || attr.value.kind !== 'string') return undefined;
  let doc: Json;
  try {
    doc = JSON.parse(attr.value.value) as Json;
  } catch {
    return undefined;
  }
  if (!isObject(doc)) return undefined;
  const encryption = doc['EncryptionConfiguration'];
  return { attr, encryption: isObject(encryption) ? encryption : {} };
}

export function isObject(j: Json | undefined): j is { readonly [key: string]: Json } {
  return typeof j === 'object' && j !== null && !Array.isArray(j);
}
