/**
 * Terraform's date and time functions: formatdate, timeadd, timecmp on RFC 3339 timestamps (with
 * cty's error messages), and timestamp and plantimestamp, which are not knowable before apply and
 * so return unknown. Times keep the offset they were written with, as Go's time.Time does.
 */
import { num, str, unknown, type Value } from '../value';
import { stringArg } from './arguments';
import { FunctionError, type TfFunction } from './function';

interface Instant {
  /** Nanoseconds since the Unix epoch. */
  readonly ns: bigint;
  /** Offset from UTC in minutes, as written. */
  readonly offset: number;
}

class TimeError extends Error {}

function fail(message: string): never {
  throw new TimeError(`not a valid RFC3339 timestamp: ${message}`);
}

/** Parses an RFC 3339 timestamp as Go's time.Parse(time.RFC3339) does. */
function parseTimestamp(text: string): Instant {
  let pos = 0;
  const digits = (n: number, what: string): number => {
    const part = text.slice(pos, pos + n);
    if (pos >= text.length) fail(`end of string before ${what}`);
    if (!new RegExp(`^\\d{${n}}$`).test(part)) fail(`cannot use ${JSON.stringify(text.slice(pos))} as ${what}`);
    pos += n;
    return Number(part);
  };
  const literal = (c: string): void => {
    if (pos >= text.length) fail(`end of string where ${JSON.stringify(c)} is expected`);
    if (text[pos] !== c) {
      if (c === 'T') fail("missing required time introducer 'T'");
      fail(`found ${JSON.stringify(text.slice(pos))} where ${JSON.stringify(c)} is expected`);
    }
    pos++;
  };
  const year = digits(4, 'year');
  literal('-');
  const month = digits(2, 'month');
  literal('-');
  const day = digits(2, 'day of month');
  literal('T');
  const hour = digits(2, 'hour');
  literal(':');
  const minute = digits(2, 'minute');
  literal(':');
  const second = digits(2, 'second');
  let fracNs = 0n;
  if (text[pos] === '.' || text[pos] === ',') {
    const m = /^[.,](\d+)/.exec(text.slice(pos));
    if (!m) fail(`cannot use ${JSON.stringify(text.slice(pos))} as UTC offset`);
    fracNs = BigInt(m[1]!.slice(0, 9).padEnd(9, '0'));
    pos += m[0].length;
  }
  let offset = 0;
  if (pos >= text.length) fail('end of string before UTC offset');
  if (text[pos] === 'Z') {
    pos++;
  } else {
    const m = /^([+-])(\d{2}):(\d{2})/.exec(text.slice(pos));
    if (!m) fail(`cannot use ${JSON.stringify(text.slice(pos))} as UTC offset`);
    const oh = Number(m[2]);
    const om = Number(m[3]);
    if (oh > 24 || om > 59) fail('time zone offset hour out of range');
    offset = (m[1] === '-' ? -1 : 1) * (oh * 60 + om);
    pos += m[0].length;
  }
  if (pos < text.length) fail(`extra text: ${JSON.stringify(text.slice(pos))}`);
  if (month < 1 || month > 12) fail('month out of range');
  if (day < 1 || day > daysIn(year, month)) fail('day out of range');
  if (hour > 23) fail('hour out of range');
  if (minute > 59) fail('minute out of range');
  if (second > 59) fail('second out of range');
  const localSeconds = BigInt(Date.UTC(year, month - 1, day, hour, minute, second) / 1000) + (year < 100 ? yearFix(year) : 0n);
  return { ns: (localSeconds - BigInt(offset * 60)) * 1_000_000_000n + fracNs, offset };
}

/** Date.UTC maps years 0-99 to 1900-1999; undo that. */
function yearFix(year: number): bigint {
  const wrong = Date.UTC(year + 1900, 0, 1);
  const d = new Date(0);
  d.setUTCFullYear(year, 0, 1);
  return BigInt((d.getTime() - wrong) / 1000);
}

