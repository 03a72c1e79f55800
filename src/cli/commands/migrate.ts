import { loadConfig } from '../../config';
import { ensureDatabase, migrate } from '../../storage/migrate';
import type { Command } from '../command';

export const migrateCommand: Command = {
  summary: 'apply pending database migrations (creates the database when missing)',
  options: {},
  async run() {
    const config = loadConfig();
    if (config.databaseCreate) await ensureDatabase(config.migrationDatabaseUrl);
    const applied = await migrate(config.migrationDatabaseUrl);
    process.stdout.write(applied.length ? `applied: ${applied.join(', ')}\n` : 'no pending migrations\n');
    return 0;
  },
};
