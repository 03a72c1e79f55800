import { isIP } from 'node:net';
import { parseBenchOptions } from '../../load-tests/heldout/bench-kit';
import { ndjson } from '../../load-tests/heldout/generate';
import { allRuns, FAMILY_IDS, selectRuns, type Run } from '../../load-tests/heldout-d/catalogue';
import { FAMILIES } from '../../load-tests/heldout-d/families';
import { generate, type Generated } from '../../load-tests/heldout-d/generate';
import type { Vote } from '../../load-tests/heldout/ledger';

/**
 * Set D's generator, checked as a generator: same input, same bytes; labels that agree with the
 * ledger they describe; a ledger the service could have produced. The organic crowd is shrunk
 * (families stay full size) so every family runs in a few seconds.
 */

const SCALE = 0.05;
const runOf = (id: string, seed: number): Run => ({ family: FAMILIES.find((f) => f.id === id)!, seed, split: 'holdout' });

const cache = new Map<string, Generated>();
function small(run: Run): Generated {
  const key = `${run.family.id}:${run.seed}`;
  let g = cache.get(key);
  if (!g) cache.set(key, (g = generate(run, { organicScale: SCALE })));
  return g;
}

const shanghaiDate = (ms: number): string => new Date(ms + 8 * 3_600_000).toISOString().slice(0, 10);

describe('set D catalogue', () => {
  it('has at least 7 attack and 8 legitimate families, each with 2-3 seeds, 30-45 runs in all', () => {
    expect(FAMILIES.filter((f) => f.kind === 'attack').length).toBeGreaterThanOrEqual(7);
    expect(FAMILIES.filter((f) => f.kind === 'legit').length).toBeGreaterThanOrEqual(8);
    for (const f of FAMILIES) expect([2, 3]).toContain(f.seeds.length);
    expect(FAMILY_IDS).toEqual(FAMILIES.map((_, i) => `D${i + 1}`));
    expect(allRuns().length).toBeGreaterThanOrEqual(30);
    expect(allRuns().length).toBeLessThanOrEqual(45);
  });

  it('gives each seed its own ballot and crowd', () => {
    for (const id of ['D1', 'D10', 'D15']) {
      const [a, b] = [1, 2].map((seed) => small(runOf(id, seed)));
      expect(a.labels.opensAt === b.labels.opensAt && a.lines.length === b.lines.length).toBe(false);
      expect(a.lines[0].accountId).not.toBe(b.lines[0].accountId);
    }
  });

  it('takes the bench flags every held-out set takes', () => {
    const opts = parseBenchOptions(['--family', 'd7', '--seed', '9', '--jobs', '1', '--write-only'], FAMILY_IDS);
    expect(opts).toMatchObject({ family: 'D7', seed: 9, jobs: 1, writeOnly: true });
    expect(selectRuns(opts).map((r) => `${r.family.id}-${r.seed}`)).toEqual(['D7-9']);
    expect(selectRuns({ family: 'D2' }).map((r) => r.seed)).toEqual([1, 2, 3]);
    expect(() => parseBenchOptions(['--family', 'D99'], FAMILY_IDS)).toThrow(/--family/);
  });
});

