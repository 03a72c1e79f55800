import { isIP } from 'node:net';
import { shanghaiDate, shanghaiDayNumber } from '../../load-tests/heldout/calendar';
import { ndjson } from '../../load-tests/heldout/generate';
import { families, runs } from '../../load-tests/heldout-h/catalogue';
import { generate, type Generated } from '../../load-tests/heldout-h/generate';

/** Small enough that all nineteen families generate in a few seconds. */
const SCALE = 0.03;

const seedOne = new Map<string, Generated>(runs({ seed: 1 }).map((run) => [run.family.id, generate(run, { crowdScale: SCALE })]));

describe('set H catalogue', () => {
  it('holds at least 7 attack and 8 honest families, 2-3 seeds each, 30-45 runs', () => {
    expect(families.filter((f) => f.kind === 'attack').length).toBeGreaterThanOrEqual(7);
    expect(families.filter((f) => f.kind === 'legit').length).toBeGreaterThanOrEqual(8);
    expect(new Set(families.map((f) => f.id)).size).toBe(families.length);
    for (const f of families) expect(f.seeds.length).toBeGreaterThanOrEqual(2);
    for (const f of families) expect(f.seeds.length).toBeLessThanOrEqual(3);
    expect(runs().length).toBeGreaterThanOrEqual(30);
    expect(runs().length).toBeLessThanOrEqual(45);
  });

  it('narrows runs by family (any case) and seed', () => {
    expect(runs({ family: 'h2' }).map((r) => r.seed)).toEqual([1, 2, 3]);
    expect(runs({ seed: 3 }).every((r) => r.seed === 3)).toBe(true);
    expect(runs({ family: 'H9', seed: 3 })).toEqual([]);
    expect(runs().every((r) => r.split === 'holdout')).toBe(true);
  });
});

/** What the service would have refused or could not have written, one line per problem (checked in bulk: expect per vote is slow). */
function problems({ lines, ballot }: Generated): string[] {
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
    if (!/MicroMessenger\/8\.0\.\d+/.test(l.userAgent) || !/NetType\/(WIFI|4G|5G) Language\/\w+/.test(l.userAgent)) fail(`not a WeChat user agent: ${l.userAgent}`);
  }
  if (new Set(lines.map((l) => l.voteId)).size !== lines.length) out.push('repeated vote ids');
  return out.slice(0, 5);
}

describe.each(families.map((f) => [f.id, f.kind] as const))('family %s (%s)', (id) => {
  const g = () => seedOne.get(id) as Generated;

  it('is a function of family, seed and scale', () => {
    const run = runs({ family: id, seed: 1 })[0];
    expect(ndjson(generate(run, { crowdScale: SCALE }).lines)).toBe(ndjson(g().lines));
    const other = runs({ family: id, seed: 2 })[0];
    expect(ndjson(generate(other, { crowdScale: SCALE }).lines)).not.toBe(ndjson(g().lines));
  });

  it('keeps only votes the service accepts: in the window, one per account per day, valid selections', () => {
    expect(problems(g())).toEqual([]);
  });

  it('labels agree with the ledger', () => {
    const { labels, lines, votes, sources, ballot } = g();
    const family = families.find((f) => f.id === id);
    expect(labels.family).toBe(id);
    expect(labels.split).toBe('holdout');
    expect(labels.kind).toBe(family?.kind);
    expect(labels.totalVotes).toBe(lines.length);
    expect(labels.candidates).toBe(ballot.candidates.length);
    if (labels.kind === 'attack') expect(labels.attacks.length).toBeGreaterThan(0);
    else {
      expect(labels.attacks).toEqual([]);
      expect(labels.honestSurges.length).toBeGreaterThan(0);
      expect(votes.some((v) => sources[v.source].kind === 'attack')).toBe(false);
    }
    for (const kind of ['attack', 'legit'] as const) {
      const parts = kind === 'attack' ? labels.attacks : labels.honestSurges;
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
        if (s.kind !== kind) continue;
        // Every labelled vote selects the candidate it is labelled for.
        if (!v.candidateIds.includes(s.candidateId ?? '')) unselected++;
        counted.set(s.candidateId ?? '', (counted.get(s.candidateId ?? '') ?? 0) + 1);
      }
      expect(unselected).toBe(0);
      expect(counted).toEqual(labelled);
    }
  });
});

describe('required shapes', () => {
  it('H1: the script is under a third of the burst, from two cloud /24s with one user agent, at a fixed pace', () => {
    const { votes, sources } = generate(runs({ family: 'H1', seed: 2 })[0], { crowdScale: 0.2 });
    const script = votes.filter((v) => sources[v.source].kind === 'attack');
    const burst = votes.filter((v) => sources[v.source].kind === 'legit').length + script.length;
    expect(script.length).toBeGreaterThan(50);
    expect(script.length).toBeLessThan(burst / 3);
    expect(new Set(script.map((v) => v.userAgent)).size).toBe(1);
    expect(new Set(script.map((v) => v.ip.split('.').slice(0, 3).join('.'))).size).toBeLessThanOrEqual(2);
    const session = script.filter((v) => v.source === script[0].source);
    const gaps = session.slice(1).map((v, i) => v.at - session[i].at);
    expect(Math.max(...gaps) - Math.min(...gaps)).toBeLessThanOrEqual(1000);
  });

  it('H5: each round of the rack lands within ten seconds, every phone the same model and WeChat build', () => {
    const { votes, sources } = generate(runs({ family: 'H5', seed: 1 })[0], { crowdScale: 0.2 });
    const rack = votes.filter((v) => sources[v.source].kind === 'attack');
    expect(rack.length).toBeGreaterThan(0);
    // Strip the per-install MMWEBID: what is left is one string.
    expect(new Set(rack.map((v) => v.userAgent.replace(/MMWEBID\/\d+ /, ''))).size).toBe(1);
    let rounds = 0;
    for (let i = 0; i < rack.length; ) {
      let j = i;
      while (j + 1 < rack.length && rack[j + 1].at - rack[j].at < 60_000) j++;
      expect(rack[j].at - rack[i].at).toBeLessThanOrEqual(10_000);
      rounds++;
      i = j + 1;
    }
    expect(rounds).toBeGreaterThanOrEqual(8);
  });

  it('H9: every night the city candidate takes about four times its daytime share', () => {
    const { votes, labels } = generate(runs({ family: 'H9', seed: 1 })[0], { crowdScale: 0.3 });
    const id = labels.honestSurges[0].candidateId;
    const share = (pick: (hour: number) => boolean) => {
      const sel = votes.filter((v) => pick(new Date(v.at + 8 * 3_600_000).getUTCHours()));
      return sel.filter((v) => v.candidateIds.includes(id)).length / sel.length;
    };
    const ratio = share((h) => h >= 23 || h < 5) / share((h) => h >= 8 && h < 20);
    expect(ratio).toBeGreaterThan(3);
    expect(ratio).toBeLessThan(5);
  });
});
