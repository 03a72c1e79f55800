import type { Pool } from 'pg';
import { apiKeysRepository, generateApiKey, hashApiKey, type ApiKeyRecord, type StaffRole } from '../storage/api-keys-repository';
import { auditRepository } from '../storage/audit-repository';
import { withTransaction } from '../storage/db';

/**
 * Staff keys, as the CLI (and the demo) create and revoke them. Each change is audited in its own
 * transaction. The audit entry names the key by id, label and role only: the key, or even its hash,
 * in an append-only log would be a credential nobody can ever erase.
 */

export class StaffKeyError extends Error {}

export interface KeyAction {
  actor: string;
  now: Date;
}

export const STAFF_ROLES: readonly StaffRole[] = ['admin', 'auditor'];

export async function createStaffKey(
  pool: Pool,
  input: { role: StaffRole; label: string },
  ctx: KeyAction,
): Promise<{ record: ApiKeyRecord; key: string }> {
  const label = input.label.trim();
  if (label.length === 0 || label.length > 100) throw new StaffKeyError('the label must be 1..100 characters');
  if (!STAFF_ROLES.includes(input.role)) throw new StaffKeyError(`the role must be one of: ${STAFF_ROLES.join(', ')}`);
  const key = generateApiKey();
  try {
    return await withTransaction(pool, async (tx) => {
      const record = await apiKeysRepository(tx).insert({ label, role: input.role, keyHash: hashApiKey(key), now: ctx.now }, tx);
      await auditRepository(tx).append(
        { at: ctx.now, actor: ctx.actor, action: 'apikey.created', subject: `apikey:${record.id}`, details: { keyId: record.id, label, role: record.role } },
        tx,
      );
      return { record, key };
    });
  } catch (err) {
    // api_keys_live_label: one live key per label, so `revoke --label` always names exactly one key.
    if ((err as { code?: string }).code === '23505') {
      throw new StaffKeyError(`a live key labelled "${label}" already exists; revoke it first or choose another label`);
    }
    throw err;
  }
}

export async function revokeStaffKey(pool: Pool, label: string, ctx: KeyAction): Promise<ApiKeyRecord> {
  return withTransaction(pool, async (tx) => {
    const record = await apiKeysRepository(tx).revokeByLabel(label.trim(), ctx.now, tx);
    if (!record) throw new StaffKeyError(`no live key is labelled "${label.trim()}"`);
    await auditRepository(tx).append(
      { at: ctx.now, actor: ctx.actor, action: 'apikey.revoked', subject: `apikey:${record.id}`, details: { keyId: record.id, label: record.label, role: record.role } },
      tx,
    );
    return record;
  });
}
