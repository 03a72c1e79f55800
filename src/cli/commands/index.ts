import type { Command } from '../command';
import { migrateCommand } from './migrate';

/** Every CLI command by name. Each issue adds its own. */
export const commands: Record<string, Command> = {
  migrate: migrateCommand,
};
