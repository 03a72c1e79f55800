import { isIP } from 'node:net';
import { shanghaiDate, shanghaiDayNumber } from '../../load-tests/heldout/calendar';
import { ndjson } from '../../load-tests/heldout/generate';
import type { Labels, LedgerLine, Source, Vote } from '../../load-tests/heldout/ledger';

/**
 * The checks every blind held-out set's generator must pass, whatever its own model: a run is a
 * function of family, seed and scale; its ledger holds only what the service accepts; its labels
 * agree with the votes. Each set's test adds its catalogue and its families' own shapes.
 */
export interface GeneratedRun {
  lines: LedgerLine[];
  labels: Labels;
  ballot: { candidates: ReadonlyArray<{ id: string; name: string }>; cal: { opensAt: number; closesAt: number }; maxChoices: number };
  votes: ReadonlyArray<{ candidateIds: readonly string[]; source: number }>;
  sources: readonly Source[];
}

export interface HeldoutSet<R extends { seed: number; split: string }, G extends GeneratedRun> {
  /** The set's letter, as in its bench's name. */
  name: string;
  families: ReadonlyArray<{ id: string; kind: 'attack' | 'legit'; seeds: readonly number[] }>;
  runs: (filter?: { family?: string; seed?: number }) => R[];
  /** A family with seeds 1-3 and one with only 1-2, for the catalogue's filters. */
  threeSeeds: string;
  twoSeeds: string;
  generate: (run: R, opts: { crowdScale: number }) => G;
  /** Crowd scale small enough that every family generates in a few seconds. */
  scale: number;
  /** What a WeChat user agent of this set looks like. */
  userAgent: RegExp;
}

export function describeHeldoutSet<R extends { seed: number; split: string }, G extends GeneratedRun>(set: HeldoutSet<R, G>): void {
  describe(`set ${set.name} catalogue`, () => {
    it('holds at least 7 attack and 8 honest families, 2-3 seeds each, 30-45 runs', () => {
      const { families, runs } = set;
      expect(families.filter((f) => f.kind === 'attack').length).toBeGreaterThanOrEqual(7);
      expect(families.filter((f) => f.kind === 'legit').length).toBeGreaterThanOrEqual(8);
      expect(new Set(families.map((f) => f.id)).size).toBe(families.length);
      for (const f of families) expect(f.seeds.length).toBeGreaterThanOrEqual(2);
      for (const f of families) expect(f.seeds.length).toBeLessThanOrEqual(3);
      expect(runs().length).toBeGreaterThanOrEqual(30);
      expect(runs().length).toBeLessThanOrEqual(45);
    });

    it('narrows runs by family (any case) and seed', () => {
      const { runs } = set;
      expect(runs({ family: set.threeSeeds.toLowerCase() }).map((r) => r.seed)).toEqual([1, 2, 3]);
      expect(runs({ seed: 3 }).every((r) => r.seed === 3)).toBe(true);
      expect(runs({ family: set.twoSeeds, seed: 3 })).toEqual([]);
      expect(runs().every((r) => r.split === 'holdout')).toBe(true);
    });
  });
  describeHeldoutFamilies(set);
}

