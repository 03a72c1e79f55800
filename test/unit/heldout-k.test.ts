import { HOUR } from '../../load-tests/heldout/calendar';
import { shanghaiDayNumber, shanghaiMinuteOfDay } from '../../load-tests/heldout/calendar';
import { families, runs } from '../../load-tests/heldout-k/catalogue';
import { generate, type Generated } from '../../load-tests/heldout-k/generate';
import { describeHeldoutSet } from '../helpers/heldout-set-checks';

/** Small enough that all eighteen families generate in a few seconds. */
const SCALE = 0.03;

describeHeldoutSet({ name: 'K', families, runs, threeSeeds: 'K1', twoSeeds: 'K3', generate, scale: SCALE, userAgent: /MicroMessenger\/8\.0\.\d+/ });

const gen = (id: string, seed: number, crowdScale: number): Generated => generate(runs({ family: id, seed })[0], { crowdScale });
const of = (g: Generated, kind: 'attack' | 'legit') => g.votes.filter((v) => g.sources[v.source].kind === kind);
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[xs.length >> 1];

describe('set K required shapes', () => {
  it('K1: a metronome script, one UA, two /24s, under a third of the same day\'s burst', () => {
    const g = gen('K1', 2, 0.2);
    const script = of(g, 'attack');
    const day = shanghaiDayNumber(script[0].at);
    const residents = of(g, 'legit').filter((v) => shanghaiDayNumber(v.at) === day).length;
    expect(script.length).toBeGreaterThan(100);
    expect(script.length).toBeLessThan((residents + script.length) / 3);
    expect(new Set(script.map((v) => v.userAgent)).size).toBe(1);
    expect(new Set(script.map((v) => v.ip.split('.').slice(0, 3).join('.'))).size).toBe(2);
    const gaps = script.slice(1).map((v, i) => v.at - script[i].at);
    expect(median(gaps)).toBeGreaterThan(7_500);
    expect(median(gaps)).toBeLessThan(11_500);
    // Machine-regular: nine gaps in ten within a second of the median.
    expect(gaps.filter((x) => Math.abs(x - median(gaps)) < 1_000).length / gaps.length).toBeGreaterThan(0.9);
    // Inside the mobilization: the script starts within the hour the residents do.
    const firstResident = of(g, 'legit').find((v) => shanghaiDayNumber(v.at) === day)?.at ?? 0;
    expect(Math.abs(script[0].at - firstResident)).toBeLessThan(HOUR);
  });

  it('K2: real phones, each ~20 fresh accounts in turn over hours, from a handful of addresses', () => {
    const g = gen('K2', 1, 1);
    const farm = of(g, 'attack');
    for (const s of new Set(farm.map((v) => v.source))) {
      const session = farm.filter((v) => v.source === s);
      expect(new Set(session.map((v) => v.ip)).size).toBeLessThanOrEqual(6);
      const byPhone = new Map<string, number[]>();
      for (const v of session) byPhone.set(v.userAgent, [...(byPhone.get(v.userAgent) ?? []), v.at]);
      expect(byPhone.size).toBeGreaterThanOrEqual(20);
      for (const times of byPhone.values()) {
        expect(times.length).toBeGreaterThanOrEqual(15);
        expect(times.length).toBeLessThanOrEqual(23);
        expect(times[times.length - 1] - times[0]).toBeGreaterThan(1.5 * HOUR);
        expect(Math.min(...times.slice(1).map((t, i) => t - times[i]))).toBeGreaterThanOrEqual(110_000);
      }
    }
    // Fresh accounts: no farm account votes twice.
    expect(new Set(farm.map((v) => v.accountId)).size).toBe(farm.length);
  });

  it('K9: nightly the night workers give their district several times its daytime hourly rate, on many phones', () => {
    const g = gen('K9', 1, 1);
    const night = of(g, 'legit');
    const id = g.labels.honestSurges[0].candidateId;
    const day = g.votes.filter((v) => g.sources[v.source].kind === 'organic' && v.candidateIds.includes(id) && shanghaiMinuteOfDay(v.at) >= 9 * 60 && shanghaiMinuteOfDay(v.at) < 21 * 60);
    const dayRate = day.length / (7 * 12);
    const inNight = night.filter((v) => shanghaiMinuteOfDay(v.at) >= 22 * 60 + 30 || shanghaiMinuteOfDay(v.at) < 4 * 60);
    expect(inNight.length / night.length).toBeGreaterThan(0.95);
    expect(inNight.length / (7 * 5.5)).toBeGreaterThan(2 * dayRate);
    expect(new Set(night.map((v) => v.userAgent.replace(/ NetType\/\S+/, ''))).size).toBeGreaterThan(night.length / 4);
  });

  it('every candidate an attack vote selected is labelled attacked (decoys included)', () => {
    for (const f of families.filter((x) => x.kind === 'attack')) {
      const g = gen(f.id, 1, 0.1);
      const labelled = new Set(g.labels.attacks.map((a) => a.candidateId));
      const hit = new Set(of(g, 'attack').flatMap((v) => v.candidateIds));
      expect([...hit].filter((id) => !labelled.has(id))).toEqual([]);
    }
    expect(gen('K8', 1, 0.1).labels.attacks.length).toBeGreaterThanOrEqual(4);
  });

  it('K6: every wall phone is the same model on the same build; K11: the staff carry one model', () => {
    for (const id of ['K6', 'K11']) {
      const g = gen(id, 1, 0.3);
      const kind = id === 'K6' ? 'attack' : 'legit';
      const uas = new Set(of(g, kind).map((v) => v.userAgent.replace(/MMWEBID\/\d+ /, '').replace(/NetType\/\S+/, '')));
      expect(of(g, kind).length).toBeGreaterThan(50);
      expect(uas.size).toBe(1);
    }
  });

  it('K16: the gathering votes through one address a day', () => {
    const g = gen('K16', 1, 0.3);
    const byDay = new Map<number, Set<string>>();
    for (const v of of(g, 'legit')) byDay.set(shanghaiDayNumber(v.at), (byDay.get(shanghaiDayNumber(v.at)) ?? new Set()).add(v.ip));
    expect(byDay.size).toBeGreaterThanOrEqual(3);
    for (const ips of byDay.values()) expect(ips.size).toBe(1);
  });
});
