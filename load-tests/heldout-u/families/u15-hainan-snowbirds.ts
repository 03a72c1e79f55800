import { MINUTE } from '../../heldout/calendar';
import type { Person } from '../model/people';
import { featured, organicSize, scaled, sourcesPer, type Family } from './family';

/**
 * U15, snowbirds in Hainan (候鸟老人): every winter tens of thousands of Heilongjiang retirees move
 * to Sanya and Haikou, into compounds full of north-easterners. Retired teachers, old colleagues
 * and pupils' grandparents from the teacher's county vote from there: most over their compound's
 * shared broadband (a dozen compounds, one or two exits each), the rest on Hainan mobile data.
 * The hometown association's group posts a reminder at 07:00 every morning and they answer it
 * over breakfast — or after the afternoon dance in the square.
 */
export const hainanSnowbirds: Family = {
  id: 'U15',
  kind: 'legit',
  description: 'retirees wintering in Sanya/Haikou vote from compound broadband at 07:00',
  seeds: [1, 2],
  ballot: { include: { counties: ['桦南县', '桦川县', '汤原县', '富锦市', '萝北县', '绥滨县', '集贤县', '宝清县', '勃利县', '鸡东县', '密山市', '虎林市', '友谊县'] } },
  organicVotes: (rng) => organicSize(rng),
  build(ctx) {
    const { rng, rhythm, ballot, people, net, scale } = ctx;
    const teacher = featured(ctx);
    const compounds = Array.from({ length: rng.int(10, 16) }, (_, i) => ({
      exits: net.natExits(`hainan-compound:${i}`, '海南', rng.int(1, 2)),
      weight: rng.logNormal(1, 0.6),
    }));
    const source = sourcesPer(ctx, { name: 'snowbirds', kind: 'legit', teacher });
    const size = scaled(scale, rng.int(700, 1400), 10);
    const birds: Array<{ p: Person; exits: readonly string[] | null; from: number; keen: number }> = Array.from({ length: size }, () => {
      const inCompound = rng.chance(0.68);
      const exits = inCompound ? compounds[rng.weightedIndex(compounds.map((c) => c.weight))].exits : null;
      const p = people.make(rng, { life: 'elder', segment: rng.chance(0.7) ? 'elder' : 'rural', region: '海南', home: 0.2, carrier: rng.chance(0.45) ? 'telecom' : 'mobile' });
      return { p, exits, from: rng.weightedIndex([4, 3, 2, 1.2, 0.8, 0.5, 0.4]), keen: rng.uniform(0.55, 0.92) };
    });
    for (let d = 0; d < rhythm.days; d++) {
      const post = rhythm.at(d, 7 * 60 + rng.normal(0, 4));
      for (const b of birds) {
        if (d < b.from || (d > b.from && !rng.chance(b.keen))) continue;
        const t = rng.chance(0.7) ? rhythm.pickUp(rng, 'elder', post + rng.gamma(1.3, 14) * MINUTE) : rhythm.at(d, rng.uniform(15 * 60 + 30, 17 * 60 + 30));
        if (t < ballot.cal.opensAt || t >= ballot.cal.closesAt || rhythm.dayOf(t) !== d) continue;
        const picks = people.choices(rng, teacher);
        if (b.exits && rng.chance(0.9)) people.voteVia(b.p, t, picks, rng.pick(b.exits), 'WIFI', source(d));
        else people.vote(rng, b.p, t, picks, source(d));
      }
    }
  },
};
