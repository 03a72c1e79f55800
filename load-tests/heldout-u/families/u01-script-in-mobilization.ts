import { MINUTE } from '../../heldout/calendar';
import { prefectureOf } from '../model/ballot';
import { makeDevice } from '../model/devices';
import type { Segment } from '../model/devices';
import type { Life } from '../model/rhythm';
import { featured, organicSize, scaled, sourcesPer, type Family } from './family';

/**
 * U1, a script hidden inside a genuine mobilization. The county education bureau tells every
 * principal to push the vote into every class's parent group one evening (or one morning before
 * the first bell): thousands of parents, grandparents and teachers vote over the next hours on
 * their own phones. The teacher's relative has also paid a vendor, whose script adds about a
 * thousand votes in the same hours, metered to ride on the real curve (it watches the count),
 * from two rented cloud /24s with one or two copied user agents.
 */
export const scriptInMobilization: Family = {
  id: 'U1',
  kind: 'attack',
  description: 'script riding a county bureau push: ~1k votes from 2 cloud /24s',
  seeds: [1, 2, 3],
  ballot: { include: { counties: ['拜泉县', '海伦市', '讷河市', '望奎县', '桦南县', '巴彦县', '兰西县', '青冈县', '五常市', '依安县'] } },
  organicVotes: (rng) => organicSize(rng),
  build(ctx) {
    const { rng, people, rhythm, ballot, net, ledger, scale } = ctx;
    const teacher = featured(ctx);
    const region = prefectureOf(teacher);
    const day = rng.int(1, 2);
    const evening = rng.chance(0.6);
    const push = rhythm.at(day, evening ? rng.uniform(19 * 60 + 5, 19 * 60 + 40) : rng.uniform(7 * 60 + 50, 8 * 60 + 20));

    // The honest surge: the bureau's notice cascades principal → class teacher → parents.
    const honest = sourcesPer(ctx, { name: 'county-push', kind: 'legit', teacher, group: 'county-push' });
    const crowdSize = scaled(scale, rng.int(4200, 6500), 20);
    const mix: Array<[Life, Segment, number]> = [['parent', 'rural', 0.58], ['elder', 'elder', 0.16], ['teacher', 'rural', 0.15], ['village', 'rural', 0.11]];
    const honestTimes: number[] = [];
    for (let i = 0; i < crowdSize; i++) {
      const [life, segment] = mix[rng.weightedIndex(mix.map((x) => x[2]))];
      const p = people.make(rng, { life, segment, region, home: life === 'elder' ? 0.5 : 0.4 });
      const cascade = rng.logNormal(12, 0.6) * MINUTE;
      const t = rhythm.pickUp(rng, life, push + cascade + rng.gamma(1.4, 18) * MINUTE);
      if (rhythm.dayOf(t) !== day) continue;
      people.vote(rng, p, t, people.choices(rng, teacher), honest('day'));
      honestTimes.push(t);
      // Some come back the next day on their own.
      if (rng.chance(0.3)) {
        const next = people.around(rng, day + 1, p.habit, 40);
        if (next < ballot.cal.closesAt && rhythm.dayOf(next) === day + 1) people.vote(rng, p, next, people.choices(rng, teacher), honest('next-day'));
      }
    }

    // The script: fresh accounts, one or two user agents, two cloud /24s, metered on the real curve.
    const script = ledger.source({ name: 'script', kind: 'attack', candidateId: teacher.id, group: 'script' });
    const prefixes = [net.hostingPrefix('u1-a', rng.chance(0.5) ? 'aliyun' : 'tencent'), net.hostingPrefix('u1-b', rng.chance(0.5) ? 'aliyun' : 'huawei')];
    const hosts = prefixes.flatMap((p) => Array.from({ length: rng.int(3, 6) }, () => `${p}.${rng.int(2, 250)}`));
    const uaModels = rng.chance(0.5) ? 1 : 2;
    const agents = Array.from({ length: uaModels }, () => {
      const d = makeDevice(rng, 'rural');
      return d.ua('WIFI');
    });
    const size = Math.min(Math.round(honestTimes.length * 0.27), scaled(scale, rng.int(950, 1300), 5));
    const tick = rng.int(3, 6) * 1000;
    for (let i = 0; i < size; i++) {
      // It follows the real votes it sees on the page, a step behind, on its scheduler's tick.
      const seen = rng.pick(honestTimes) + rng.uniform(20, 90) * 1000;
      const t = Math.ceil(seen / tick) * tick + rng.uniform(0, 400);
      ledger.add({ at: Math.floor(t), accountId: ledger.newAccount(), candidateIds: [teacher.id], ip: rng.pick(hosts), userAgent: rng.pick(agents), source: script });
    }
  },
};
