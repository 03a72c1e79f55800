import { shanghaiDayNumber } from '../../heldout/calendar';
import { OpenidIssuer } from '../../heldout/openids';
import type { Rng } from '../../heldout/prng';
import type { Ballot } from './ballot';

export type SourceKind = 'organic' | 'legit' | 'attack';

/** Who cast a vote. Never written to the ledger; labels are built from it. */
export interface Source {
  name: string;
  kind: SourceKind;
  candidateId?: string;
  /** Sources sharing a group form one labelled attack or surge, one window per source. */
  group?: string;
}

export interface Cast {
  at: number;
  accountId: string;
  candidateIds: readonly string[];
  ip: string;
  userAgent: string;
  source: number;
}

/**
 * Every vote attempt of a run, from every source, and what the service would keep of them: one
 * vote per account per Asia/Shanghai day, inside the ballot window.
 */
export class VoteLedger {
  readonly sources: Source[] = [];
  private readonly casts: Cast[] = [];
  private readonly openids: OpenidIssuer;
  private readonly candidateIds: Set<string>;

  constructor(
    rng: Rng,
    private readonly ballot: Ballot,
  ) {
    this.openids = new OpenidIssuer(rng);
    this.candidateIds = new Set(ballot.candidates.map((c) => c.id));
  }

  /** A WeChat openid never issued before under this official account. */
  newAccount(): string {
    return this.openids.next();
  }

  source(s: Source): number {
    this.sources.push(s);
    return this.sources.length - 1;
  }

  /** Records an attempt; a time that fell outside every sampler's range (NaN) is dropped. */
  cast(c: Cast): void {
    if (!Number.isFinite(c.at)) return;
    const ids = c.candidateIds;
    // A selection the page could not send is a bug in a family, not a refused vote.
    if (ids.length < 1 || ids.length > this.ballot.maxChoices || new Set(ids).size !== ids.length || ids.some((id) => !this.candidateIds.has(id))) {
      throw new Error(`invalid selection from ${this.sources[c.source]?.name}: ${ids.join(',')}`);
    }
    this.casts.push(c);
  }

  all(): readonly Cast[] {
    return this.casts;
  }

  /** Accepted votes in cast order, and per source how many the service would have refused. */
  accept(): { votes: Cast[]; refused: Record<string, number> } {
    const { opensAt, closesAt } = this.ballot.cal;
    // Stable sort: attempts at the same instant keep the order they were made in.
    const sorted = [...this.casts].sort((a, b) => a.at - b.at);
    const lastDay = new Map<string, number>();
    const votes: Cast[] = [];
    const refused: Record<string, number> = {};
    for (const c of sorted) {
      const day = shanghaiDayNumber(c.at);
      if (c.at < opensAt || c.at >= closesAt || lastDay.get(c.accountId) === day) {
        const name = this.sources[c.source].name;
        refused[name] = (refused[name] ?? 0) + 1;
        continue;
      }
      lastDay.set(c.accountId, day);
      votes.push(c);
    }
    return { votes, refused };
  }
}

