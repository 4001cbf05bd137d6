/**
 * When RDS and Aurora major engine versions reach the end of standard support, as AWS publishes
 * it in the release calendars. Rules have no clock, so a version counts as past its date when the
 * date is on or before SUPPORT_AS_OF, the day these dates were last checked: findings stay the
 * same from one run to the next. Update both together when AWS publishes new dates.
 */
export const SUPPORT_AS_OF = '2026-11-22';

/** A major version's standard support, and whether RDS Extended Support (paid) can follow it. */
export interface EngineSupport {
  /** The engine's name as users know it: "RDS for MySQL 5.7", "Aurora MySQL version 2". */
  readonly label: string;
  /** End of standard support, YYYY-MM-DD; undefined for versions retired before RDS Extended Support existed. */
  readonly ends?: string;
  /** Standard support has ended as of SUPPORT_AS_OF. */
  readonly past: boolean;
  /** The database is billed for RDS Extended Support once standard support ends (unless opted out). */
  readonly extendedSupport: boolean;
}

/** End of standard support per engine and major version key (see majorKey). */
const ENDS: Readonly<Record<string, Readonly<Record<string, string>>>> = {
  mysql: { '5.7': '2024-02-29', '8.0': '2026-07-31' },
  postgres: { '11': '2024-02-29', '12': '2025-02-28', '13': '2026-02-28', '14': '2027-02-28' },
  // Aurora MySQL versions are keyed by their MySQL compatibility: 5.7 is Aurora MySQL version 2
  'aurora-mysql': { '5.7': '2024-10-31' },
  'aurora-postgresql': { '11': '2024-02-29', '12': '2025-02-28', '13': '2026-02-28', '14': '2027-02-28' },
};

/** Majors older than every entry above: retired outright, with no Extended Support to fall back on. */
const RETIRED: Readonly<Record<string, (major: number[]) => boolean>> = {
  mysql: ([a = 0, b = 0]) => a < 5 || (a === 5 && b < 7),
  postgres: ([a = 0]) => a < 11,
  'aurora-postgresql': ([a = 0]) => a < 11,
};

function label(engine: string, key: string): string {
  switch (engine) {
    case 'mysql':
      return `RDS for MySQL ${key}`;
    case 'postgres':
      return `RDS for PostgreSQL ${key}`;
    case 'aurora-mysql':
      return key === '5.7' ? 'Aurora MySQL version 2 (MySQL 5.7)' : `Aurora MySQL (MySQL ${key})`;
    case 'aurora':
      return 'Aurora MySQL version 1 (MySQL 5.6)';
    default:
      return `Aurora PostgreSQL ${key}`;
  }
}

/** The major version key of an engine version: "5.7" for MySQL 5.7.44, "13" for PostgreSQL 13.12, "9.6" for 9.6.24. */
function majorKey(engine: string, version: string): string | undefined {
  const m = /^(\d+)(?:\.(\d+))?/.exec(version);
  if (!m) return undefined;
  const [, a, b] = m;
  if (engine.endsWith('mysql')) return b === undefined ? undefined : `${a}.${b}`;
  return Number(a) >= 10 || b === undefined ? a : `${a}.${b}`;
}

/**
 * The support status of an engine version, or undefined when it is still in standard support or
 * not known to us (another engine, a version string we cannot read).
 */
export function engineSupport(engine: string, version: string): EngineSupport | undefined {
  if (engine === 'aurora') return { label: label('aurora', ''), past: true, extendedSupport: false };
  const key = majorKey(engine, version);
  if (!key) return undefined;
  const ends = ENDS[engine]?.[key];
  if (ends) return { label: label(engine, key), ends, past: ends <= SUPPORT_AS_OF, extendedSupport: true };
  const retired = RETIRED[engine];
  if (retired?.(key.split('.').map(Number))) return { label: label(engine, key), past: true, extendedSupport: false };
  return undefined;
}
