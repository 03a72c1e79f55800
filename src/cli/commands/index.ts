import type { Command } from '../command';
import { migrateCommand } from './migrate';
import { apikeyCommand } from './apikey';
import { tokenCommand } from './token';
import { demoCommand } from './demo';
import { detectCommand } from './detect';
import { simulateCommand } from './simulate';
import { verifyCommand } from './verify';

/** Every CLI command by name. */
export const commands: Record<string, Command> = {
  migrate: migrateCommand,
  apikey: apikeyCommand,
  token: tokenCommand,
  demo: demoCommand,
  detect: detectCommand,
  simulate: simulateCommand,
  verify: verifyCommand,
};