function daysIn(year: number, month: number): number {
  return [31, (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0 ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][month - 1]!;
}

interface Fields {
  year: number;
  month: number;
  day: number;
  weekday: number;
  hour: number;
  minute: number;
  second: number;
}

/** The calendar fields of an instant in its own offset. */
function fields(t: Instant): Fields {
  const seconds = t.ns / 1_000_000_000n - (t.ns < 0n && t.ns % 1_000_000_000n !== 0n ? 1n : 0n) + BigInt(t.offset * 60);
  const d = new Date(Number(seconds) * 1000);
  return {
    year: d.getUTCFullYear(),
    month: d.getUTCMonth() + 1,
    day: d.getUTCDate(),
    weekday: d.getUTCDay(),
    hour: d.getUTCHours(),
    minute: d.getUTCMinutes(),
    second: d.getUTCSeconds(),
  };
}

const pad2 = (n: number): string => String(n).padStart(2, '0');

function offsetText(minutes: number, colon: boolean): string {
  const sign = minutes < 0 ? '-' : '+';
  const a = Math.abs(minutes);
  return `${sign}${pad2(Math.floor(a / 60))}${colon ? ':' : ''}${pad2(a % 60)}`;
}

/** RFC 3339 text without fractional seconds, as Go's Format(time.RFC3339) writes it. */
function formatRfc3339(t: Instant): string {
  const f = fields(t);
  const year = f.year < 0 ? '-' + String(-f.year).padStart(4, '0') : String(f.year).padStart(4, '0');
  return `${year}-${pad2(f.month)}-${pad2(f.day)}T${pad2(f.hour)}:${pad2(f.minute)}:${pad2(f.second)}${t.offset === 0 ? 'Z' : offsetText(t.offset, true)}`;
}

function timestampArg(args: readonly Value[], i: number): Instant {
  try {
    return parseTimestamp(stringArg(args, i));
  } catch (e) {
    if (e instanceof TimeError) throw new FunctionError(e.message, i);
    throw e;
  }
}

const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
const DAYS = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'];

const formatdate: TfFunction = {
  name: 'formatdate',
  params: ['format', 'time'],
  call: (args) => {
    const spec = stringArg(args, 0);
    const t = timestampArg(args, 1);
    const f = fields(t);
    const bad = (tok: string, detail?: string): never => {
      throw new FunctionError(`invalid date format verb ${JSON.stringify(tok)}${detail ? `: ${detail}` : ''}`, 0);
    };
    let out = '';
    for (const tok of spec.match(/'(?:[^']|'')*'?|([A-Za-z])\1*|[^'A-Za-z]+/g) ?? []) {
      if (tok.startsWith("'")) {
        if (tok === "''") out += "'";
        else if (tok.length < 2 || !tok.endsWith("'")) throw new FunctionError("unterminated literal '", 0);
        else out += tok.slice(1, -1).replaceAll("''", "'");
        continue;
      }
      if (!/^[A-Za-z]/.test(tok)) {
        out += tok;
        continue;
      }
      const n = tok.length;
      switch (tok[0]) {
        case 'Y':
          if (n === 2) out += pad2(((f.year % 100) + 100) % 100);
          else if (n === 4) out += String(f.year).padStart(4, '0');
          else bad(tok, 'year must either be "YY" or "YYYY"');
          break;
        case 'M':
          if (n === 1) out += String(f.month);
          else if (n === 2) out += pad2(f.month);
          else if (n === 3) out += MONTHS[f.month - 1]!.slice(0, 3);
          else if (n === 4) out += MONTHS[f.month - 1]!;
          else bad(tok, 'month must be "M", "MM", "MMM", or "MMMM"');
          break;
        case 'D':
          if (n === 1) out += String(f.day);
          else if (n === 2) out += pad2(f.day);
          else bad(tok, 'day of month must either be "D" or "DD"');
          break;
        case 'E':
          if (n === 3) out += DAYS[f.weekday]!.slice(0, 3);
          else if (n === 4) out += DAYS[f.weekday]!;
          else bad(tok, 'day of week must either be "EEE" or "EEEE"');
          break;
        case 'h':
          if (n === 1) out += String(f.hour);
          else if (n === 2) out += pad2(f.hour);
          else bad(tok, '24-hour must either be "h" or "hh"');
          break;
        case 'H': {
          const h = f.hour % 12 === 0 ? 12 : f.hour % 12;
          if (n === 1) out += String(h);
          else if (n === 2) out += pad2(h);
          else bad(tok, '12-hour must either be "H" or "HH"');
          break;
        }
        case 'A':
        case 'a': {
          if (n !== 2) bad(tok, `must be "${tok[0]}${tok[0]}"`);
          const pm = f.hour >= 12;
          out += tok[0] === 'A' ? (pm ? 'PM' : 'AM') : pm ? 'pm' : 'am';
          break;
        }
        case 'm':
          if (n === 1) out += String(f.minute);
          else if (n === 2) out += pad2(f.minute);
          else bad(tok, 'minute must either be "m" or "mm"');
          break;
        case 's':
          if (n === 1) out += String(f.second);
          else if (n === 2) out += pad2(f.second);
          else bad(tok, 'second must either be "s" or "ss"');
          break;
        case 'Z':
          if (n === 1) out += t.offset === 0 ? 'Z' : offsetText(t.offset, true);
          else if (n === 3) out += t.offset === 0 ? 'UTC' : offsetText(t.offset, false);
          else if (n === 4) out += offsetText(t.offset, false);
          else if (n === 5) out += offsetText(t.offset, true);
          else bad(tok, 'timezone must be Z, ZZZZ, or ZZZZZ');
          break;
        default:
          bad(tok);
      }
    }
    return str(out);
  },
};

