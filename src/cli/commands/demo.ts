import type { Command } from '../command';

// Placeholder: the issue that builds this command replaces this file.
export const demoCommand: Command = {
  summary: '(not built yet)',
  async run() {
    throw new Error('demo: not built yet');
  },
};
