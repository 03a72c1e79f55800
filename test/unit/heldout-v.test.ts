import { shanghaiDayNumber } from '../../load-tests/heldout/calendar';
import { families, runs } from '../../load-tests/heldout-v/catalogue';
import { generate } from '../../load-tests/heldout-v/generate';
import { describeHeldoutSet, expectScriptInMobilization } from '../helpers/heldout-set-checks';

/** Small enough that all eighteen families generate in a few seconds. */
const SCALE = 0.03;

describeHeldoutSet({ name: 'V', families, runs, threeSeeds: 'V1', twoSeeds: 'V2', generate, scale: SCALE, userAgent: /MicroMessenger\/8\.0\.\d+/ });

describe('set V shapes', () => {
  it('V4: the script is under a third of the rally, from two cloud /24s with at most two user agents', () => {
    const { votes, sources } = generate(runs({ family: 'V4', seed: 1 })[0], { crowdScale: 0.2 });
    const script = expectScriptInMobilization({ votes, sources }, { minVotes: 100, userAgents: 2, prefixes: 2 });
    // The script runs inside the rally's hours.
    const rally = votes.filter((v) => sources[v.source].kind === 'legit');
    expect(script[0].at).toBeGreaterThan(rally[0].at);
    expect(script[script.length - 1].at).toBeLessThan(rally[rally.length - 1].at);
  });

  it('V3: the roster votes every day within a few minutes, the same accounts each day, at a shifting hour', () => {
    const { votes, sources } = generate(runs({ family: 'V3', seed: 1 })[0], { crowdScale: 0.5 });
    const byDay = new Map<number, typeof votes>();
    for (const v of votes) if (sources[v.source].kind === 'attack') byDay.set(shanghaiDayNumber(v.at), [...(byDay.get(shanghaiDayNumber(v.at)) ?? []), v]);
    expect(byDay.size).toBeGreaterThanOrEqual(6);
    const rosters = [...byDay.values()].map((vs) => new Set(vs.map((v) => v.accountId)));
    const starts = new Set<number>();
    for (const vs of byDay.values()) {
      expect(vs[vs.length - 1].at - vs[0].at).toBeLessThan(6 * 60_000);
      starts.add(Math.floor(((vs[0].at + 8 * 3_600_000) % 86_400_000) / 3_600_000));
    }
    expect(starts.size).toBeGreaterThan(1);
    const [a, b] = rosters;
    expect([...a].filter((x) => b.has(x)).length / a.size).toBeGreaterThan(0.85);
  });

  it('V11: every issued phone is the same model on the same WeChat build', () => {
    const { votes, sources, lines } = generate(runs({ family: 'V11', seed: 1 })[0], { crowdScale: 0.2 });
    const staff = lines.filter((_, i) => sources[votes[i].source].kind === 'legit');
    expect(staff.length).toBeGreaterThan(100);
    expect(new Set(staff.map((l) => l.userAgent.replace(/MMWEBID\/\d+ /, '').replace(/NetType\/\S+/, ''))).size).toBe(1);
  });

  it('V14: most slate votes tick exactly the three slate couriers on a three-choice ballot', () => {
    const { votes, sources, ballot } = generate(runs({ family: 'V14', seed: 1 })[0], { crowdScale: 0.1 });
    expect(ballot.maxChoices).toBe(3);
    const slate = new Set(ballot.cast.map((c) => c.id));
    const legit = votes.filter((v) => sources[v.source].kind === 'legit');
    const full = legit.filter((v) => v.candidateIds.length === 3 && v.candidateIds.every((id) => slate.has(id)));
    expect(full.length / legit.length).toBeGreaterThan(0.75);
  });

  it('V5: each farm account votes once, from a handful of addresses', () => {
    const { votes, sources } = generate(runs({ family: 'V5', seed: 1 })[0], { crowdScale: 0.3 });
    const farm = votes.filter((v) => sources[v.source].kind === 'attack');
    expect(farm.length).toBeGreaterThan(200);
    expect(new Set(farm.map((v) => v.accountId)).size).toBe(farm.length);
    expect(new Set(farm.map((v) => v.ip)).size).toBeLessThanOrEqual(12);
  });

  it('a full-scale ledger holds 25k-75k votes on 24-40 candidates over 7 days', () => {
    const { labels } = generate(runs({ family: 'V12', seed: 1 })[0]);
    expect(labels.totalVotes).toBeGreaterThanOrEqual(25_000);
    expect(labels.totalVotes).toBeLessThanOrEqual(75_000);
    expect(labels.candidates).toBeGreaterThanOrEqual(24);
    expect(labels.candidates).toBeLessThanOrEqual(40);
    expect(Date.parse(labels.closesAt) - Date.parse(labels.opensAt)).toBe(7 * 86_400_000);
  });
});
