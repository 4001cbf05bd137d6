/**
 * The `kensa` command line. Argument parsing with node:util parseArgs; unknown flags and bad
 * values print a clear message and exit 2. Results go to stdout, problems to stderr.
 */
import { parseArgs } from 'node:util';
import { COMMANDS } from './commands';
import type { Command } from './command';
import { processIo, UsageError, type Io } from './output';

declare const KENSA_VERSION: string | undefined;
const VERSION = typeof KENSA_VERSION === 'string' ? KENSA_VERSION : 'dev';

function mainHelp(): string {
  const width = Math.max(...COMMANDS.map((c) => c.name.length));
  return [
    'kensa: reviews Terraform the way a senior SRE would, offline.',
    '',
    'Usage: kensa <command> [options]',
    '',
    'Commands:',
    ...COMMANDS.map((c) => `  ${c.name.padEnd(width)}  ${c.summary}`),
    '',
    'Run "kensa <command> --help" for a command\'s options. Exit codes: 0 clean, 1 a gate failed,',
    '2 usage or input error.',
    '',
  ].join('\n');
}

function commandHelp(c: Command): string {
  const lines = [`Usage: ${c.usage}`, '', c.help, '', 'Options:'];
  for (const [name, o] of Object.entries(c.options)) {
    const flag = `--${name}${o.type === 'string' ? ' VALUE' : ''}`;
    lines.push(`  ${flag.padEnd(24)} ${o.description}${o.default !== undefined && o.default !== false ? ` (default: ${String(o.default)})` : ''}`);
  }
  lines.push(`  ${'--help'.padEnd(24)} show this help`, '');
  return lines.join('\n');
}

/** Runs the CLI on `argv` (without node and script) and returns the exit code. */
export async function run(argv: readonly string[], io: Io): Promise<number> {
  const [name, ...rest] = argv;
  if (name === undefined || name === '--help' || name === '-h' || name === 'help') {
    // as infracost and trivy do: no arguments is asking what the tool does, not a mistake
    io.out(mainHelp());
    return 0;
  }
  if (name === '--version' || name === '-v') {
    io.out(`${VERSION}\n`);
    return 0;
  }
  const command = COMMANDS.find((c) => c.name === name);
  if (!command) {
    io.err(`kensa: unknown command "${name}"\n\n${mainHelp()}`);
    return 2;
  }
  try {
    const options = Object.fromEntries(
      Object.entries(command.options).map(([k, o]) => [k, { type: o.type, ...(o.multiple ? { multiple: true } : {}), ...(o.short ? { short: o.short } : {}), ...(o.default !== undefined ? { default: o.default } : {}) }]),
    );
    const parsed = parseArgs({ args: [...rest], options: { ...options, help: { type: 'boolean', short: 'h' } }, allowPositionals: true, strict: true });
    if (parsed.values.help) {
      io.out(commandHelp(command));
      return 0;
    }
    return await command.run({ values: parsed.values as Record<string, string | boolean | string[] | undefined>, positionals: parsed.positionals }, io);
  } catch (e) {
    if (e instanceof UsageError || (e instanceof Error && 'code' in e && String((e as { code: unknown }).code).startsWith('ERR_PARSE_ARGS'))) {
      io.err(`kensa ${name}: ${e.message}\nRun "kensa ${name} --help" for usage.\n`);
      return 2;
    }
    throw e;
  }
}

if (require.main === module) {
  run(process.argv.slice(2), processIo()).then(
    (code) => {
      process.exitCode = code;
    },
    (e: unknown) => {
      process.stderr.write(`kensa: internal error: ${e instanceof Error ? (e.stack ?? e.message) : String(e)}\n`);
      process.exitCode = 2;
    },
  );
}
