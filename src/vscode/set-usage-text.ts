/**
 * "Kensa: Set usage…" without the editor: which file a usage quantity goes to, what the usage key
 * of a resource is called there, and the edit of kensa.jsonc's `usage` section, made with
 * jsonc-parser's modify/applyEdits so comments and the rest of the file stay as written. No vscode
 * import, so it is unit-tested.
 */
import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { applyEdits, modify, parse, type EditResult } from 'jsonc-parser';
import { CONFIG_FILE } from '../config';

/** A usage key as a pricer declares it. */
export interface UsageKey {
  readonly unit: string;
  readonly description: string;
}

/** The usage keys of each priced resource type (dist/usage-keys.json). */
export type UsageKeys = Readonly<Record<string, Readonly<Record<string, UsageKey>>>>;

/** What the command sets usage for: a resource of a workspace folder. */
export interface SetUsageTarget {
  /** The workspace folder (absolute): kensa.jsonc is the one at or above it. */
  readonly folder: string;
  /** The resource's address; an instance key at the end (`[0]`, `["a"]`) is dropped: usage is per block. */
  readonly address: string;
  readonly type: string;
}

/** The address usage is written under: the block's, without the last instance key. */
export function usageAddress(address: string): string {
  return address.replace(/\[(\d+|"(?:[^"\\]|\\.)*")\]$/, '');
}

/** The kensa.jsonc the folder's analysis reads (the nearest at or above it), else a new one in the folder. */
export function configFileFor(folder: string): { path: string; exists: boolean } {
  for (let dir = folder; ; dir = dirname(dir)) {
    const candidate = join(dir, CONFIG_FILE);
    if (existsSync(candidate)) return { path: candidate, exists: true };
    if (dirname(dir) === dir) return { path: join(folder, CONFIG_FILE), exists: false };
  }
}

/** The quantity kensa.jsonc sets for this address and key, if any. */
export function currentUsage(text: string, address: string, key: string): number | undefined {
  const data = parse(text, [], { allowTrailingComma: true }) as { usage?: Record<string, Record<string, unknown>> } | undefined;
  const v = data?.usage?.[address]?.[key];
  return typeof v === 'number' ? v : undefined;
}

/** The edits that set `usage[address][key] = value` in kensa.jsonc's text ('' for a new file). */
export function usageEdits(text: string, address: string, key: string, value: number): EditResult {
  const base = text.trim() === '' ? '{}' : text;
  const edits = modify(base, ['usage', address, key], value, { formattingOptions: { insertSpaces: true, tabSize: 2, eol: '\n' } });
  // a new file starts from "{}": one edit replacing the whole (empty) text
  return base === text ? edits : [{ offset: 0, length: text.length, content: applyEdits(base, edits) + '\n' }];
}

/** A quantity as typed: a non-negative number (`1000`, `2.5`, `1e6`, `25_000_000`, `25,000,000`), or why not. */
export function parseQuantity(input: string): number | string {
  const text = input.trim().replace(/(?<=\d)[_,](?=\d{3}(?!\d))/g, '');
  if (!/^\d+(\.\d+)?([eE][+-]?\d+)?$/.test(text)) return 'Enter a number, such as 1000 or 2.5';
  const n = Number(text);
  return Number.isFinite(n) ? n : 'Enter a number, such as 1000 or 2.5';
}
