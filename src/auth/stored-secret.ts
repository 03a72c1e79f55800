import { randomBytes } from 'node:crypto';
import type { Executor } from '../storage/db';

/**
 * The voter-token secret of a service started without VOTER_TOKEN_SECRET (development): 32 random
 * bytes made by whichever process needs it first (the service or `npm run cli -- token`) and kept in
 * PostgreSQL, so every instance and the CLI on the same database agree on it, and nobody outside
 * does. Production refuses to start without VOTER_TOKEN_SECRET (config.ts).
 */
const NAME = 'voter-token-secret';

export async function storedVoterTokenSecret(db: Executor): Promise<string> {
  await db.query({
    name: 'secret-create',
    text: 'INSERT INTO service_secrets (name, value) VALUES ($1, $2) ON CONFLICT (name) DO NOTHING',
    values: [NAME, randomBytes(32).toString('base64url')],
  });
  const { rows } = await db.query<{ value: string }>({ name: 'secret-read', text: 'SELECT value FROM service_secrets WHERE name = $1', values: [NAME] });
  return rows[0].value;
}
