/**
 * Splits text into user-perceived characters (Unicode grapheme clusters), the unit Terraform's
 * string functions count in (substr, strrev, format widths, length). Uses Intl.Segmenter where
 * the runtime has it, and code points otherwise.
 */
const segmenter: { segment(s: string): Iterable<{ segment: string }> } | undefined =
  typeof Intl !== 'undefined' && 'Segmenter' in Intl ? new Intl.Segmenter(undefined, { granularity: 'grapheme' }) : undefined;

export function graphemes(text: string): string[] {
  if (segmenter) return Array.from(segmenter.segment(text), (s) => s.segment);
  return Array.from(text);
}
