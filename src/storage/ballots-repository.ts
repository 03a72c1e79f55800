import { randomUUID } from 'node:crypto';
import type { Executor } from './db';
import type { Ballot, BallotWithCandidates, Candidate, Category } from '../domain/ballot';
import type { BallotStatus } from '../domain/calendar';

interface BallotRow {
  id: string;
  title: string;
  category: Category;
  year: number;
  seats: number;
  max_choices: number;
  opens_at: Date;
  duration_days: number;
  closes_at: Date;
  show_live_counts: boolean;
  status: BallotStatus;
  created_at: Date;
  published_at: Date | null;
  finalized_at: Date | null;
}

interface CandidateRow {
  id: string;
  ballot_id: string;
  position: number;
  name: string;
  city: string;
  county: string | null;
  summary: string | null;
}

const BALLOT_COLUMNS = `id, title, category, year, seats, max_choices, opens_at, duration_days, closes_at,
  show_live_counts, status, created_at, published_at, finalized_at`;
const CANDIDATE_COLUMNS = 'id, ballot_id, position, name, city, county, summary';

const toBallot = (r: BallotRow): Ballot => ({
  id: r.id,
  title: r.title,
  category: r.category,
  year: r.year,
  seats: r.seats,
  maxChoices: r.max_choices,
  opensAt: r.opens_at,
  durationDays: r.duration_days,
  closesAt: r.closes_at,
  showLiveCounts: r.show_live_counts,
  status: r.status,
  createdAt: r.created_at,
  publishedAt: r.published_at,
  finalizedAt: r.finalized_at,
});

const toCandidate = (r: CandidateRow): Candidate => ({
  id: r.id,
  ballotId: r.ballot_id,
  position: r.position,
  name: r.name,
  city: r.city,
  county: r.county,
  summary: r.summary,
});

/** A ballot to insert: the office's choices, the derived closing time, and the creation instant. */
export type NewBallot = Pick<
  Ballot,
  'title' | 'category' | 'year' | 'seats' | 'maxChoices' | 'opensAt' | 'durationDays' | 'closesAt' | 'showLiveCounts'
> & { now: Date };

export interface NewCandidate {
  name: string;
  city: string;
  county?: string | null;
  summary?: string | null;
}

