import { createHash } from 'node:crypto';
import type { Executor } from './db';
import { canonicalJson } from '../domain/canonical-json';

/**
 * The audit log: append-only and hash-chained. Entry n's hash is
 *   sha256_hex( prevHash + "\n" + canonicalJson({seq, at, actor, action, subject, details}) )
 * with `at` as an ISO 8601 UTC string with milliseconds and prevHash of the first entry = 64 zeros.
 * Changing, inserting or removing any row breaks every later hash.
 */
export const GENESIS_HASH = '0'.repeat(64);
// Serializes appends so seq and prevHash form one line, across every instance.
const AUDIT_LOCK_ID = 7_340_022;

export interface AuditEntry {
  seq: number;
  at: string;
  actor: string;
  action: string;
  subject: string;
  details: Record<string, unknown>;
  prevHash: string;
  hash: string;
}

export interface AuditInput {
  at: Date;
  actor: string;
  action: string;
  subject: string;
  ballotId?: string | null;
  details?: Record<string, unknown>;
}

export function entryHash(prevHash: string, e: Pick<AuditEntry, 'seq' | 'at' | 'actor' | 'action' | 'subject' | 'details'>): string {
  const body = canonicalJson({ seq: e.seq, at: e.at, actor: e.actor, action: e.action, subject: e.subject, details: e.details });
  return createHash('sha256').update(`${prevHash}\n${body}`).digest('hex');
}

interface Row {
  seq: string;
  at: Date;
  actor: string;
  action: string;
  subject: string;
  details: Record<string, unknown>;
  prev_hash: string;
  hash: string;
}

const toEntry = (r: Row): AuditEntry => ({
  seq: Number(r.seq),
  at: r.at.toISOString(),
  actor: r.actor,
  action: r.action,
  subject: r.subject,
  details: r.details,
  prevHash: r.prev_hash,
  hash: r.hash,
});

export type VerifyOutcome =
  | { ok: true; entries: number; head: { seq: number; hash: string }; anchors: number }
  | { ok: false; firstBadSeq: number; reason?: 'truncated' };

/** The audit heads finalized results anchored (results frozen before anchoring have none). */
async function finalizedAnchors(db: Executor): Promise<Array<{ ballotId: string; seq: number; hash: string }>> {
  const { rows } = await db.query<{ ballot_id: string; seq: string; hash: string }>({
    name: 'audit-anchors',
    text: `SELECT ballot_id, result->'auditHead'->>'seq' AS seq, result->'auditHead'->>'hash' AS hash
           FROM ballot_results WHERE result ? 'auditHead' ORDER BY 2`,
  });
  return rows.map((r) => ({ ballotId: r.ballot_id, seq: Number(r.seq), hash: r.hash }));
}

