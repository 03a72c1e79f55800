import type { Command } from '../command';
import { requireFlag } from '../command';
import { loadConfig } from '../../config';
import { ACCOUNT_ID_PATTERN, createVoterTokens } from '../../auth/voter-token';

const MAX_TTL_S = 30 * 86400;

/**
 * `token --openid O [--ttl SECONDS]`: mints a voter token with the configured VOTER_TOKEN_SECRET,
 * for load tests and manual testing without a WeChat round trip. With no secret configured it uses
 * the same development secret as a service started with no configuration, so the two match.
 * The token is the last line on stdout (scripts take it with `| tail -1`); expiresAt goes to stderr.
 */
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
      if (!/^\d+$/.test(raw) || ttlS < 1 || ttlS > MAX_TTL_S) throw new Error(`--ttl must be whole seconds, 1..${MAX_TTL_S}`);
    }
    // The CLI is a process edge, not domain code: the wall clock is the right "now" here.
    const { token, expiresAt } = createVoterTokens(config.voterTokenSecret, ttlS).mint(openid, new Date());
    if (config.voterTokenSecretIsDefault) process.stderr.write('note: VOTER_TOKEN_SECRET is not set; signed with the development secret\n');
    process.stderr.write(`expiresAt: ${expiresAt.toISOString()}\n`);
    process.stdout.write(`${token}\n`);
    return 0;
  },
};