export function ballotsRepository(db: Executor) {
  return {
    async insert(b: NewBallot, tx: Executor = db): Promise<Ballot> {
      const { rows } = await tx.query<BallotRow>({
        name: 'ballots-insert',
        text: `INSERT INTO ballots (id, title, category, year, seats, max_choices, opens_at, duration_days, closes_at, show_live_counts, created_at)
               VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11) RETURNING ${BALLOT_COLUMNS}`,
        values: [randomUUID(), b.title, b.category, b.year, b.seats, b.maxChoices, b.opensAt, b.durationDays, b.closesAt, b.showLiveCounts, b.now],
      });
      return toBallot(rows[0]);
    },

    async findById(id: string, tx: Executor = db): Promise<Ballot | null> {
      const { rows } = await tx.query<BallotRow>({ name: 'ballots-find', text: `SELECT ${BALLOT_COLUMNS} FROM ballots WHERE id = $1`, values: [id] });
      return rows[0] ? toBallot(rows[0]) : null;
    },

    /** Locks the ballot row for the rest of the transaction (state changes serialize on it). */
    async findByIdForUpdate(id: string, tx: Executor): Promise<Ballot | null> {
      const { rows } = await tx.query<BallotRow>({
        name: 'ballots-find-for-update',
        text: `SELECT ${BALLOT_COLUMNS} FROM ballots WHERE id = $1 FOR UPDATE`,
        values: [id],
      });
      return rows[0] ? toBallot(rows[0]) : null;
    },

    async findWithCandidates(id: string, tx: Executor = db): Promise<BallotWithCandidates | null> {
      const ballot = await this.findById(id, tx);
      if (!ballot) return null;
      return { ...ballot, candidates: await this.listCandidates(id, tx) };
    },

    /** Published and finalized ballots, newest opening first (drafts are never public). */
    async listPublic(tx: Executor = db): Promise<Ballot[]> {
      const { rows } = await tx.query<BallotRow>({
        name: 'ballots-list-public',
        text: `SELECT ${BALLOT_COLUMNS} FROM ballots WHERE status <> 'draft' ORDER BY opens_at DESC, id`,
      });
      return rows.map(toBallot);
    },

    async listAll(tx: Executor = db): Promise<Ballot[]> {
      const { rows } = await tx.query<BallotRow>({ name: 'ballots-list-all', text: `SELECT ${BALLOT_COLUMNS} FROM ballots ORDER BY created_at DESC, id` });
      return rows.map(toBallot);
    },

    async listCandidates(ballotId: string, tx: Executor = db): Promise<Candidate[]> {
      const { rows } = await tx.query<CandidateRow>({
        name: 'candidates-list',
        text: `SELECT ${CANDIDATE_COLUMNS} FROM candidates WHERE ballot_id = $1 ORDER BY position, id`,
        values: [ballotId],
      });
      return rows.map(toCandidate);
    },

    async insertCandidates(ballotId: string, list: NewCandidate[], now: Date, tx: Executor): Promise<Candidate[]> {
      const { rows: last } = await tx.query<{ max: number | null }>({
        name: 'candidates-max-position',
        text: 'SELECT max(position) AS max FROM candidates WHERE ballot_id = $1',
        values: [ballotId],
      });
      const start = (last[0]?.max ?? 0) + 1;
      const ids = list.map(() => randomUUID());
      const { rows } = await tx.query<CandidateRow>({
        name: 'candidates-insert',
        text: `INSERT INTO candidates (id, ballot_id, position, name, city, county, summary, created_at)
               SELECT u.id, $1, u.position, u.name, u.city, u.county, u.summary, $2
               FROM unnest($3::uuid[], $4::int[], $5::text[], $6::text[], $7::text[], $8::text[])
                 AS u(id, position, name, city, county, summary)
               RETURNING ${CANDIDATE_COLUMNS}`,
        values: [
          ballotId,
          now,
          ids,
          list.map((_, i) => start + i),
          list.map((c) => c.name),
          list.map((c) => c.city),
          list.map((c) => c.county ?? null),
          list.map((c) => c.summary ?? null),
        ],
      });
      return rows.map(toCandidate).sort((a, b) => a.position - b.position);
    },

    async deleteCandidate(ballotId: string, candidateId: string, tx: Executor): Promise<boolean> {
      const { rowCount } = await tx.query({
        name: 'candidates-delete',
        text: 'DELETE FROM candidates WHERE ballot_id = $1 AND id = $2',
        values: [ballotId, candidateId],
      });
      return (rowCount ?? 0) > 0;
    },

    /** Deletes one candidate of a ballot and returns it (for the audit entry); null when absent. */
    async removeCandidate(ballotId: string, candidateId: string, tx: Executor): Promise<Candidate | null> {
      const { rows } = await tx.query<CandidateRow>({
        name: 'candidates-remove',
        text: `DELETE FROM candidates WHERE ballot_id = $1 AND id = $2 RETURNING ${CANDIDATE_COLUMNS}`,
        values: [ballotId, candidateId],
      });
      return rows[0] ? toCandidate(rows[0]) : null;
    },

    async countCandidates(ballotId: string, tx: Executor = db): Promise<number> {
      const { rows } = await tx.query<{ n: number }>({
        name: 'candidates-count',
        text: 'SELECT count(*)::int AS n FROM candidates WHERE ballot_id = $1',
        values: [ballotId],
      });
      return rows[0]?.n ?? 0;
    },

    async setStatus(id: string, status: BallotStatus, at: Date, tx: Executor): Promise<Ballot> {
      const { rows } = await tx.query<BallotRow>({
        name: 'ballots-set-status',
        text: `UPDATE ballots SET status = $2,
                 published_at = CASE WHEN $2 = 'published' THEN $3 ELSE published_at END,
                 finalized_at = CASE WHEN $2 = 'finalized' THEN $3 ELSE finalized_at END
               WHERE id = $1 RETURNING ${BALLOT_COLUMNS}`,
        values: [id, status, at],
      });
      return toBallot(rows[0]);
    },
  };
}

export type BallotsRepository = ReturnType<typeof ballotsRepository>;
