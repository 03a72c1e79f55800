import { shanghaiDate, shanghaiDayNumber, type BallotCalendar } from './calendar';
import type { Rng } from './prng';
import { OpenidIssuer } from './openids';

export interface Candidate {
  id: string;
  name: string;
  city: string;
}

/** Who produced a vote: the organic crowd, an honest surge, or an attack. Never written to the ledger. */
export interface Source {
  name: string;
  kind: 'organic' | 'legit' | 'attack';
  candidateId?: string;
  /** Votes of sources sharing a group label form one attack (or surge) with one window per source. */
  group?: string;
}

export interface Vote {
  at: number;
  accountId: string;
  candidateIds: readonly string[];
  ip: string;
  userAgent: string;
  source: number;
}

export interface LedgerLine {
  voteId: string;
  at: string;
  day: string;
  accountId: string;
  candidateIds: readonly string[];
  ip: string;
  userAgent: string;
}

export interface Window {
  start: string;
  end: string;
  votes: number;
}

export interface LabelledPart {
  group: string;
  candidateId: string;
  candidateName: string;
  windows: Window[];
  votes: number;
}

export interface Labels {
  family: string;
  seed: number;
  split: 'tune' | 'holdout';
  kind: 'attack' | 'legit';
  description: string;
  opensAt: string;
  closesAt: string;
  candidates: number;
  totalVotes: number;
  /** Attacked candidates with their windows: empty in a legitimate scenario. */
  attacks: LabelledPart[];
  /** The honest surges the scenario is built around (what a detector must not flag). */
  honestSurges: LabelledPart[];
  /** Votes the service would have refused (second vote in a day, outside the window), per source. */
  refused: Record<string, number>;
}

/** Collects votes from every source, then keeps what the service would accept, in cast order. */
export class LedgerBuilder {
  readonly sources: Source[] = [];
  private readonly votes: Vote[] = [];
  private readonly openids: OpenidIssuer;

  constructor(
    private readonly rng: Rng,
    readonly cal: BallotCalendar,
    readonly candidates: readonly Candidate[],
  ) {
    this.openids = new OpenidIssuer(rng);
  }

  /** A WeChat openid never issued before in this ballot. */
  newAccount(): string {
    return this.openids.next();
  }

  source(s: Source): number {
    this.sources.push(s);
    return this.sources.length - 1;
  }

  /** Votes added so far, unsorted and unfiltered (for families that size themselves on the crowd). */
  added(): readonly Vote[] {
    return this.votes;
  }

  add(vote: Vote): void {
    if (Number.isFinite(vote.at)) this.votes.push(vote);
  }

  /** Accepted votes in cast order, and per source how many the service would have refused. */
  accept(): { votes: Vote[]; refused: Record<string, number> } {
    // Array.prototype.sort is stable: equal instants keep the order they were added in.
    const sorted = [...this.votes].sort((x, y) => x.at - y.at);
    // In cast order, an account's second vote of a day always meets its first as the last one kept.
    const lastDay = new Map<string, number>();
    const kept: Vote[] = [];
    const refused: Record<string, number> = {};
    for (const v of sorted) {
      const day = shanghaiDayNumber(v.at);
      if (v.at < this.cal.opensAt || v.at >= this.cal.closesAt || lastDay.get(v.accountId) === day) {
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

/** What a run's labels say of it besides its ledger: family, seed and split. */
export interface RunInfo {
  family: { id: string; kind: 'attack' | 'legit'; description: string };
  seed: number;
  split: 'tune' | 'holdout';
}

/**
 * A run's ledger lines and labels, from its accepted votes. `ids` draws the vote ids: each
 * generator forks it ('vote-ids') after its families ran, so the ids never shift the votes.
 */
export function labelLedger(
  run: RunInfo,
  cal: { opensAt: number; closesAt: number },
  candidates: readonly Candidate[],
  accepted: { votes: readonly Vote[]; refused: Record<string, number> },
  sources: readonly Source[],
  ids: Rng,
): { lines: LedgerLine[]; labels: Labels } {
  const { votes, refused } = accepted;
  const lines = votes.map((v) => toLine(v, ids.uuid()));
  const labels: Labels = {
    family: run.family.id,
    seed: run.seed,
    split: run.split,
    kind: run.family.kind,
    description: run.family.description,
    opensAt: new Date(cal.opensAt).toISOString(),
    closesAt: new Date(cal.closesAt).toISOString(),
    candidates: candidates.length,
    totalVotes: lines.length,
    attacks: labelParts(votes, sources, candidates, 'attack'),
    honestSurges: labelParts(votes, sources, candidates, 'legit'),
    refused,
  };
  return { lines, labels };
}

export function toLine(v: Vote, voteId: string): LedgerLine {
  return { voteId, at: new Date(v.at).toISOString(), day: shanghaiDateCached(v.at), accountId: v.accountId, candidateIds: v.candidateIds, ip: v.ip, userAgent: v.userAgent };
}

const dates = new Map<number, string>();
function shanghaiDateCached(ms: number): string {
  const n = shanghaiDayNumber(ms);
  let d = dates.get(n);
  if (d === undefined) dates.set(n, (d = shanghaiDate(ms)));
  return d;
}

/** Windows of each group, one per source of the group: first to last accepted vote. */
export function labelParts(votes: readonly Vote[], sources: readonly Source[], candidates: readonly Candidate[], kind: 'legit' | 'attack'): LabelledPart[] {
  const bySource = new Map<number, { start: number; end: number; votes: number }>();
  for (const v of votes) {
    if (sources[v.source].kind !== kind) continue;
    const w = bySource.get(v.source);
    if (!w) bySource.set(v.source, { start: v.at, end: v.at, votes: 1 });
    else {
      w.end = v.at;
      w.votes++;
    }
  }
  const parts = new Map<string, LabelledPart>();
  for (const [sourceIndex, w] of [...bySource].sort((a, b) => a[1].start - b[1].start)) {
    const s = sources[sourceIndex];
    const group = s.group ?? s.name;
    const candidateId = s.candidateId ?? '';
    let part = parts.get(group);
    if (!part) {
      const name = candidates.find((c) => c.id === candidateId)?.name ?? '';
      part = { group, candidateId, candidateName: name, windows: [], votes: 0 };
      parts.set(group, part);
    }
    part.windows.push({ start: new Date(w.start).toISOString(), end: new Date(w.end).toISOString(), votes: w.votes });
    part.votes += w.votes;
  }
  return [...parts.values()];
}

