import { shanghaiDayNumber, shanghaiMinuteOfDay } from '../../load-tests/heldout/calendar';
import { families, runs } from '../../load-tests/heldout-m/catalogue';
import { generate } from '../../load-tests/heldout-m/generate';
import { describeHeldoutSet } from '../helpers/heldout-set-checks';

/** Small enough that all eighteen families generate in a few seconds. */
const SCALE = 0.03;

describeHeldoutSet({ name: 'M', families, runs, threeSeeds: 'M1', twoSeeds: 'M2', generate, scale: SCALE, userAgent: /MicroMessenger\/8\.0\.\d+/ });

const of = (id: string, seed: number, scale: number) => generate(runs({ family: id, seed })[0], { crowdScale: scale });
const subnet = (ip: string) => ip.split('.').slice(0, 3).join('.');

describe('required shapes', () => {
  it('M1: the script is under a third of the burst, from two hosting /24s with one user agent, at a machine pace', () => {
    const { votes, sources } = of('M1', 2, 0.2);
    const script = votes.filter((v) => sources[v.source].kind === 'attack');
    const mobilization = votes.filter((v) => sources[v.source].group === 'mobilization');
    expect(script.length).toBeGreaterThan(100);
    expect(script.length).toBeLessThan((mobilization.length + script.length) / 3);
    expect(new Set(script.map((v) => v.userAgent)).size).toBe(1);
    expect(new Set(script.map((v) => subnet(v.ip))).size).toBeLessThanOrEqual(2);
    const gaps = script.slice(1).map((v, i) => v.at - script[i].at);
    expect(Math.max(...gaps) - Math.min(...gaps)).toBeLessThan(1000);
    // In the same hours as the residents.
    expect(Math.abs(script[0].at - mobilization[0].at)).toBeLessThan(60 * 60_000);
  });

  it('M2: each farm phone (one user agent) works through about twenty fresh accounts a day from a handful of addresses', () => {
    const { votes, sources } = of('M2', 1, 1);
    const farm = votes.filter((v) => sources[v.source].kind === 'attack');
    const byDay = new Map<number, typeof farm>();
    for (const v of farm) byDay.set(shanghaiDayNumber(v.at), [...(byDay.get(shanghaiDayNumber(v.at)) ?? []), v]);
    for (const day of byDay.values()) {
      expect(new Set(day.map((v) => v.ip)).size).toBeLessThanOrEqual(5);
      const perPhone = new Map<string, number>();
      for (const v of day) perPhone.set(v.userAgent, (perPhone.get(v.userAgent) ?? 0) + 1);
      expect(perPhone.size).toBeGreaterThanOrEqual(24);
      for (const n of perPhone.values()) expect(n).toBeGreaterThanOrEqual(15);
      expect(new Set(day.map((v) => v.accountId)).size).toBe(day.length);
    }
    expect(farm.every((v) => /Android/.test(v.userAgent))).toBe(true);
  });

  it('M9: the night town gets about four times its daytime share of the night votes', () => {
    const { votes, sources, labels } = of('M9', 1, 0.5);
    const ci = labels.honestSurges[0].candidateId;
    const night = (v: { at: number }) => {
      const h = Math.floor(shanghaiMinuteOfDay(v.at) / 60);
      return h >= 22 || h < 6;
    };
    const dayVotes = votes.filter((v) => !night(v) && shanghaiMinuteOfDay(v.at) >= 8 * 60 && shanghaiMinuteOfDay(v.at) < 21 * 60);
    const nightVotes = votes.filter(night);
    const share = (vs: typeof votes) => vs.filter((v) => v.candidateIds.includes(ci)).length / vs.length;
    const ratio = share(nightVotes) / share(dayVotes);
    expect(ratio).toBeGreaterThan(2.8);
    expect(ratio).toBeLessThan(5.5);
    const workers = votes.filter((v) => sources[v.source].kind === 'legit');
    expect(new Set(workers.map((v) => v.userAgent.replace(/ NetType.*/, ''))).size).toBeGreaterThan(workers.length * 0.5);
  });

  it('M6: every wall paper ticks the client and two decoys; only the client is labelled', () => {
    const { votes, sources, labels } = of('M6', 1, 0.3);
    const wall = votes.filter((v) => sources[v.source].kind === 'attack');
    const client = labels.attacks[0].candidateId;
    expect(labels.attacks.map((a) => a.candidateId)).toEqual([client]);
    expect(wall.every((v) => v.candidateIds.length === 3 && v.candidateIds[0] === client)).toBe(true);
  });

  it('M11: every issued phone is the same model on the same WeChat build', () => {
    const { votes, sources } = of('M11', 1, 0.3);
    const staff = votes.filter((v) => sources[v.source].kind === 'legit');
    expect(staff.length).toBeGreaterThan(100);
    expect(new Set(staff.map((v) => v.userAgent.replace(/MMWEBID\/\d+ /, '').replace(/Chrome\/[\d.]+/, '').replace(/XWEB\/\d+/, '').replace(/NetType\/\w+/, ''))).size).toBe(1);
  });

  it('M17: scheduled sends bring most of their votes within 20 minutes of 07:00 or 19:30', () => {
    const { votes, sources } = of('M17', 1, 0.3);
    const sends = votes.filter((v) => sources[v.source].kind === 'legit');
    const near = sends.filter((v) => {
      const m = shanghaiMinuteOfDay(v.at);
      return (m >= 420 && m < 440) || (m >= 1170 && m < 1190);
    });
    expect(near.length / sends.length).toBeGreaterThan(0.8);
  });

  it('M16: one hotspot address per cadre half-day, elders on old phones', () => {
    const { votes, sources } = of('M16', 1, 0.3);
    const visits = votes.filter((v) => sources[v.source].group === 'cadre visits');
    expect(visits.length).toBeGreaterThan(50);
    expect(new Set(visits.map((v) => v.ip)).size).toBeLessThan(visits.length / 5);
    expect(visits.every((v) => / NetType\/WIFI /.test(v.userAgent))).toBe(true);
  });
});
