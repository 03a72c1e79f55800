import { createWriteStream } from 'node:fs';
import { once } from 'node:events';
import { dayOf } from '../domain/calendar';
import type { SimulatedLedger } from './scenarios';

/** Writes the simulated votes as the ledger export's NDJSON lines, in cast order. */
export async function writeLedger(path: string, sim: SimulatedLedger): Promise<void> {
  const out = createWriteStream(path, { encoding: 'utf8' });
  for (const v of sim.votes) {
    const at = new Date(v.at);
    const line = JSON.stringify({ voteId: v.voteId, at: at.toISOString(), day: dayOf(at), accountId: v.accountId, candidateIds: v.candidateIds, ip: v.ip, userAgent: v.userAgent });
    if (!out.write(`${line}\n`)) await once(out, 'drain');
  }
  out.end();
  await once(out, 'finish');
}
