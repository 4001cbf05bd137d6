// What the action's steps share: the runner's environment, step outputs, the event payload and
// GitHub's REST API (at $GITHUB_API_URL, so GitHub Enterprise Server and the tests' local server
// work alike). Plain Node 18+, no packages: the action runs these before anything is installed
// beside them but Kensa itself.
import { appendFileSync, readFileSync } from 'node:fs';
import { randomBytes } from 'node:crypto';

/** An environment variable, or `fallback` when it is unset or empty. */
export function env(name, fallback = '') {
  const v = process.env[name];
  return v === undefined || v === '' ? fallback : v;
}

/** Writes a step output (multi-line safe), as `echo name=value >> $GITHUB_OUTPUT` would. */
export function setOutput(name, value) {
  const file = env('GITHUB_OUTPUT');
  const text = String(value);
  if (!file) {
    process.stdout.write(`${name}=${text}\n`);
    return;
  }
  const delimiter = `kensa_${randomBytes(8).toString('hex')}`;
  appendFileSync(file, `${name}<<${delimiter}\n${text}\n${delimiter}\n`);
}

/** The webhook payload of the run's event ({} when there is none). */
export function eventPayload() {
  const path = env('GITHUB_EVENT_PATH');
  if (!path) return {};
  try {
    return JSON.parse(readFileSync(path, 'utf8'));
  } catch {
    return {};
  }
}

/** A workflow command: ::error::, ::warning::, ::notice:: (the message escaped as the runner wants). */
export function annotate(kind, message) {
  const text = String(message).replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
  process.stdout.write(`::${kind}::${text}\n`);
}

export class ApiError extends Error {
  constructor(status, method, path, body) {
    super(`${method} ${path}: HTTP ${status}${body ? `: ${body.slice(0, 300)}` : ''}`);
    this.status = status;
  }
}

/** One REST call; JSON in and out. Throws ApiError on a status outside 2xx. */
export async function api(method, path, body) {
  const base = env('GITHUB_API_URL', 'https://api.github.com').replace(/\/+$/, '');
  const token = env('GITHUB_TOKEN');
  const response = await fetch(`${base}${path}`, {
    method,
    headers: {
      accept: 'application/vnd.github+json',
      'x-github-api-version': '2022-11-28',
      'user-agent': 'kensa-action',
      ...(token ? { authorization: `Bearer ${token}` } : {}),
      ...(body !== undefined ? { 'content-type': 'application/json' } : {}),
    },
    ...(body !== undefined ? { body: JSON.stringify(body) } : {}),
  });
  const text = await response.text();
  if (!response.ok) throw new ApiError(response.status, method, path, text);
  return text ? JSON.parse(text) : null;
}
