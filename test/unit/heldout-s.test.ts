import { shanghaiDayNumber, shanghaiMinuteOfDay } from '../../load-tests/heldout/calendar';
import { families, runs } from '../../load-tests/heldout-s/catalogue';
import { generate } from '../../load-tests/heldout-s/generate';
import { describeHeldoutSet, expectScriptInMobilization } from '../helpers/heldout-set-checks';

/** Small enough that all eighteen families generate in a few seconds. */
const SCALE = 0.03;

describeHeldoutSet({ name: 'S', families, runs, threeSeeds: 'S1', twoSeeds: 'S2', generate, scale: SCALE, userAgent: /MicroMessenger\/8\.0\.\d+/ });

const labelled = (id: string, kind: 'attack' | 'legit', scale: number, seed = 1) => {
  const { votes, sources } = generate(runs({ family: id, seed })[0], { crowdScale: scale });
  return votes.filter((v) => sources[v.source].kind === kind);
};

describe('required shapes', () => {
  it('S1: the script is under a third of the burst, two cloud /24s, at most two UAs, a machine pace', () => {
    const { votes, sources } = generate(runs({ family: 'S1', seed: 2 })[0], { crowdScale: 0.2 });
    const script = expectScriptInMobilization({ votes, sources }, { minVotes: 50, userAgents: 2, prefixes: 2 });
    const gaps = script.slice(1).map((v, i) => (v.at - script[i].at) / 1000);
    expect(Math.min(...gaps)).toBeGreaterThan(8);
    expect(Math.max(...gaps)).toBeLessThan(15);
  });

  it('S2: each real phone logs in to about twenty accounts, from a handful of addresses', () => {
    const farm = labelled('S2', 'attack', 0.2);
    const accountsPerPhone = new Map<string, Set<string>>();
    for (const v of farm) accountsPerPhone.set(v.userAgent, (accountsPerPhone.get(v.userAgent) ?? new Set()).add(v.accountId));
    expect(accountsPerPhone.size).toBeGreaterThanOrEqual(3);
    for (const accounts of accountsPerPhone.values()) expect(accounts.size).toBeLessThanOrEqual(23);
    expect(new Set(farm.map((v) => v.ip)).size).toBeLessThanOrEqual(5);
  });

  it('S5: one closed crew votes together every day, at an hour that moves', () => {
    const crew = labelled('S5', 'attack', 0.3);
    const byDay = new Map<number, typeof crew>();
    for (const v of crew) byDay.set(shanghaiDayNumber(v.at), [...(byDay.get(shanghaiDayNumber(v.at)) ?? []), v]);
    expect(byDay.size).toBeGreaterThanOrEqual(5);
    const accounts = new Set(crew.map((v) => v.accountId));
    for (const day of byDay.values()) {
      expect(day.length).toBeGreaterThan(accounts.size * 0.7);
      expect(day[day.length - 1].at - day[0].at).toBeLessThan(15 * 60_000);
    }
    expect(new Set([...byDay.values()].map((day) => Math.floor(shanghaiMinuteOfDay(day[0].at) / 60))).size).toBeGreaterThanOrEqual(2);
  });

  it('S9: the night shift votes between 22:00 and 06:00', () => {
    const night = labelled('S9', 'legit', 0.3);
    expect(night.length).toBeGreaterThan(50);
    expect(night.every((v) => shanghaiMinuteOfDay(v.at) >= 22 * 60 || shanghaiMinuteOfDay(v.at) < 6 * 60)).toBe(true);
  });

  it('S11: every issued phone is the same model on the same WeChat build', () => {
    const staff = labelled('S11', 'legit', 0.3);
    expect(staff.length).toBeGreaterThan(0);
    expect(new Set(staff.map((v) => v.userAgent.replace(/MMWEBID\/\d+ /, '').replace(/NetType\/\w+/, ''))).size).toBe(1);
  });
});
