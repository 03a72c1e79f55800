import { makeBallot } from './ballot';
import type { Run } from './catalogue';
import { labelParts, toLine, type LedgerLine, type Labels, type Vote } from './ledger';
import { addOrganic } from './people';
import { Rng } from './prng';

export interface Generated {
  lines: LedgerLine[];
  labels: Labels;
  /** Accepted votes with their source, for tests. */
  votes: Vote[];
  sourceKinds: string[];
}

/** One labelled ledger: the same (family, seed) always gives the same bytes. */
export function generate(run: Run): Generated {
  const rng = new Rng(`heldout:${run.family.id}:${run.seed}`);
  const ballot = makeBallot(rng.fork('ballot'));
  addOrganic(rng.fork('organic'), ballot, run.family.organicVotes(rng.fork('size')));
  run.family.build(rng.fork('family'), ballot);
  const { votes, refused } = ballot.ledger.accept();
  const ids = rng.fork('vote-ids');
  const lines = votes.map((v) => toLine(v, ids.uuid()));
  const { sources } = ballot.ledger;
  const labels: Labels = {
    family: run.family.id,
    seed: run.seed,
    split: run.split,
    kind: run.family.kind,
    description: run.family.description,
    opensAt: new Date(ballot.cal.opensAt).toISOString(),
    closesAt: new Date(ballot.cal.closesAt).toISOString(),
    candidates: ballot.candidates.length,
    totalVotes: lines.length,
    attacks: labelParts(votes, sources, ballot.candidates, 'attack'),
    honestSurges: labelParts(votes, sources, ballot.candidates, 'legit'),
    refused,
  };
  return { lines, labels, votes, sourceKinds: sources.map((s) => s.kind) };
}

export function ndjson(lines: readonly LedgerLine[]): string {
  return lines.map((l) => JSON.stringify(l)).join('\n') + '\n';
}
