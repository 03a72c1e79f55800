import type { Command } from '../command';

// Placeholder: the issue that builds this command replaces this file.
export const detectCommand: Command = {
  summary: '(not built yet)',
  async run() {
    throw new Error('detect: not built yet');
  },
};
