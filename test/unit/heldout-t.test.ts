import { shanghaiDayNumber, shanghaiMinuteOfDay } from '../../load-tests/heldout/calendar';
import { families, runs } from '../../load-tests/heldout-t/catalogue';
import { generate } from '../../load-tests/heldout-t/generate';
import { describeHeldoutSet, expectScriptInMobilization } from '../helpers/heldout-set-checks';

/** Small enough that all eighteen families generate in a few seconds. */
const SCALE = 0.03;

describeHeldoutSet({ name: 'T', families, runs, threeSeeds: 'T1', twoSeeds: 'T2', generate, scale: SCALE, userAgent: /MicroMessenger\/8\.0\.\d+/ });

const run = (id: string, seed: number, crowdScale: number) => generate(runs({ family: id, seed })[0], { crowdScale });
const byKind = (g: ReturnType<typeof generate>, kind: string) => g.votes.filter((v) => g.sources[v.source].kind === kind);

describe('required shapes', () => {
  it('T1: the script is under a third of the burst, from two cloud /24s, at most two UAs, a machine pace', () => {
    const g = run('T1', 2, 0.2);
    const script = expectScriptInMobilization(g, { minVotes: 50, userAgents: 2, prefixes: 2 });
    const gaps = script.slice(1).map((v, i) => (v.at - script[i].at) / 1000).sort((a, b) => a - b);
    expect(gaps[Math.floor(gaps.length / 2)]).toBeGreaterThan(8);
    expect(gaps[Math.floor(gaps.length / 2)]).toBeLessThan(14);
  });

  it('T2: each farm phone logs in to 17-23 fresh accounts an evening from at most five addresses', () => {
    const farm = byKind(run('T2', 1, 0.2), 'attack');
    expect(new Set(farm.map((v) => v.ip)).size).toBeLessThanOrEqual(5);
    const perPhoneDay = new Map<string, number>();
    for (const v of farm) perPhoneDay.set(`${v.userAgent}|${shanghaiDayNumber(v.at)}`, (perPhoneDay.get(`${v.userAgent}|${shanghaiDayNumber(v.at)}`) ?? 0) + 1);
    for (const n of perPhoneDay.values()) expect(n).toBeGreaterThanOrEqual(17);
    for (const n of perPhoneDay.values()) expect(n).toBeLessThanOrEqual(23);
    expect(new Set(farm.map((v) => v.accountId)).size).toBe(farm.length);
  });

  it('T5: the same closed group votes each day within a few minutes, at a different hour', () => {
    const group = byKind(run('T5', 1, 0.3), 'attack');
    const days = new Map<number, typeof group>();
    for (const v of group) days.set(shanghaiDayNumber(v.at), [...(days.get(shanghaiDayNumber(v.at)) ?? []), v]);
    const accounts = new Set(group.map((v) => v.accountId));
    expect(days.size).toBeGreaterThanOrEqual(5);
    for (const votes of days.values()) {
      const minutes = votes.map((v) => shanghaiMinuteOfDay(v.at)).sort((a, b) => a - b);
      expect(minutes[Math.floor(minutes.length * 0.9)] - minutes[0]).toBeLessThan(12);
      expect(votes.length).toBeGreaterThan(accounts.size * 0.85);
    }
  });

  it('T9: the night shift votes between 22:00 and 05:00', () => {
    const night = byKind(run('T9', 1, 0.3), 'legit');
    expect(night.length).toBeGreaterThan(100);
    expect(night.every((v) => shanghaiMinuteOfDay(v.at) >= 22 * 60 || shanghaiMinuteOfDay(v.at) < 5 * 60)).toBe(true);
  });

  it('T11: every issued phone is the same model on the same WeChat build', () => {
    const staff = byKind(run('T11', 1, 0.3), 'legit');
    expect(staff.length).toBeGreaterThan(0);
    expect(new Set(staff.map((v) => v.userAgent.replace(/MMWEBID\/\d+ /, '').replace(/NetType\/\w+/, ''))).size).toBe(1);
  });
});
