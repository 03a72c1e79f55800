import { createHash, randomBytes, randomUUID } from 'node:crypto';
import type { Executor } from './db';

export type StaffRole = 'admin' | 'auditor';

export interface ApiKeyRecord {
  id: string;
  label: string;
  role: StaffRole;
  createdAt: Date;
  revokedAt: Date | null;
}

const KEY_PREFIX = 'bsk_';

/** Staff keys are 256-bit random strings; only their SHA-256 is stored. */
export function generateApiKey(): string {
  return KEY_PREFIX + randomBytes(32).toString('base64url');
}

export function hashApiKey(key: string): string {
  return createHash('sha256').update(key).digest('hex');
}

export function looksLikeApiKey(credential: string): boolean {
  return credential.startsWith(KEY_PREFIX);
}

function toRecord(r: { id: string; label: string; role: StaffRole; created_at: Date; revoked_at: Date | null }): ApiKeyRecord {
  return { id: r.id, label: r.label, role: r.role, createdAt: r.created_at, revokedAt: r.revoked_at };
}

export function apiKeysRepository(db: Executor) {
  return {
    async insert(input: { label: string; role: StaffRole; keyHash: string; now: Date }, tx: Executor = db): Promise<ApiKeyRecord> {
      const { rows } = await tx.query({
        name: 'api-keys-insert',
        text: `INSERT INTO api_keys (id, label, role, key_hash, created_at) VALUES ($1, $2, $3, $4, $5)
               RETURNING id, label, role, created_at, revoked_at`,
        values: [randomUUID(), input.label, input.role, input.keyHash, input.now],
      });
      return toRecord(rows[0] as never);
    },

    /** The live (not revoked) key with this hash. */
    async findLiveByHash(keyHash: string, tx: Executor = db): Promise<ApiKeyRecord | null> {
      const { rows } = await tx.query({
        name: 'api-keys-find-live-by-hash',
        text: `SELECT id, label, role, created_at, revoked_at FROM api_keys WHERE key_hash = $1 AND revoked_at IS NULL`,
        values: [keyHash],
      });
      return rows[0] ? toRecord(rows[0] as never) : null;
    },

    /** Revokes the live key with this label; null when there is none. */
    async revokeByLabel(label: string, now: Date, tx: Executor = db): Promise<ApiKeyRecord | null> {
      const { rows } = await tx.query({
        name: 'api-keys-revoke-by-label',
        text: `UPDATE api_keys SET revoked_at = $2 WHERE label = $1 AND revoked_at IS NULL
               RETURNING id, label, role, created_at, revoked_at`,
        values: [label, now],
      });
      return rows[0] ? toRecord(rows[0] as never) : null;
    },
  };
}
