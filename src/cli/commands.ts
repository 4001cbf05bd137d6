/** Every CLI command, one row each, sorted by name. */
import type { Command } from './command';
import { costCommand } from './commands/cost';
import { parseCommand } from './commands/parse';
import { resourcesCommand } from './commands/resources';
import { scanCommand } from './commands/scan';

export const COMMANDS: readonly Command[] = [costCommand, parseCommand, resourcesCommand, scanCommand];
