import { shanghaiMinuteOfDay } from '../../load-tests/heldout/calendar';
import { families, runs } from '../../load-tests/heldout-z/catalogue';
import { generate } from '../../load-tests/heldout-z/generate';
import { describeHeldoutSet, expectScriptInMobilization } from '../helpers/heldout-set-checks';

/** Small enough that all eighteen families generate in a few seconds. */
const SCALE = 0.03;

describeHeldoutSet({ name: 'Z', families, runs, threeSeeds: 'Z1', twoSeeds: 'Z2', generate, scale: SCALE, userAgent: /MicroMessenger\/8\.0\.\d+/ });

describe('required shapes', () => {
  it('Z1: the script is under a third of the burst, from two cloud /24s with at most two user agents', () => {
    const { votes, sources } = generate(runs({ family: 'Z1', seed: 2 })[0], { crowdScale: 0.2 });
    expectScriptInMobilization({ votes, sources }, { minVotes: 0, userAgents: 2, prefixes: 2 });
  });

  it('Z5: each farm phone votes about twenty fresh accounts a night from a handful of addresses', () => {
    const { votes, sources } = generate(runs({ family: 'Z5', seed: 1 })[0], { crowdScale: 0.2 });
    const farm = votes.filter((v) => sources[v.source].kind === 'attack');
    expect(new Set(farm.map((v) => v.ip)).size).toBeLessThanOrEqual(5);
    expect(new Set(farm.map((v) => v.accountId)).size).toBe(farm.length);
    const perPhone = new Map<string, number>();
    for (const v of farm) perPhone.set(`${sources[v.source].name}:${v.userAgent}`, (perPhone.get(`${sources[v.source].name}:${v.userAgent}`) ?? 0) + 1);
    for (const n of perPhone.values()) expect(n).toBeGreaterThanOrEqual(15);
  });

  it('Z9: the miners vote far more at night (22:00-02:00) than in any four daytime hours', () => {
    const { votes, sources } = generate(runs({ family: 'Z9', seed: 1 })[0], { crowdScale: 0.3 });
    const night = votes.filter((v) => sources[v.source].kind === 'legit');
    const m = night.map((v) => shanghaiMinuteOfDay(v.at));
    const late = m.filter((x) => x >= 22 * 60 || x < 2 * 60).length;
    const midday = m.filter((x) => x >= 10 * 60 && x < 14 * 60).length;
    expect(late).toBeGreaterThan(4 * midday);
  });

  it('Z11: every ranger phone is the same model on the same WeChat build', () => {
    const { votes, sources } = generate(runs({ family: 'Z11', seed: 1 })[0], { crowdScale: 0.2 });
    const rangers = votes.filter((v) => sources[v.source].kind === 'legit');
    expect(rangers.length).toBeGreaterThan(50);
    expect(new Set(rangers.map((v) => v.userAgent.replace(/MMWEBID\/\d+ /, '').replace(/NetType\/\w+/, ''))).size).toBe(1);
  });

  it('Z13: herder families vote in batches, several accounts on one phone through the sumu cell', () => {
    const { votes, sources } = generate(runs({ family: 'Z13', seed: 1 })[0], { crowdScale: 0.3 });
    const batch = votes.filter((v) => sources[v.source].kind === 'legit');
    const perUaIp = new Map<string, Set<string>>();
    for (const v of batch) {
      const k = `${v.userAgent}|${v.ip}`;
      perUaIp.set(k, (perUaIp.get(k) ?? new Set()).add(v.accountId));
    }
    expect([...perUaIp.values()].filter((s) => s.size >= 2).length).toBeGreaterThan(20);
    expect(new Set(batch.map((v) => v.ip)).size).toBeLessThan(batch.length / 10);
  });
});
