import { MINUTE } from '../../heldout/calendar';
import { CITIES, type CityId } from '../model/places';
import type { Person } from '../model/people';
import { organicSize, scaled, type Family } from './family';

/**
 * V14, a company slate on a three-choice ballot (honest). STO's Zhejiang region (the company
 * grew out of Tonglu) has three couriers on the list and asks its staff and franchisees: "each of
 * you, tick all three of ours, every day". 3,000-5,000 couriers, sorters and outlet owners across
 * the province vote after the 19:30 push and then after the 08:00 reminder in the depot groups,
 * on budget phones, depot Wi-Fi or 4G. Most votes select exactly the three (in whatever order
 * they were tapped); some tick one or two of them and someone else. Each vote is labelled once,
 * under the first slate member it lists; all three members received them.
 */
export const companySlate: Family = {
  id: 'V14',
  kind: 'legit',
  description: 'STO slate: 3k-5k staff tick the same 3 couriers daily on a 3-choice ballot',
  seeds: [1, 2],
  ballot: {
    maxChoices: 3,
    needs: [
      { company: 'sto', rank: [5, 14] },
      { company: 'sto', rank: [9, 20] },
      { company: 'sto', rank: [12, 26] },
    ],
  },
  organicVotes: (rng) => organicSize(rng, 31_000),
  build(ctx) {
    const { rng, ballot, rhythm, people, crowd, scale } = ctx;
    const slate = ballot.cast.slice(0, 3);
    const others = ballot.candidates.filter((c) => !slate.includes(c));
    const sources = new Map<string, number>();
    const src = (d: number, lead: string): number => {
      const key = `${d}:${lead}`;
      let s = sources.get(key);
      if (s === undefined) sources.set(key, (s = ctx.ledger.source({ name: `v14-slate-${slate.findIndex((c) => c.id === lead) + 1}-d${d + 1}`, kind: 'legit', candidateId: lead, group: `v14-slate-${slate.findIndex((c) => c.id === lead) + 1}` })));
      return s;
    };
    let push = rhythm.at(0, 19, 30 + rng.int(0, 15));
    if (push < ballot.cal.opensAt) push = rhythm.at(1, 19, 30 + rng.int(0, 15));
    const staff: { p: Person; keen: number }[] = Array.from({ length: scaled(scale, rng.int(3000, 5000), 30) }, () => {
      const city: CityId = rng.chance(0.3) ? 'hangzhou' : CITIES[rng.weightedIndex(CITIES.map((c) => c.weight))].id;
      return {
        p: people.create(rng, { segment: 'courier', place: { kind: 'zhejiang', city }, home: rng.chance(0.4), work: crowd.depot('sto', city, rng.int(0, 999)) }),
        keen: rng.uniform(0.25, 0.85),
      };
    });
    const ballotOf = (): string[] => {
      if (rng.chance(0.85)) return rng.shuffle(slate.map((c) => c.id));
      const some = rng.shuffle([...slate]).slice(0, rng.int(1, 2)).map((c) => c.id);
      if (rng.chance(0.6)) some.push(rng.pick(others).id);
      return rng.chance(0.5) ? some : rng.shuffle(some);
    };
    const cast = (p: Person, at: number) => {
      if (!Number.isFinite(at) || at < ballot.cal.opensAt || at >= ballot.cal.closesAt) return;
      const sel = ballotOf();
      const lead = sel.find((id) => slate.some((c) => c.id === id))!;
      people.vote(rng, src(rhythm.dayOf(at), lead), p, at, sel);
    };
    const first = rhythm.dayOf(push);
    for (const { p, keen } of staff) {
      const t = rng.chance(0.7) ? rhythm.reaction(rng, push, 'courier', 20, 1.2) : rhythm.onDay(rng, first + 1, 'courier');
      cast(p, t);
      for (let d = rhythm.dayOf(t) + 1; d < rhythm.days; d++) {
        if (!rng.chance(keen * Math.pow(0.92, d - first))) continue;
        cast(p, rng.chance(0.6) ? rhythm.at(d, 8, 0) + rng.logNormal(15, 1.0) * MINUTE : rhythm.nearMinute(rng, d, p.habit, 40));
      }
    }
  },
};
