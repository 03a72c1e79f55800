import { shanghaiMinuteOfDay } from '../../load-tests/heldout/calendar';
import { families, runs } from '../../load-tests/heldout-p/catalogue';
import { generate } from '../../load-tests/heldout-p/generate';
import { describeHeldoutSet, expectScriptInMobilization } from '../helpers/heldout-set-checks';

/** Small enough that all eighteen families generate in a few seconds. */
const SCALE = 0.03;

describeHeldoutSet({ name: 'P', families, runs, threeSeeds: 'P1', twoSeeds: 'P3', generate, scale: SCALE, userAgent: /MicroMessenger\/8\.0\.\d+/ });

const prefix = (ip: string) => ip.split('.').slice(0, 3).join('.');

describe('required shapes', () => {
  it('P4: the script is under a third of the burst, from two cloud /24s with one user agent, in the same hours', () => {
    const { votes, sources } = generate(runs({ family: 'P4', seed: 2 })[0], { crowdScale: 0.2 });
    const script = expectScriptInMobilization({ votes, sources }, { minVotes: 50, userAgents: 1, prefixes: 2 });
    const surge = votes.filter((v) => sources[v.source].kind === 'legit');
    expect(script[0].at - surge[0].at).toBeLessThan(3_600_000);
  });

  it('P1: fresh accounts from at most three /24s, at most two user agents, machine-regular gaps', () => {
    const { votes, sources } = generate(runs({ family: 'P1', seed: 1 })[0], { crowdScale: 0.1 });
    const script = votes.filter((v) => sources[v.source].kind === 'attack');
    expect(new Set(script.map((v) => v.accountId)).size).toBe(script.length);
    expect(new Set(script.map((v) => prefix(v.ip))).size).toBeLessThanOrEqual(3);
    expect(new Set(script.map((v) => v.userAgent)).size).toBeLessThanOrEqual(2);
    const gaps = script.slice(1).map((v, i) => v.at - script[i].at);
    expect(Math.max(...gaps) - Math.min(...gaps)).toBeLessThan(700);
  });

  it('P3: a closed group whose daily window is short and moves from day to day', () => {
    const { labels } = generate(runs({ family: 'P3', seed: 1 })[0], { crowdScale: 0.1 });
    const windows = labels.attacks[0].windows;
    expect(windows.length).toBeGreaterThanOrEqual(5);
    for (const w of windows) expect(Date.parse(w.end) - Date.parse(w.start)).toBeLessThanOrEqual(15 * 60_000);
    expect(new Set(windows.map((w) => Math.floor(shanghaiMinuteOfDay(Date.parse(w.start)) / 60))).size).toBeGreaterThanOrEqual(4);
  });

  it('P5: each farm phone is one exact user agent on ~20 accounts, from a handful of addresses', () => {
    const { votes, sources } = generate(runs({ family: 'P5', seed: 1 })[0], { crowdScale: 0.3 });
    const farm = votes.filter((v) => sources[v.source].kind === 'attack');
    const accountsPerUa = new Map<string, Set<string>>();
    for (const v of farm) accountsPerUa.set(v.userAgent, (accountsPerUa.get(v.userAgent) ?? new Set()).add(v.accountId));
    for (const a of accountsPerUa.values()) expect(a.size).toBeGreaterThanOrEqual(18);
    expect(new Set(farm.map((v) => v.ip)).size).toBeLessThanOrEqual(5);
  });

  it('P9: every night the shift gives its candidate about four times its daytime hourly share', () => {
    const { votes, sources, labels } = generate(runs({ family: 'P9', seed: 2 })[0], { crowdScale: 0.5 });
    const cid = labels.honestSurges[0].candidateId;
    const organicDay = votes.filter((v) => sources[v.source].kind === 'organic' && v.candidateIds.includes(cid) && shanghaiMinuteOfDay(v.at) >= 8 * 60 && shanghaiMinuteOfDay(v.at) < 22 * 60);
    const night = votes.filter((v) => sources[v.source].kind === 'legit');
    const days = labels.honestSurges[0].windows.length;
    const ratio = night.length / days / 8 / (organicDay.length / 7 / 14);
    expect(ratio).toBeGreaterThan(3);
    expect(ratio).toBeLessThan(5.5);
  });
});
