import type { Command } from '../command';
import { requireFlag } from '../command';
import { Pool } from 'pg';
import { loadConfig, type Config } from '../../config';
import { storedVoterTokenSecret } from '../../auth/stored-secret';
import { ensureDatabase, migrate } from '../../storage/migrate';
import { ACCOUNT_ID_PATTERN, createVoterTokens } from '../../auth/voter-token';

/**
 * `token --openid O [--ttl SECONDS]`: mints a voter token with the configured VOTER_TOKEN_SECRET,
 * for load tests and manual testing without a WeChat round trip. With no secret configured it uses
 * the random development secret kept in the database (src/auth/stored-secret.ts), the one a
 * service started with no configuration uses, so the two match.
 * The token is the last line on stdout (scripts take it with `| tail -1`); expiresAt goes to stderr.
 */
/** The random secret a service started without VOTER_TOKEN_SECRET uses (made here if it is not yet). */
async function developmentSecret(config: Config): Promise<string> {
  if (config.databaseCreate) await ensureDatabase(config.migrationDatabaseUrl);
  await migrate(config.migrationDatabaseUrl);
  const pool = new Pool({ connectionString: config.databaseUrl, max: 1, application_name: 'ballot-cli' });
  try {
    return await storedVoterTokenSecret(pool);
  } finally {
    await pool.end();
  }
}

export const tokenCommand: Command = {
  summary: 'token --openid O [--ttl SECONDS]  mint a voter token with the configured secret',
  options: { openid: { type: 'string' }, ttl: { type: 'string' } },
  async run(flags) {
    const openid = requireFlag(flags, 'openid');
    if (!ACCOUNT_ID_PATTERN.test(openid)) throw new Error('--openid must be 1..128 characters of [A-Za-z0-9_.:@-]');
    const config = loadConfig();
    let ttlS = config.voterTokenTtlS;
    if (flags.ttl !== undefined) {
      const raw = typeof flags.ttl === 'string' ? flags.ttl : '';
      ttlS = Number(raw);
      // The service refuses a token that lives longer than its VOTER_TOKEN_TTL_S.
      const max = config.voterTokenTtlS;
      if (!/^\d+$/.test(raw) || ttlS < 1 || ttlS > max) throw new Error(`--ttl must be whole seconds, 1..${max} (VOTER_TOKEN_TTL_S)`);
    }
    const secret = config.voterTokenSecret ?? (await developmentSecret(config));
    // The CLI is a process edge, not domain code: the wall clock is the right "now" here.
    const { token, expiresAt } = createVoterTokens(secret, ttlS).mint(openid, new Date());
    if (config.voterTokenSecret === null) {
      process.stderr.write('note: VOTER_TOKEN_SECRET is not set; signed with the development secret kept in the database\n');
    }
    process.stderr.write(`expiresAt: ${expiresAt.toISOString()}\n`);
    process.stdout.write(`${token}\n`);
    return 0;
  },
};