export function auditRepository(db: Executor) {
  return {
    /**
     * Appends an entry. Call it with the transaction of the action it records, so the entry
     * exists if and only if the action committed.
     */
    async append(input: AuditInput, tx: Executor): Promise<AuditEntry> {
      await tx.query('SELECT pg_advisory_xact_lock($1)', [AUDIT_LOCK_ID]);
      const { rows } = await tx.query<{ seq: string; hash: string }>({
        name: 'audit-last',
        text: 'SELECT seq, hash FROM audit_log ORDER BY seq DESC LIMIT 1',
      });
      const seq = rows[0] ? Number(rows[0].seq) + 1 : 1;
      const prevHash = rows[0]?.hash ?? GENESIS_HASH;
      // JSON round trip: what we hash is exactly what reads back from jsonb.
      const details = JSON.parse(JSON.stringify(input.details ?? {})) as Record<string, unknown>;
      const entry = { seq, at: input.at.toISOString(), actor: input.actor, action: input.action, subject: input.subject, details };
      const hash = entryHash(prevHash, entry);
      await tx.query({
        name: 'audit-insert',
        text: `INSERT INTO audit_log (seq, at, actor, action, subject, ballot_id, details, prev_hash, hash)
               VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9)`,
        values: [seq, input.at, input.actor, input.action, input.subject, input.ballotId ?? null, details, prevHash, hash],
      });
      return { ...entry, prevHash, hash };
    },

    /**
     * The chain's head ({seq: 0, hash: GENESIS_HASH} when empty), with the append lock taken for the
     * rest of the transaction: the next append in it is exactly seq + 1.
     */
    async head(tx: Executor): Promise<{ seq: number; hash: string }> {
      await tx.query('SELECT pg_advisory_xact_lock($1)', [AUDIT_LOCK_ID]);
      const { rows } = await tx.query<{ seq: string; hash: string }>({ name: 'audit-last', text: 'SELECT seq, hash FROM audit_log ORDER BY seq DESC LIMIT 1' });
      return rows[0] ? { seq: Number(rows[0].seq), hash: rows[0].hash } : { seq: 0, hash: GENESIS_HASH };
    },

    async list(filter: { ballotId?: string; after?: number; limit: number }): Promise<AuditEntry[]> {
      const { rows } = await db.query<Row>({
        name: 'audit-list',
        text: `SELECT seq, at, actor, action, subject, details, prev_hash, hash FROM audit_log
               WHERE ($1::uuid IS NULL OR ballot_id = $1) AND seq > $2 ORDER BY seq LIMIT $3`,
        values: [filter.ballotId ?? null, filter.after ?? 0, filter.limit],
      });
      return rows.map(toEntry);
    },

    /**
     * Walks the whole chain in pages; reports the first entry whose link or hash is wrong, and the
     * head it checked. The chain must also still hold every head a finalized result anchored (with
     * that result's `ballot.finalized` entry right after it) and, when given, a head an auditor kept
     * (`expect`): a log cut short or rolled back fails at the first entry missing or changed.
     */
    async verify(expect?: { seq: number; hash: string }): Promise<VerifyOutcome> {
      const anchors = await finalizedAnchors(db);
      const checks = new Map<number, { hash?: string; finalizes?: string }>();
      for (const a of anchors) {
        checks.set(a.seq, { ...checks.get(a.seq), hash: a.hash });
        checks.set(a.seq + 1, { ...checks.get(a.seq + 1), finalizes: a.ballotId });
      }
      if (expect && expect.seq > 0) checks.set(expect.seq, { ...checks.get(expect.seq), hash: expect.hash });
      let prevHash = GENESIS_HASH;
      let expectedSeq = 1;
      let count = 0;
      for (;;) {
        const { rows } = await db.query<Row>({
          name: 'audit-verify-page',
          text: `SELECT seq, at, actor, action, subject, details, prev_hash, hash FROM audit_log WHERE seq >= $1 ORDER BY seq LIMIT 1000`,
          values: [expectedSeq],
        });
        if (rows.length === 0) break;
        for (const row of rows) {
          const e = toEntry(row);
          if (e.seq !== expectedSeq || e.prevHash !== prevHash || entryHash(prevHash, e) !== e.hash) {
            return { ok: false, firstBadSeq: expectedSeq };
          }
          const check = checks.get(e.seq);
          if (check && ((check.hash !== undefined && check.hash !== e.hash) || (check.finalizes !== undefined && (e.action !== 'ballot.finalized' || e.subject !== check.finalizes)))) {
            return { ok: false, firstBadSeq: e.seq };
          }
          prevHash = e.hash;
          expectedSeq += 1;
          count += 1;
        }
      }
      // Anchored or expected entries beyond the end: the log was cut short.
      const missing = [...checks.keys()].filter((seq) => seq > count);
      if (missing.length > 0) return { ok: false, firstBadSeq: count + 1, reason: 'truncated' };
      return { ok: true, entries: count, head: { seq: count, hash: prevHash }, anchors: anchors.length };
    },
  };
}
