// The sticky comment's text: a hidden marker naming the reviewed directory, then the review's
// Markdown, cut to GitHub's comment limit if the marker pushed it over.

/** GitHub refuses longer comment bodies (characters). */
export const COMMENT_LIMIT = 65536;

/** The HTML comment that identifies this action's comment for a directory (no `--` inside). */
export function marker(directory) {
  const dir = String(directory).replace(/-{2,}/g, '-').replace(/>/g, '');
  return `<!-- kensa-review${dir === '.' || dir === '' ? '' : `: ${dir}`} -->`;
}

export function commentBody(markdown, directory) {
  const body = `${marker(directory)}\n${markdown}`;
  if (body.length <= COMMENT_LIMIT) return body;
  const note = '\n\n…(truncated to fit the comment limit)\n';
  return body.slice(0, COMMENT_LIMIT - note.length) + note;
}
