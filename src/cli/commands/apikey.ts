import { Pool } from 'pg';
import { loadConfig } from '../../config';
import { systemClock } from '../../clock';
import { ensureDatabase, migrate } from '../../storage/migrate';
import type { StaffRole } from '../../storage/api-keys-repository';
import { createStaffKey, revokeStaffKey, STAFF_ROLES } from '../../services/api-key-service';
import { requireFlag, type Command } from '../command';

const USAGE = 'usage: apikey create --role admin|auditor --label TEXT | apikey revoke --label TEXT';

/** Opens the configured database, migrated first so the command works on a fresh machine. */
export async function openMigratedPool(): Promise<Pool> {
  const config = loadConfig();
  if (config.databaseCreate) await ensureDatabase(config.migrationDatabaseUrl);
  await migrate(config.migrationDatabaseUrl);
  return new Pool({ connectionString: config.databaseUrl, max: 2, application_name: 'ballot-cli' });
}

export const apikeyCommand: Command = {
  summary: 'create or revoke a staff API key (the new key is the last line printed)',
  options: { role: { type: 'string' }, label: { type: 'string' } },
  async run(flags, positional) {
    const sub = positional[0];
    if (sub !== 'create' && sub !== 'revoke') throw new Error(USAGE);
    const label = requireFlag(flags, 'label');
    let role: StaffRole | undefined;
    if (sub === 'create') {
      const r = requireFlag(flags, 'role');
      if (!STAFF_ROLES.includes(r as StaffRole)) throw new Error(`--role must be one of: ${STAFF_ROLES.join(', ')}`);
      role = r as StaffRole;
    }
    const pool = await openMigratedPool();
    try {
      const ctx = { actor: 'cli', now: systemClock.now() };
      if (role) {
        const { record, key } = await createStaffKey(pool, { role, label }, ctx);
        process.stdout.write(
          `created ${record.role} key "${record.label}" (id ${record.id}).\n` +
            'It is shown only this once; only its SHA-256 is stored. Send it as "Authorization: Bearer <key>".\n' +
            `${key}\n`,
        );
      } else {
        const record = await revokeStaffKey(pool, label, ctx);
        process.stdout.write(`revoked ${record.role} key "${record.label}" (id ${record.id}).\n`);
      }
      return 0;
    } finally {
      await pool.end();
    }
  },
};
