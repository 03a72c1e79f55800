import type { Command } from '../command';

// Placeholder: the issue that builds this command replaces this file.
export const simulateCommand: Command = {
  summary: '(not built yet)',
  async run() {
    throw new Error('simulate: not built yet');
  },
};
