import { createWriteStream } from 'node:fs';
import { once } from 'node:events';
import { finished } from 'node:stream/promises';
import { makeBallot } from './ballot';
import type { Run } from './catalogue';
import { labelLedger, type LedgerLine, type Labels, type Vote } from './ledger';
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
  const accepted = ballot.ledger.accept();
  const { votes } = accepted;
  const { sources } = ballot.ledger;
  const { lines, labels } = labelLedger(run, ballot.cal, ballot.candidates, accepted, sources, rng.fork('vote-ids'));
  return { lines, labels, votes, sourceKinds: sources.map((s) => s.kind) };
}

const quoted = new Map<string, string>();
/** JSON.stringify of a string the ledger repeats (user agents, addresses), made once. */
function q(text: string): string {
  let out = quoted.get(text);
  if (out === undefined) {
    out = JSON.stringify(text);
    if (quoted.size < 200_000) quoted.set(text, out);
  }
  return out;
}

/** The ledger export's lines, in chunks of `size` lines, each line as JSON.stringify would write it. */
export function* ndjsonChunks(lines: readonly LedgerLine[], size = 2000): Generator<string> {
  for (let start = 0; start < lines.length; start += size) {
    let chunk = '';
    for (let i = start; i < Math.min(lines.length, start + size); i++) {
      const l = lines[i];
      chunk +=
        `{"voteId":"${l.voteId}","at":"${l.at}","day":"${l.day}","accountId":${JSON.stringify(l.accountId)},` +
        `"candidateIds":${JSON.stringify(l.candidateIds)},"ip":${q(l.ip)},"userAgent":${q(l.userAgent)}}\n`;
    }
    yield chunk;
  }
}

export function ndjson(lines: readonly LedgerLine[]): string {
  return [...ndjsonChunks(lines)].join('');
}

/** Writes the ledger file chunk by chunk, so a 300k-vote ledger is never one string. */
export async function writeLedger(file: string, lines: readonly LedgerLine[]): Promise<void> {
  const out = createWriteStream(file);
  for (const chunk of ndjsonChunks(lines)) {
    if (!out.write(chunk)) await once(out, 'drain');
  }
  out.end();
  await finished(out);
}
