/** Every CLI command, one row each, sorted by name. */
import type { Command } from './command';
import { costCommand } from './commands/cost';
import { evalCommand } from './commands/eval';
import { parseCommand } from './commands/parse';
import { resourcesCommand } from './commands/resources';
import { reviewCommand } from './commands/review';
import { rulesCommand, supportedCommand } from './commands/rules';
import { checkCommand, scanCommand } from './commands/scan';

export const COMMANDS: readonly Command[] = [checkCommand, costCommand, evalCommand, parseCommand, resourcesCommand, reviewCommand, rulesCommand, scanCommand, supportedCommand];
