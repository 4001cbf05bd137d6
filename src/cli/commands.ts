/** Every CLI command, one row each, sorted by name. */
import type { Command } from './command';
import { parseCommand } from './commands/parse';
import { resourcesCommand } from './commands/resources';
import { scanCommand } from './commands/scan';

export const COMMANDS: readonly Command[] = [parseCommand, resourcesCommand, scanCommand];
