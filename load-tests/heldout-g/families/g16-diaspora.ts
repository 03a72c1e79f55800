import { MIGRANT_AREAS, newHome, staticAddress } from '../model/networks';
import type { Person } from '../model/people';
import { typicalCrowd, type Family } from './family';
import { after, byRank, castAs, fullDay, volume } from './kit';

/**
 * The county's people working in Dongguan, Shenzhen, Ningbo and Quanzhou factories: their
 * hometown group (老乡群) forwards the ballot one evening, and they vote after the shift, from
 * the factory dormitory Wi-Fi (a few addresses for hundreds) or their Guangdong and Zhejiang 4G.
 * Half of them keep voting on the following nights.
 */
export const diaspora: Family = {
  id: 'G16',
  kind: 'legit',
  description: 'migrant workers in Guangdong/Zhejiang vote after shifts, night after night',
  seeds: [1, 2],
  organicVotes: typicalCrowd,
  build(ctx) {
    const { rng, ledger, people, rhythm } = ctx;
    const target = byRank(ctx, 3, 20);
    // Most of a county's migrants went to one or two towns, following each other.
    const towns = [rng.pick(MIGRANT_AREAS), rng.pick(MIGRANT_AREAS), rng.pick(MIGRANT_AREAS)];
    const dorms = towns.flatMap((a) => Array.from({ length: rng.int(1, 3) }, () => ({ area: a, ip: staticAddress(rng, a) })));
    const migrants: { person: Person; dorm?: string }[] = Array.from({ length: volume(ctx, 600, 2000, 10) }, () => {
      const area = towns[rng.weightedIndex([0.55, 0.3, 0.15])];
      const dormHere = dorms.filter((x) => x.area === area);
      const dorm = rng.chance(0.35) && dormHere.length > 0 ? rng.pick(dormHere).ip : undefined;
      return { person: people.person(rng, area, 'worker', { home: !dorm && rng.chance(0.15) ? newHome(rng, area) : undefined }), dorm };
    });
    const first = fullDay(ctx, 0, 3);
    const forwardedAt = rhythm.at(first, 20 * 60 + 30 + rng.int(-30, 30));
    for (let d = first; d < rhythm.cal.dayCount; d++) {
      const source = ledger.source({ name: `diaspora night ${d}`, kind: 'legit', candidateId: target.id, group: `diaspora:${target.name}` });
      for (const m of migrants) {
        if (d > first && !rng.chance(0.5)) continue;
        // After the shift ends at 20:00 or 21:00, until they fall asleep past midnight.
        const at = d === first ? forwardedAt + after(rng, 40, 0.9) : rhythm.at(d, rng.uniform(20 * 60 + 30, 24 * 60 + 30));
        if (!rhythm.inWindow(at)) continue;
        castAs(ctx, source, m.person, at, [target.id], m.dorm ? people.viaLine(m.person, m.dorm, at) : undefined);
      }
    }
  },
};
