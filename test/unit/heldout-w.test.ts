import { shanghaiMinuteOfDay } from '../../load-tests/heldout/calendar';
import { families, runs } from '../../load-tests/heldout-w/catalogue';
import { generate } from '../../load-tests/heldout-w/generate';
import { describeHeldoutSet, expectScriptInMobilization } from '../helpers/heldout-set-checks';

/** Small enough that all eighteen families generate in a few seconds. */
const SCALE = 0.03;

describeHeldoutSet({ name: 'W', families, runs, threeSeeds: 'W1', twoSeeds: 'W2', generate, scale: SCALE, userAgent: /MicroMessenger\// });

describe('set W shapes', () => {
  it('W1: the script is under a third of the burst, from two cloud /24s with two user agents', () => {
    const { votes, sources } = generate(runs({ family: 'W1', seed: 2 })[0], { crowdScale: 0.2 });
    const script = expectScriptInMobilization({ votes, sources }, { minVotes: 50, userAgents: 2, prefixes: 2 });
    // Three threads at a steady pace: no gap between consecutive script votes beyond a few minutes.
    const gaps = script.slice(1).map((v, i) => v.at - script[i].at);
    expect(Math.max(...gaps)).toBeLessThan(10 * 60_000);
  });

  it('W4: one closed group votes on most days, each day inside a quarter hour', () => {
    const { votes, sources } = generate(runs({ family: 'W4', seed: 1 })[0], { crowdScale: 0.3 });
    const rig = votes.filter((v) => sources[v.source].kind === 'attack');
    const days = new Map<number, number[]>();
    for (const v of rig) days.set(v.source, [...(days.get(v.source) ?? []), v.at]);
    expect(days.size).toBeGreaterThanOrEqual(5);
    for (const ats of days.values()) expect(Math.max(...ats) - Math.min(...ats)).toBeLessThan(15 * 60_000);
    const perAccount = new Map<string, number>();
    for (const v of rig) perAccount.set(v.accountId, (perAccount.get(v.accountId) ?? 0) + 1);
    expect([...perAccount.values()].filter((n) => n >= 4).length / perAccount.size).toBeGreaterThan(0.9);
  });

  it('W7: every dip straddles midnight and ticks the target plus covers', () => {
    const { votes, sources, ballot } = generate(runs({ family: 'W7', seed: 1 })[0], { crowdScale: 0.3 });
    const dips = votes.filter((v) => sources[v.source].kind === 'attack');
    expect(dips.length).toBeGreaterThan(100);
    expect(ballot.maxChoices).toBeGreaterThanOrEqual(3);
    for (const v of dips) {
      const m = shanghaiMinuteOfDay(v.at);
      expect(m >= 23 * 60 + 40 || m < 40).toBe(true);
      expect(v.candidateIds.length).toBeGreaterThanOrEqual(2);
    }
  });

  it('W11: every issued phone is the same handset on the same WeChat build', () => {
    const { votes, sources } = generate(runs({ family: 'W11', seed: 1 })[0], { crowdScale: 0.2 });
    const staff = votes.filter((v) => sources[v.source].kind === 'legit');
    expect(staff.length).toBeGreaterThan(0);
    const phone = (ua: string) => ua.replace(/MMWEBID\/\d+ /, '').replace(/NetType\/\w+ /, '');
    expect(new Set(staff.map((v) => phone(v.userAgent))).size).toBe(1);
  });

  it('W18: one phone votes two to four accounts from the home line within minutes', () => {
    const { votes, sources } = generate(runs({ family: 'W18', seed: 1 })[0], { crowdScale: 0.2 });
    const sittings = new Map<string, number[]>();
    for (const v of votes.filter((x) => sources[x.source].kind === 'legit')) {
      const key = `${v.userAgent}|${v.ip}|${Math.floor(v.at / 3_600_000)}`;
      sittings.set(key, [...(sittings.get(key) ?? []), v.at]);
    }
    const shared = [...sittings.values()].filter((ats) => ats.length >= 2);
    expect(shared.length / sittings.size).toBeGreaterThan(0.5);
  });
});