const UNITS: Record<string, bigint> = {
  ns: 1n,
  us: 1_000n,
  µs: 1_000n,
  μs: 1_000n,
  ms: 1_000_000n,
  s: 1_000_000_000n,
  m: 60_000_000_000n,
  h: 3_600_000_000_000n,
};

/** Go's time.ParseDuration, in nanoseconds. */
function parseDuration(text: string): bigint {
  const invalid = (): never => {
    throw new TimeError(`time: invalid duration ${JSON.stringify(text)}`);
  };
  let s = text;
  let neg = false;
  if (s.startsWith('-') || s.startsWith('+')) {
    neg = s[0] === '-';
    s = s.slice(1);
  }
  if (s === '0') return 0n;
  if (s === '') invalid();
  let total = 0n;
  while (s !== '') {
    const m = /^(\d*)(?:\.(\d*))?/.exec(s)!;
    if (m[0] === '' || m[0] === '.' || (m[1] === '' && (m[2] ?? '') === '')) invalid();
    s = s.slice(m[0].length);
    const u = /^[^0-9.]*/.exec(s)![0];
    if (u === '') throw new TimeError(`time: missing unit in duration ${JSON.stringify(text)}`);
    const unit = UNITS[u];
    if (unit === undefined) throw new TimeError(`time: unknown unit ${JSON.stringify(u)} in duration ${JSON.stringify(text)}`);
    s = s.slice(u.length);
    const frac = m[2] ?? '';
    total += BigInt(m[1] || '0') * unit + (frac === '' ? 0n : (BigInt(frac) * unit) / 10n ** BigInt(frac.length));
  }
  if (total > (1n << 63n) - 1n) invalid();
  return neg ? -total : total;
}

const timeadd: TfFunction = {
  name: 'timeadd',
  params: ['timestamp', 'duration'],
  call: (args) => {
    const t = timestampArg(args, 0);
    let d: bigint;
    try {
      d = parseDuration(stringArg(args, 1));
    } catch (e) {
      if (e instanceof TimeError) throw new FunctionError(e.message, 1);
      throw e;
    }
    return str(formatRfc3339({ ns: t.ns + d, offset: t.offset }));
  },
};

const timecmp: TfFunction = {
  name: 'timecmp',
  params: ['timestamp_a', 'timestamp_b'],
  call: (args) => {
    const a = timestampArg(args, 0);
    const b = timestampArg(args, 1);
    return num(a.ns < b.ns ? -1 : a.ns > b.ns ? 1 : 0);
  },
};

/** The reason given for the time of a run, which is only known when it happens. */
export const RUN_TIME = 'known after apply';

const timestamp: TfFunction = { name: 'timestamp', params: [], unknowns: 'handle', call: () => unknown(RUN_TIME) };
const plantimestamp: TfFunction = { name: 'plantimestamp', params: [], unknowns: 'handle', call: () => unknown(RUN_TIME) };

/** The date and time family, sorted by name. */
export const DATETIME_FUNCTIONS: readonly TfFunction[] = [formatdate, plantimestamp, timeadd, timecmp, timestamp];
