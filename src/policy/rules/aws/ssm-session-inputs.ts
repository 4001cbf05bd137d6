/**
 * The `inputs` of a Session Manager preferences document (`aws_ssm_document` with `document_type =
 * "Session"`), read from its JSON content. Undefined when the document is not a session document, its
 * content is unknown, YAML or not an object, or it has no inputs: the rules that use it stay silent then.
 */
import type { ResourceView } from '../../resource-view';

export function sessionInputs(resource: ResourceView): Record<string, unknown> | undefined {
  const type = resource.attr('document_type')?.value;
  if (type?.kind !== 'string' || type.value !== 'Session') return undefined;
  const format = resource.attr('document_format')?.value;
  if (format && !(format.kind === 'string' && format.value === 'JSON')) return undefined;
  const content = resource.attr('content')?.value;
  if (content?.kind !== 'string') return undefined;
  let doc: unknown;
  try {
    doc = JSON.parse(content.value);
  } catch {
    return undefined;
  }
  const inputs = doc !== null && typeof doc === 'object' ? (doc as Record<string, unknown>)['inputs'] : undefined;
  if (inputs === null || typeof inputs !== 'object' || Array.isArray(inputs) || Object.keys(inputs).length === 0) return undefined;
  return inputs as Record<string, unknown>;
}