function describeHeldoutFamilies<R extends { seed: number; split: string }, G extends GeneratedRun>(set: HeldoutSet<R, G>): void {
  const seedOne = new Map<string, G>();
  const g = (id: string) => {
    let run = seedOne.get(id);
    if (!run) seedOne.set(id, (run = set.generate(set.runs({ family: id, seed: 1 })[0], { crowdScale: set.scale })));
    return run;
  };

  describe.each(set.families.map((f) => [f.id, f.kind] as const))('family %s (%s)', (id, kind) => {
    it('is a function of family, seed and scale', () => {
      const run = set.runs({ family: id, seed: 1 })[0];
      expect(ndjson(set.generate(run, { crowdScale: set.scale }).lines)).toBe(ndjson(g(id).lines));
      const other = set.runs({ family: id, seed: 2 })[0];
      expect(ndjson(set.generate(other, { crowdScale: set.scale }).lines)).not.toBe(ndjson(g(id).lines));
    });

    it('keeps only votes the service accepts: in the window, one per account per day, valid selections', () => {
      expect(ledgerProblems(g(id), set.userAgent)).toEqual([]);
    });

    it('labels agree with the ledger', () => {
      const { labels, lines, votes, sources, ballot } = g(id);
      expect(labels.family).toBe(id);
      expect(labels.split).toBe('holdout');
      expect(labels.kind).toBe(kind);
      expect(labels.totalVotes).toBe(lines.length);
      expect(labels.candidates).toBe(ballot.candidates.length);
      if (labels.kind === 'attack') expect(labels.attacks.length).toBeGreaterThan(0);
      else {
        expect(labels.attacks).toEqual([]);
        expect(labels.honestSurges.length).toBeGreaterThan(0);
        expect(votes.some((v) => sources[v.source].kind === 'attack')).toBe(false);
      }
      for (const k of ['attack', 'legit'] as const) {
        const parts = k === 'attack' ? labels.attacks : labels.honestSurges;
        const labelled = new Map<string, number>();
        for (const p of parts) {
          expect(ballot.candidates.find((c) => c.id === p.candidateId)?.name).toBe(p.candidateName);
          expect(p.votes).toBe(p.windows.reduce((n, w) => n + w.votes, 0));
          for (const w of p.windows) {
            expect(Date.parse(w.start)).toBeLessThanOrEqual(Date.parse(w.end));
            expect(Date.parse(w.start)).toBeGreaterThanOrEqual(ballot.cal.opensAt);
            expect(Date.parse(w.end)).toBeLessThan(ballot.cal.closesAt);
          }
          labelled.set(p.candidateId, (labelled.get(p.candidateId) ?? 0) + p.votes);
        }
        const counted = new Map<string, number>();
        let unselected = 0;
        for (const v of votes) {
          const s = sources[v.source];
          if (s.kind !== k) continue;
          // Every labelled vote selects the candidate it is labelled for.
          if (!v.candidateIds.includes(s.candidateId ?? '')) unselected++;
          counted.set(s.candidateId ?? '', (counted.get(s.candidateId ?? '') ?? 0) + 1);
        }
        expect(unselected).toBe(0);
        expect(counted).toEqual(labelled);
      }
    });
  });
}

/** What the service would have refused or could not have written, one line per problem (checked in bulk: expect per vote is slow). */
export function ledgerProblems({ lines, ballot }: GeneratedRun, userAgent: RegExp): string[] {
  const out: string[] = [];
  const ids = new Set(ballot.candidates.map((c) => c.id));
  const seen = new Set<string>();
  let previous = 0;
  for (const l of lines) {
    const at = Date.parse(l.at);
    const fail = (why: string) => out.push(`${l.voteId}: ${why}`);
    if (at < previous) fail('out of cast order');
    previous = at;
    if (at < ballot.cal.opensAt || at >= ballot.cal.closesAt) fail('outside the ballot window');
    if (l.day !== shanghaiDate(at)) fail(`day ${l.day} is not the Shanghai date of ${l.at}`);
    const key = `${l.accountId}:${shanghaiDayNumber(at)}`;
    if (seen.has(key)) fail('second vote of the account that day');
    seen.add(key);
    const c = l.candidateIds;
    if (c.length < 1 || c.length > ballot.maxChoices || new Set(c).size !== c.length || c.some((id) => !ids.has(id))) fail(`invalid selection ${c.join(',')}`);
    if (isIP(l.ip) === 0) fail(`not an address: ${l.ip}`);
    if (!userAgent.test(l.userAgent)) fail(`not a WeChat user agent: ${l.userAgent}`);
  }
  if (new Set(lines.map((l) => l.voteId)).size !== lines.length) out.push('repeated vote ids');
  return out.slice(0, 5);
}

/**
 * The shape every set's first family must have (issue 18's first failure family): a script hidden
 * in a genuine mobilization, under a third of the burst, from a few hosting /24s with few user
 * agents. Returns the script's votes for the set's own further checks (its pace, its hour).
 */
export function expectScriptInMobilization(
  { votes, sources }: { votes: readonly Vote[]; sources: readonly Source[] },
  o: { minVotes: number; userAgents: number; prefixes: number },
): Vote[] {
  const script = votes.filter((v) => sources[v.source].kind === 'attack');
  const burst = votes.filter((v) => sources[v.source].kind === 'legit').length + script.length;
  expect(script.length).toBeGreaterThan(o.minVotes);
  expect(script.length).toBeLessThan(burst / 3);
  expect(new Set(script.map((v) => v.userAgent)).size).toBeLessThanOrEqual(o.userAgents);
  expect(new Set(script.map((v) => v.ip.split('.').slice(0, 3).join('.'))).size).toBeLessThanOrEqual(o.prefixes);
  return script;
}
