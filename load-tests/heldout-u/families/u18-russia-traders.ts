import { HOUR, MINUTE } from '../../heldout/calendar';
import { prefectureOf } from '../model/ballot';
import type { Carrier } from '../model/networks';
import type { Person } from '../model/people';
import { featured, organicSize, scaled, sourcesPer, type Family } from './family';

/** Where the border county's people work in Russia: hours ahead of Beijing, share, and the market they gather in. */
const CITIES: ReadonlyArray<{ name: string; ahead: number; share: number }> = [
  { name: 'blagoveshchensk', ahead: 1, share: 35 },
  { name: 'vladivostok', ahead: 2, share: 25 },
  { name: 'ussuriysk', ahead: 2, share: 12 },
  { name: 'khabarovsk', ahead: 2, share: 13 },
  { name: 'moscow', ahead: -5, share: 15 },
];

/**
 * U18, parents across the border: in the border counties many pupils' parents trade, cook or
 * build in Russia — Blagoveshchensk across the Amur from Heihe, Vladivostok and Ussuriysk beyond
 * Suifenhe and Dongning, Khabarovsk, and Moscow's markets. They vote in their own evening (an
 * hour or two ahead of Beijing; Moscow's evening is Beijing's small hours), most from the Chinese
 * market's or the dormitory's line (a few Rostelecom addresses per city), others on Russian
 * mobile data, and some on a Chinese SIM roaming, whose data comes home through a Heilongjiang
 * exit. The class groups remind them every evening; the keen vote daily.
 */
export const russiaTraders: Family = {
  id: 'U18',
  kind: 'legit',
  description: 'pupils parents working in Russia vote in their evening from markets/Russian SIMs',
  seeds: [1, 2],
  ballot: { include: { counties: ['爱辉区', '逊克县', '孙吴县', '东宁市', '绥芬河市', '抚远市', '同江市', '饶河县', '虎林市', '萝北县'] } },
  organicVotes: (rng) => organicSize(rng),
  build(ctx) {
    const { rng, rhythm, ballot, people, net, scale } = ctx;
    const teacher = featured(ctx);
    const home = prefectureOf(teacher);
    const source = sourcesPer(ctx, { name: 'russia', kind: 'legit', teacher });
    const markets = new Map(CITIES.map((c) => [c.name, net.russianExits(`market:${c.name}`, 'rostelecom', rng.int(2, 4))]));
    const size = scaled(scale, rng.int(550, 1100), 6);
    type Abroad = { p: Person; city: (typeof CITIES)[number]; how: 'market' | 'ru-mobile' | 'roaming'; mobile: 'mts' | 'megafon' | 'beeline'; evening: number; from: number; keen: number };
    const parents: Abroad[] = Array.from({ length: size }, () => {
      const city = CITIES[rng.weightedIndex(CITIES.map((c) => c.share))];
      const carrier: Carrier = rng.chance(0.5) ? 'unicom' : 'mobile';
      const p = people.make(rng, { life: 'migrant', segment: rng.chance(0.8) ? 'budget' : 'rural', region: home, carrier, home: 0 });
      const how = (['market', 'ru-mobile', 'roaming'] as const)[rng.weightedIndex([40, 45, 15])];
      return { p, city, how, mobile: rng.pick(['mts', 'megafon', 'beeline'] as const), evening: rng.uniform(19 * 60, 22 * 60 + 30), from: rng.weightedIndex([3, 3, 2, 1, 1, 0.5, 0.5]), keen: rng.uniform(0.45, 0.9) };
    });
    for (let d = 0; d < rhythm.days; d++) {
      for (const a of parents) {
        if (d < a.from || (d > a.from && !rng.chance(a.keen))) continue;
        // Their local evening, in Beijing time.
        const t = rhythm.at(d, a.evening) - a.city.ahead * HOUR + rng.normal(0, 25) * MINUTE;
        if (t < ballot.cal.opensAt || t >= ballot.cal.closesAt) continue;
        const picks = people.choices(rng, teacher);
        const s = source(rhythm.dayOf(t));
        if (a.how === 'market' && rng.chance(0.85)) people.voteVia(a.p, t, picks, rng.pick(markets.get(a.city.name) ?? []), 'WIFI', s);
        else if (a.how === 'roaming') people.voteVia(a.p, t, picks, net.mobileV4(rng, home, a.p.carrier), '4G', s);
        else people.voteVia(a.p, t, picks, net.russian(rng, a.mobile), rng.chance(0.3) ? 'WIFI' : '4G', s);
      }
    }
  },
};
