// The action's comment step: one comment on the pull request with the review, found again on the
// next run by the hidden marker it starts with and edited in place, so a pull request never
// collects a comment per push. A token that may not write (a pull request from a fork) gives a
// warning, not a failed job.
import { readFileSync } from 'node:fs';
import { annotate, api, ApiError, env, eventPayload, setOutput } from './github.mjs';
import { commentBody, marker } from './comment-body.mjs';

const event = eventPayload();
const number = event.pull_request?.number ?? event.issue?.number;
const repository = env('GITHUB_REPOSITORY');
if (!number || !repository) {
  process.stdout.write('kensa: not a pull request: no comment\n');
  process.exit(0);
}
const directory = env('KENSA_DIRECTORY', '.');
const body = commentBody(readFileSync(env('KENSA_MARKDOWN'), 'utf8'), directory);
const mark = marker(directory);

/** The first comment of the pull request that starts with the marker, or undefined. */
async function previous() {
  for (let page = 1; ; page++) {
    const comments = await api('GET', `/repos/${repository}/issues/${number}/comments?per_page=100&page=${page}`);
    const hit = comments.find((c) => typeof c.body === 'string' && c.body.startsWith(mark));
    if (hit) return hit;
    if (comments.length < 100) return undefined;
  }
}

try {
  const old = await previous();
  if (old) {
    const updated = await api('PATCH', `/repos/${repository}/issues/comments/${old.id}`, { body });
    process.stdout.write(`kensa: updated comment ${updated.html_url ?? updated.id}\n`);
    setOutput('comment-id', updated.id);
  } else {
    const created = await api('POST', `/repos/${repository}/issues/${number}/comments`, { body });
    process.stdout.write(`kensa: created comment ${created.html_url ?? created.id}\n`);
    setOutput('comment-id', created.id);
  }
} catch (e) {
  if (e instanceof ApiError && (e.status === 403 || e.status === 404)) {
    annotate('warning', `Kensa could not comment on the pull request (${e.message}); a pull request from a fork gets a read-only token. The review is in the job summary.`);
  } else {
    throw e;
  }
}
