import type { Command } from '../command';

// Placeholder: the issue that builds this command replaces this file.
export const tokenCommand: Command = {
  summary: '(not built yet)',
  async run() {
    throw new Error('token: not built yet');
  },
};
