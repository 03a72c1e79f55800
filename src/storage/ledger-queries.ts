import { Readable } from 'node:stream';
import type { Pool } from 'pg';
import type { Executor } from './db';

/**
 * The vote ledger: every accepted vote of a ballot in cast order (votes.seq), read in keyset pages,
 * so that neither the export nor finalize ever holds more than one page in memory and every page is
 * a short indexed query, well inside the statement timeout.
 *
 * PostgreSQL writes each line itself, already in its canonical form (the form `ledgerLineJson` in
 * src/domain/digest.ts defines, and the digest hashes) and joins a page into one text value: the
 * service then moves one string per page instead of parsing and re-serializing eight columns per
 * vote. PostgreSQL's JSON string escaping (to_json) is the same as JSON.stringify's for any text
 * PostgreSQL can store; the ledger tests pin the equality on awkward strings.
 */

export const LEDGER_PAGE_SIZE = 4000;

// Keys in sorted order: {accountId, at, candidateIds, day, ip, userAgent, voteId}.
const LINE_SQL = `'{"accountId":' || to_json(account_id)::text
  || ',"at":"' || to_char(cast_at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"')
  || '","candidateIds":' || to_json(candidate_ids::text[])::text
  || ',"day":"' || to_char(day, 'YYYY-MM-DD')
  || '","ip":' || to_json(ip)::text
  || ',"userAgent":' || to_json(user_agent)::text
  || ',"voteId":"' || id::text || '"}' || E'\\n'`;

const PAGE_SQL = `SELECT max(seq)::text AS last_seq, count(*)::int AS lines, coalesce(string_agg(line, '' ORDER BY seq), '') AS text
  FROM (SELECT seq, ${LINE_SQL} AS line FROM votes WHERE ballot_id = $1 AND seq > $2 ORDER BY seq LIMIT $3) AS page`;

export interface LedgerChunk {
  /** `lines` ledger lines, each followed by "\n". */
  text: string;
  lines: number;
}

/** One page of the ledger after `afterSeq` (exclusive). */
export async function ledgerPage(
  db: Executor,
  ballotId: string,
  afterSeq: string,
  limit: number = LEDGER_PAGE_SIZE,
): Promise<LedgerChunk & { lastSeq: string | null }> {
  const { rows } = await db.query<{ last_seq: string | null; lines: number; text: string }>({
    name: 'ledger-page',
    text: PAGE_SQL,
    values: [ballotId, afterSeq, limit],
  });
  return { text: rows[0].text, lines: rows[0].lines, lastSeq: rows[0].last_seq };
}

/**
 * Every page of the ledger, in cast order. Run it inside one transaction for a consistent ledger
 * (REPEATABLE READ, or with the ballot row locked, which holds back vote inserts through their
 * foreign-key lock): under plain READ COMMITTED a vote committing late with a lower seq could
 * fall behind the page cursor.
 */
export async function* ledgerChunks(db: Executor, ballotId: string, pageSize: number = LEDGER_PAGE_SIZE): AsyncGenerator<LedgerChunk> {
  let after = '0';
  for (;;) {
    const page = await ledgerPage(db, ballotId, after, pageSize);
    if (page.lines > 0) yield { text: page.text, lines: page.lines };
    if (page.lastSeq === null || page.lines < pageSize) return;
    after = page.lastSeq;
  }
}

/**
 * The NDJSON export as a byte stream, from one REPEATABLE READ snapshot (the export is exactly the
 * votes committed at one instant, even while voting goes on). A page is read only when the consumer
 * asks for more (backpressure); destroying the stream (client gone) ends the transaction and
 * returns the connection to the pool.
 */
export function ledgerExportStream(
  pool: Pool,
  ballotId: string,
  opts: { pageSize?: number; idleTimeoutMs?: number } = {},
): Readable {
  const pageSize = opts.pageSize ?? LEDGER_PAGE_SIZE;
  async function* chunks(): AsyncGenerator<string> {
    const client = await pool.connect();
    let open = false;
    let broken = false;
    // PostgreSQL ending the session (idle timeout, restart) ends the export at once, even while
    // the generator waits for a client that stopped reading: its connection and slot come back.
    const onError = (err: Error) => {
      broken = true;
      stream.destroy(err);
    };
    client.on('error', onError);
    try {
      await client.query('BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY');
      open = true;
      if (opts.idleTimeoutMs !== undefined) {
        // A client that stops reading leaves the transaction idle: PostgreSQL ends it after this long.
        await client.query(`SET LOCAL idle_in_transaction_session_timeout = ${Math.floor(opts.idleTimeoutMs)}`);
      }
      for await (const chunk of ledgerChunks(client, ballotId, pageSize)) yield chunk.text;
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
      client.off('error', onError);
      client.release(broken);
    }
  }
  // At most one page waits in the stream's buffer; the rest stays in PostgreSQL until asked for.
  const stream = Readable.from(chunks(), { objectMode: false, highWaterMark: 1 });
  return stream;
}