describe.each(FAMILIES.map((f) => [f.id, f] as const))('family %s', (id, family) => {
  const seed = family.seeds[0];
  const g = small(runOf(id, seed));

  it('is a function of family, seed and scale', () => {
    const again = generate(runOf(id, seed), { organicScale: SCALE });
    expect(ndjson(again.lines)).toBe(ndjson(g.lines));
    expect(again.labels).toEqual(g.labels);
  });

  it('is a ledger the service could have accepted', () => {
    const { labels, lines } = g;
    const opens = Date.parse(labels.opensAt);
    const closes = Date.parse(labels.closesAt);
    const ids = new Set(g.ballot.candidates.map((c) => c.id));
    // Thousands of lines: collect what is wrong with each, then assert once (jest's expect is slow per call).
    const wrong: string[] = [];
    let previous = -Infinity;
    for (const l of lines) {
      const at = Date.parse(l.at);
      const problems = [
        at < opens || at >= closes ? 'outside the window' : '',
        at < previous ? 'out of order' : '',
        l.day !== shanghaiDate(at) ? 'wrong day' : '',
        l.candidateIds.length < 1 || l.candidateIds.length > g.ballot.maxChoices ? 'bad selection size' : '',
        new Set(l.candidateIds).size !== l.candidateIds.length ? 'repeated candidate' : '',
        l.candidateIds.some((c) => !ids.has(c)) ? 'unknown candidate' : '',
        isIP(l.ip) === 0 ? 'bad address' : '',
        !/MicroMessenger\/\d/.test(l.userAgent) || !/NetType\/(WIFI|4G|5G)/.test(l.userAgent) ? 'not a WeChat user agent' : '',
      ].filter(Boolean);
      if (problems.length) wrong.push(`${l.voteId}: ${problems.join(', ')}`);
      previous = at;
    }
    expect(wrong.slice(0, 5)).toEqual([]);
    // One accepted vote per account per Asia/Shanghai day.
    expect(new Set(lines.map((l) => `${l.accountId}|${l.day}`)).size).toBe(lines.length);
    expect(new Set(lines.map((l) => l.voteId)).size).toBe(lines.length);
    expect(labels.totalVotes).toBe(lines.length);
    expect(labels.candidates).toBe(g.ballot.candidates.length);
  });

  it('labels windows that hold exactly their sources\' votes', () => {
    const bySource = new Map<number, Vote[]>();
    for (const v of g.votes) {
      const list = bySource.get(v.source);
      if (list) list.push(v);
      else bySource.set(v.source, [v]);
    }
    for (const part of [...g.labels.attacks, ...g.labels.honestSurges]) {
      const members = g.sources.flatMap((s, i) => ((s.group ?? s.name) === part.group ? (bySource.get(i) ?? []) : []));
      const windows = g.sources
        .map((s, i) => ((s.group ?? s.name) === part.group ? (bySource.get(i) ?? []) : []))
        .filter((vs) => vs.length > 0)
        // Accepted votes are in cast order, so a source's first and last are its window's bounds.
        .map((vs) => ({ start: new Date(vs[0].at).toISOString(), end: new Date(vs[vs.length - 1].at).toISOString(), votes: vs.length }))
        .sort((a, b) => a.start.localeCompare(b.start));
      expect(part.windows).toEqual(windows);
      expect(part.votes).toBe(members.length);
      // Every labelled vote is for the labelled candidate.
      expect(members.filter((v) => !v.candidateIds.includes(part.candidateId))).toEqual([]);
    }
  });

  it(family.kind === 'attack' ? 'attacks one candidate with hundreds of votes or more' : 'has honest surges and no attack', () => {
    if (family.kind === 'attack') {
      expect(g.labels.attacks.length).toBe(1);
      expect(g.labels.attacks[0].votes).toBeGreaterThanOrEqual(500);
    } else {
      expect(g.labels.attacks).toEqual([]);
      expect(g.labels.honestSurges.length).toBeGreaterThanOrEqual(1);
      expect(g.labels.honestSurges.reduce((n, p) => n + p.votes, 0)).toBeGreaterThanOrEqual(200);
    }
  });
});

describe('family shapes', () => {
  const bySource = (g: Generated, kind: string) => g.votes.filter((v) => g.sources[v.source].kind === kind);

  it('D1 hides a timer-paced script of ~1000 votes, from at most two /24s and three user agents, in a larger push', () => {
    for (const seed of [1, 2]) {
      const g = small(runOf('D1', seed));
      const script = bySource(g, 'attack');
      const push = bySource(g, 'legit');
      expect(script.length).toBeGreaterThanOrEqual(900);
      expect(script.length / (script.length + push.length)).toBeLessThan(1 / 3);
      expect(new Set(script.map((v) => v.ip.split('.').slice(0, 3).join('.'))).size).toBeLessThanOrEqual(2);
      expect(new Set(script.map((v) => v.userAgent)).size).toBeLessThanOrEqual(3);
      const gaps = script.slice(1).map((v, i) => v.at - script[i].at);
      expect(Math.max(...gaps) - Math.min(...gaps)).toBeLessThan(400);
      // The script runs inside the push's first two hours.
      const pushStart = Math.min(...push.map((v) => v.at));
      expect(script[0].at - pushStart).toBeLessThan(3_600_000);
      expect(script[script.length - 1].at - pushStart).toBeLessThan(2 * 3_600_000);
    }
  });

  it('D2 runs a few dozen phones, each through about twenty accounts, from a handful of addresses', () => {
    const g = small(runOf('D2', 1));
    const farm = bySource(g, 'attack');
    const phones = new Set(farm.map((v) => v.userAgent.replace(/NetType\/\w+/, '')));
    expect(phones.size).toBeGreaterThanOrEqual(30);
    expect(phones.size).toBeLessThanOrEqual(45);
    const wifi = farm.filter((v) => v.userAgent.includes('NetType/WIFI'));
    expect(new Set(wifi.map((v) => v.ip)).size).toBeLessThanOrEqual(6);
    expect(farm.length / new Set(farm.map((v) => v.accountId)).size).toBeGreaterThan(1.5);
  });

  it('D12 staff share one phone model and build that differ only in MMWEBID', () => {
    const g = small(runOf('D12', 1));
    const staff = bySource(g, 'legit').filter((v) => v.userAgent.includes('Android'));
    const stripped = new Map<string, number>();
    for (const v of staff) {
      const key = v.userAgent.replace(/MMWEBID\/\d+/, '').replace(/NetType\/\w+/, '');
      stripped.set(key, (stripped.get(key) ?? 0) + 1);
    }
    const top = Math.max(...stripped.values());
    expect(top / staff.length).toBeGreaterThan(0.75);
  });

  it('shrinks the organic crowd with the scale and leaves the family alone', () => {
    const full = generate(runOf('D3', 1));
    const shrunk = small(runOf('D3', 1));
    expect(shrunk.lines.length).toBeLessThan(full.lines.length / 4);
    expect(full.lines.length).toBeGreaterThanOrEqual(20_000);
    expect(full.lines.length).toBeLessThanOrEqual(60_000);
    expect(shrunk.labels.attacks).toEqual(full.labels.attacks.map((a) => ({ ...a })));
  });
});
