import { Readable } from 'node:stream';
import type { Pool } from 'pg';
import type { Executor } from './db';
import { ledgerLineJson, type LedgerLine } from '../domain/digest';

/**
 * The vote ledger: every accepted vote of a ballot in cast order (votes.seq), read in keyset pages
 * so that neither the export nor finalize ever holds more than one page of votes in memory, and
 * every page is a short indexed query (votes_by_ballot_seq) well inside the statement timeout.
 */

export const LEDGER_PAGE_SIZE = 2000;

interface LedgerRow {
  seq: string;
  id: string;
  at: string;
  day: string;
  account_id: string;
  candidate_ids: string[];
  ip: string;
  user_agent: string;
}

/** The export's text form of time: PostgreSQL formats it, so no Date is built per vote. */
const PAGE_SQL = `SELECT seq, id,
         to_char(cast_at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"') AS at,
         to_char(day, 'YYYY-MM-DD') AS day,
         account_id, candidate_ids::text[] AS candidate_ids, ip, user_agent
  FROM votes WHERE ballot_id = $1 AND seq > $2 ORDER BY seq LIMIT $3`;

const toLine = (r: LedgerRow): LedgerLine => ({
  voteId: r.id,
  at: r.at,
  day: r.day,
  accountId: r.account_id,
  candidateIds: r.candidate_ids,
  ip: r.ip,
  userAgent: r.user_agent,
});

/** One page of the ledger after `afterSeq` (exclusive). */
export async function ledgerPage(
  db: Executor,
  ballotId: string,
  afterSeq: string,
  limit: number = LEDGER_PAGE_SIZE,
): Promise<{ lines: LedgerLine[]; lastSeq: string | null }> {
  const { rows } = await db.query<LedgerRow>({ name: 'ledger-page', text: PAGE_SQL, values: [ballotId, afterSeq, limit] });
  return { lines: rows.map(toLine), lastSeq: rows.length ? rows[rows.length - 1].seq : null };
}

/**
 * Every page of the ledger, in cast order. Run it inside one transaction (REPEATABLE READ, or with
 * the ballot locked after its close) for a consistent ledger: under READ COMMITTED a vote that
 * commits late with a lower seq could fall behind the page cursor.
 */
export async function* ledgerPages(db: Executor, ballotId: string, pageSize: number = LEDGER_PAGE_SIZE): AsyncGenerator<LedgerLine[]> {
  let after = '0';
  for (;;) {
    const page = await ledgerPage(db, ballotId, after, pageSize);
    if (page.lines.length > 0) yield page.lines;
    if (page.lastSeq === null || page.lines.length < pageSize) return;
    after = page.lastSeq;
  }
}

/**
 * The NDJSON export as a byte stream, from one REPEATABLE READ snapshot (the export is exactly the
 * votes committed at one instant, even while voting goes on). One page is produced only when the
 * consumer asks for more (backpressure); destroying the stream (client gone) ends the transaction
 * and returns the connection to the pool.
 */
export function ledgerExportStream(pool: Pool, ballotId: string, pageSize: number = LEDGER_PAGE_SIZE): Readable {
  async function* chunks(): AsyncGenerator<string> {
    const client = await pool.connect();
    let open = false;
    let broken = false;
    try {
      await client.query('BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY');
      open = true;
      for await (const lines of ledgerPages(client, ballotId, pageSize)) {
        let text = '';
        for (const line of lines) text += ledgerLineJson(line) + '\n';
        yield text;
      }
      await client.query('COMMIT');
      open = false;
    } catch (err) {
      broken = true;
      throw err;
    } finally {
      // Reached on normal end, on error, and when the consumer destroys the stream mid-way.
      if (open && !broken) {
        await client.query('ROLLBACK').catch(() => {
          broken = true;
        });
      }
      client.release(broken);
    }
  }
  // At most one page waits in the stream's buffer; the rest stays in PostgreSQL until asked for.
  return Readable.from(chunks(), { objectMode: false, highWaterMark: 1 });
}
