import closeWithGrace from 'close-with-grace';
import { loadConfig } from './config';
import { buildApp, LOG_REDACT } from './app';
import { ensureDatabase, migrate } from './storage/migrate';

/** Process concerns only: configuration, logger, migrations, listen, graceful shutdown. */
async function main(): Promise<void> {
  const config = loadConfig();
  const logger = {
    level: config.logLevel,
    redact: { paths: LOG_REDACT, censor: '[redacted]' },
  };

  if (config.databaseCreate) await ensureDatabase(config.databaseUrl);
  if (config.migrateOnStart) await migrate(config.databaseUrl);

  const app = await buildApp(config, { logger });
  if (config.voterTokenSecretIsDefault) app.log.warn('VOTER_TOKEN_SECRET is not set: using the development secret (refused in production)');

  // On SIGTERM/SIGINT: stop accepting, let in-flight requests finish (and their votes commit),
  // close pools, exit. A second signal or 10 s forces the exit.
  closeWithGrace({ delay: 10_000 }, async ({ signal, err }) => {
    if (err) app.log.error({ err }, 'closing after an error');
    else app.log.info({ signal }, 'shutting down');
    await app.close();
  });

  await app.listen({ port: config.port, host: config.host });
}

main().catch((err) => {
  // Configuration errors name the variable, never its value.
  console.error(err instanceof Error ? err.message : err);
  process.exit(1);
});
