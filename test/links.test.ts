/**
 * Every relative link in README.md, CHANGELOG.md and docs/*.md (and the walkthrough's media)
 * points at a file that exists and, with a #fragment, at a heading of that file as GitHub names
 * its anchors. Links inside code blocks and code spans are text, not links.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { fromRoot, repoRoot } from './support/paths';

/** The text without fenced code blocks and code spans (kept the same length, so nothing shifts). */
function prose(markdown: string): string {
  return markdown.replace(/^(```|~~~)[^\n]*\n[\s\S]*?^\1[^\n]*$/gm, (m) => m.replace(/[^\n]/g, ' ')).replace(/(`+)[^`\n][\s\S]*?\1/g, (m) => ' '.repeat(m.length));
}

/** GitHub's anchor for a heading: lower case, punctuation dropped, spaces to hyphens; repeats get -1, -2. */
function anchors(markdown: string): Set<string> {
  const out = new Set<string>();
  const seen = new Map<string, number>();
  for (const m of prose(markdown).matchAll(/^#{1,6}\s+(.+?)\s*#*\s*$/gm)) {
    const text = m[1]!.replace(/!?\[([^\]]*)\]\([^)]*\)/g, '$1').replace(/<[^>]+>/g, '');
    const slug = text.toLowerCase().replace(/[^\p{L}\p{N}\s_-]/gu, '').replace(/\s/g, '-');
    const n = seen.get(slug) ?? 0;
    seen.set(slug, n + 1);
    out.add(n ? `${slug}-${n}` : slug);
  }
  // headings written in the original text (with code spans) count too
  for (const m of markdown.matchAll(/^#{1,6}\s+(.+?)\s*$/gm)) out.add(m[1]!.toLowerCase().replace(/[^\p{L}\p{N}\s_-]/gu, '').replace(/\s/g, '-'));
  return out;
}

/** Markdown links and images `[text](target)` and `<a href>`/`<img src>` in the prose. */
function links(markdown: string): { target: string; line: number }[] {
  const text = prose(markdown);
  const out: { target: string; line: number }[] = [];
  const lineOf = (index: number): number => text.slice(0, index).split('\n').length;
  for (const m of text.matchAll(/!?\[(?:[^\]\n]|\][^(\n])*?\]\(\s*<?([^)\s>]+)>?(?:\s+"[^"]*")?\s*\)/g)) out.push({ target: m[1]!, line: lineOf(m.index) });
  for (const m of text.matchAll(/<(?:a|img)\s[^>]*?(?:href|src)="([^"]+)"/g)) out.push({ target: m[1]!, line: lineOf(m.index) });
  return out;
}

const files = [
  'README.md',
  'CHANGELOG.md',
  ...readdirSync(fromRoot('docs')).filter((n) => n.endsWith('.md')).map((n) => `docs/${n}`),
  ...readdirSync(fromRoot('media', 'walkthrough')).filter((n) => n.endsWith('.md')).map((n) => `media/walkthrough/${n}`),
];

for (const file of files) {
  test(`relative links in ${file} point at files and headings that exist`, () => {
    const text = readFileSync(fromRoot(file), 'utf8');
    const broken: string[] = [];
    let checked = 0;
    for (const { target, line } of links(text)) {
      if (/^[a-z][a-z0-9+.-]*:/i.test(target)) continue; // https:, mailto:, command:
      checked++;
      const [path, fragment] = target.split('#') as [string, string | undefined];
      const resolved = path ? join(dirname(fromRoot(file)), decodeURI(path)) : fromRoot(file);
      if (!existsSync(resolved)) {
        broken.push(`${file}:${line}: ${target}: no file ${relative(repoRoot, resolved)}`);
        continue;
      }
      if (fragment && statSync(resolved).isFile() && resolved.endsWith('.md') && !anchors(readFileSync(resolved, 'utf8')).has(decodeURIComponent(fragment).toLowerCase())) {
        broken.push(`${file}:${line}: ${target}: no heading #${fragment} in ${relative(repoRoot, resolved)}`);
      }
    }
    assert.deepEqual(broken, []);
    if (file === 'README.md') assert.ok(checked > 5, `README.md: only ${checked} relative links found: is the link pattern right?`);
  });
}

test('the link checker finds broken links: a missing file, a missing heading; links in code are not links', () => {
  const text = '# Kensa 検査\n\n## Set-up\n\n[ok](#set-up) [ok2](#kensa-検査) [gone](#no-such) `[code](#nope)`\n\n```\n[block](nope.md)\n```\n';
  assert.deepEqual(links(text).map((l) => l.target), ['#set-up', '#kensa-検査', '#no-such']);
  assert.ok(anchors(text).has('set-up') && anchors(text).has('kensa-検査') && !anchors(text).has('no-such'));
});
