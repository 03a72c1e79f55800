/**
 * Collects every source's votes and keeps what the service would accept. Written here rather than
 * using the earlier set's LedgerBuilder because that one is bound to the earlier set's calendar;
 * the vote, source and label shapes are the shared ones, so score.ts reads these labels unchanged.
 */
import type { Source, Vote } from '../heldout/ledger';
import type { Rng } from '../heldout/prng';
import { OpenidIssuer } from '../heldout/openids';
import { dayNumber } from './clock';

export class Collector {
  readonly sources: Source[] = [];
  readonly votes: Vote[] = [];
  private readonly openids: OpenidIssuer;

  constructor(
    private readonly rng: Rng,
    private readonly opensAt: number,
    private readonly closesAt: number,
  ) {
    this.openids = new OpenidIssuer(rng);
  }

  /** An openid never seen before in this ballot. */
  newAccount(): string {
    return this.openids.next();
  }

  source(s: Source): number {
    this.sources.push(s);
    return this.sources.length - 1;
  }

  add(vote: Vote): void {
    if (Number.isFinite(vote.at)) this.votes.push(vote);
  }

  /** Accepted votes in cast order, and per source how many would have been refused. */
  accept(): { votes: Vote[]; refused: Record<string, number> } {
    const sorted = [...this.votes].sort((x, y) => x.at - y.at);
    const lastDay = new Map<string, number>();
    const kept: Vote[] = [];
    const refused: Record<string, number> = {};
    for (const v of sorted) {
      const day = dayNumber(v.at);
      if (v.at < this.opensAt || v.at >= this.closesAt || lastDay.get(v.accountId) === day) {
        const name = this.sources[v.source].name;
        refused[name] = (refused[name] ?? 0) + 1;
        continue;
      }
      lastDay.set(v.accountId, day);
      kept.push(v);
    }
    return { votes: kept, refused };
  }
}
