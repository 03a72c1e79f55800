import { shanghaiMinuteOfDay } from '../../load-tests/heldout/calendar';
import { families, runs } from '../../load-tests/heldout-j/catalogue';
import { generate } from '../../load-tests/heldout-j/generate';
import { describeHeldoutSet } from '../helpers/heldout-set-checks';

/** Small enough that all eighteen families generate in a few seconds. */
const SCALE = 0.03;

describeHeldoutSet({ name: 'J', families, runs, threeSeeds: 'J1', twoSeeds: 'J2', generate, scale: SCALE, userAgent: /MicroMessenger\// });

const of = (id: string, seed: number, crowdScale: number) => generate(runs({ family: id, seed })[0], { crowdScale });
const slash24 = (ip: string) => ip.split('.').slice(0, 3).join('.');
/** The phone behind a user agent: without its network type. */
const phone = (ua: string) => ua.replace(/NetType\/\S+ /, '');

describe('set J required shapes', () => {
  it.each([1, 2, 3])('J1 seed %i: the script is under a third of the burst, two cloud /24s, one UA, metronome pace, within the hour', (seed) => {
    const { votes, sources } = of('J1', seed, 0.15);
    const script = votes.filter((v) => sources[v.source].kind === 'attack');
    const mobilized = votes.filter((v) => sources[v.source].kind === 'legit');
    expect(script.length).toBeGreaterThan(50);
    expect(script.length).toBeLessThan((script.length + mobilized.length) / 3);
    expect(new Set(script.map((v) => v.userAgent)).size).toBe(1);
    expect(new Set(script.map((v) => slash24(v.ip))).size).toBeLessThanOrEqual(2);
    expect(script[script.length - 1].at - script[0].at).toBeLessThanOrEqual(60 * 60_000);
    // Same hour as the mobilization's first hour.
    expect(script[0].at - mobilized[0].at).toBeLessThan(60 * 60_000);
    const gaps = script.slice(1).map((v, i) => v.at - script[i].at);
    const mean = gaps.reduce((a, b) => a + b, 0) / gaps.length;
    const sd = Math.sqrt(gaps.reduce((a, b) => a + (b - mean) ** 2, 0) / gaps.length);
    expect(sd / mean).toBeLessThan(0.1);
    // The mobilized residents are many people on many phones.
    expect(mobilized.length).toBeGreaterThan(300);
    expect(new Set(mobilized.map((v) => v.accountId)).size).toBe(mobilized.length);
  });

  it('J2: a few dozen genuine phones, ~20 accounts each per session, a handful of IPs, slightly regular gaps', () => {
    const { votes, sources } = of('J2', 1, 0.7);
    const farm = votes.filter((v) => sources[v.source].kind === 'attack');
    const first = farm.filter((v) => sources[v.source].name === 'farm-session-1');
    const byPhone = new Map<string, typeof first>();
    for (const v of first) byPhone.set(v.userAgent, [...(byPhone.get(v.userAgent) ?? []), v]);
    expect(byPhone.size).toBeGreaterThanOrEqual(18);
    expect(byPhone.size).toBeLessThanOrEqual(48);
    for (const list of byPhone.values()) {
      expect(list.length).toBeGreaterThanOrEqual(15);
      expect(list.length).toBeLessThanOrEqual(25);
      expect(new Set(list.map((v) => v.accountId)).size).toBe(list.length);
      expect(list[list.length - 1].at - list[0].at).toBeGreaterThan(90 * 60_000);
      const gaps = list.slice(1).map((v, i) => v.at - list[i].at);
      const mean = gaps.reduce((a, b) => a + b, 0) / gaps.length;
      const cv = Math.sqrt(gaps.reduce((a, b) => a + (b - mean) ** 2, 0) / gaps.length) / mean;
      expect(cv).toBeGreaterThan(0.03);
      expect(cv).toBeLessThan(0.3);
    }
    expect(new Set(farm.map((v) => v.ip)).size).toBeLessThanOrEqual(6);
  });

  it.each([1, 2, 3])('J9 seed %i: the night population gives its candidate several times its daytime share, from many people', (seed) => {
    const { votes, sources, labels } = of('J9', seed, 0.25);
    const id = labels.honestSurges[0].candidateId;
    const share = (inWindow: (minute: number) => boolean) => {
      const all = votes.filter((v) => inWindow(shanghaiMinuteOfDay(v.at)));
      return all.filter((v) => v.candidateIds.includes(id)).length / all.length;
    };
    const night = share((m) => m >= 23 * 60 + 30 || m < 60);
    const day = share((m) => m >= 9 * 60 && m < 18 * 60);
    expect(night).toBeGreaterThan(3 * day);
    const workers = votes.filter((v) => sources[v.source].kind === 'legit');
    expect(new Set(workers.map((v) => phone(v.userAgent))).size).toBeGreaterThan(workers.length / 8);
    expect(new Set(workers.map((v) => v.ip)).size).toBeGreaterThan(30);
  });

  it('J4: every rack phone is the same model on the same WeChat build, tapped in lockstep', () => {
    const { votes, sources } = of('J4', 1, 0.2);
    const rack = votes.filter((v) => sources[v.source].kind === 'attack');
    expect(rack.length).toBeGreaterThan(100);
    expect(new Set(rack.map((v) => phone(v.userAgent).replace(/MMWEBID\/\d+ /, ''))).size).toBe(1);
    // Most votes land within five seconds of another rack vote.
    const close = rack.filter((v, i) => (i > 0 && v.at - rack[i - 1].at < 5000) || (i + 1 < rack.length && rack[i + 1].at - v.at < 5000));
    expect(close.length / rack.length).toBeGreaterThan(0.9);
  });

  it('J6: the target and its three decoys are all labelled attacked', () => {
    const { labels } = of('J6', 1, 0.15);
    expect(new Set(labels.attacks.map((a) => a.candidateId)).size).toBe(4);
  });

  it('J11: most staff votes come from one phone model on the office Wi-Fi exits', () => {
    const { votes, sources } = of('J11', 1, 0.2);
    const staff = votes.filter((v) => sources[v.source].kind === 'legit');
    const models = new Map<string, number>();
    for (const v of staff) {
      const model = /Android \d+; ([^;]+) Build/.exec(v.userAgent)?.[1] ?? 'iPhone';
      models.set(model, (models.get(model) ?? 0) + 1);
    }
    expect(Math.max(...models.values()) / staff.length).toBeGreaterThan(0.75);
    const ips = new Map<string, number>();
    for (const v of staff) ips.set(v.ip, (ips.get(v.ip) ?? 0) + 1);
    const top2 = [...ips.values()].sort((a, b) => b - a).slice(0, 2).reduce((a, b) => a + b, 0);
    expect(top2 / staff.length).toBeGreaterThan(0.5);
  });

  it('J13: each helper phone votes for several accounts in a row from one address', () => {
    const { votes, sources } = of('J13', 1, 0.15);
    const helped = votes.filter((v) => sources[v.source].kind === 'legit');
    const perPhoneDay = new Map<string, Set<string>>();
    for (const v of helped) {
      const key = `${v.userAgent}|${Math.floor(v.at / 86_400_000)}`;
      perPhoneDay.set(key, (perPhoneDay.get(key) ?? new Set()).add(v.accountId));
    }
    const sizes = [...perPhoneDay.values()].map((s) => s.size);
    expect(sizes.filter((n) => n >= 3).length / sizes.length).toBeGreaterThan(0.5);
  });
});
