import type { Executor } from '../storage/db';
import { countVotes, type Tally } from '../storage/tally-queries';

/**
 * Live vote counts. Read by the public ballot page and the provisional scores.
 * This first version reads PostgreSQL directly; the voting work replaces it with Redis counters
 * that are rebuilt from PostgreSQL when lost.
 */
export interface Tallies {
  read(ballotId: string): Promise<Tally>;
}

export function createTallies(db: Executor): Tallies {
  return { read: (ballotId) => countVotes(db, ballotId) };
}
