import { MINUTE } from '../../heldout/calendar';
import { CITIES, type Place } from '../model/places';
import type { Household, Person } from '../model/people';
import { daySources } from './kit';
import { organicSize, scaled, type Family } from './family';

/**
 * V17, the courier's home village (honest). The courier comes from a village in Linquan, Anhui.
 * The village cadre forwards the vote to the village group one evening and the courier's mother
 * forwards it again the next morning. 700-1,300 villagers and villagers working away vote, most of
 * them every day: those at home early in the morning and after dinner, many over the village's few
 * fibre lines (the committee's Wi-Fi, two shops, some families), grandchildren tapping for their
 * grandparents minutes apart on the same line; those away (Zhejiang, Jiangsu, Shanghai) on their
 * own phones wherever they are. Old phones, old WeChat builds, Anhui addresses for a Zhejiang vote.
 */
export const hometownVillage: Family = {
  id: 'V17',
  kind: 'legit',
  description: 'home village in Anhui: 700-1.3k villagers daily over a few village fibre lines',
  seeds: [1, 2],
  ballot: { needs: [{ hometown: 'anhui', rank: [10, 26] }] },
  organicVotes: (rng) => organicSize(rng),
  build(ctx) {
    const { rng, ballot, rhythm, people, crowd, scale } = ctx;
    const client = ballot.cast[0];
    const anhui: Place = { kind: 'province', province: 'anhui' };
    const lines: Household[] = Array.from({ length: rng.int(3, 6) }, () => people.household(rng, anhui, rng.chance(0.6) ? 'telecom' : 'mobile'));
    const src = daySources(ctx, 'v17-village', 'legit', client);
    let cadre = rhythm.at(0, 19, 30 + rng.int(0, 30));
    if (cadre < ballot.cal.opensAt) cadre = rhythm.at(1, 19, 30 + rng.int(0, 30));
    const mother = rhythm.at(rhythm.dayOf(cadre) + 1, 6, 20 + rng.int(0, 30));
    const n = scaled(scale, rng.int(700, 1300), 20);
    type Villager = { p: Person; keen: number; away: boolean; helper?: Person };
    const villagers: Villager[] = [];
    for (let i = 0; i < n; i++) {
      const away = rng.chance(0.45);
      if (away) {
        const r = rng.next();
        const place: Place = r < 0.6 ? { kind: 'zhejiang', city: CITIES[rng.weightedIndex(CITIES.map((c) => c.weight))].id } : { kind: 'province', province: r < 0.85 ? 'jiangsu' : 'shanghai' };
        villagers.push({ p: people.create(rng, { segment: 'worker', place, home: rng.chance(0.3) }), keen: rng.uniform(0.4, 0.85), away });
      } else {
        const old = rng.chance(0.55);
        const home = rng.chance(0.6) ? rng.pick(lines) : true;
        const p = people.create(rng, { segment: old ? 'elder' : 'rural', place: anhui, home, lag: old ? 9 : 4 });
        villagers.push({ p, keen: rng.uniform(0.55, 0.92), away });
      }
    }
    // Grandchildren at home help the oldest: on those evenings both votes go out minutes apart on
    // the grandparent's line.
    const young = villagers.filter((v) => !v.away && v.p.segment === 'rural');
    for (const v of villagers) if (!v.away && v.p.segment === 'elder' && young.length > 0 && rng.chance(0.35)) v.helper = rng.pick(young).p;
    const evenings = new Map<Person, number[]>();
    const helperEvening = (h: Person, d: number): number => {
      let e = evenings.get(h);
      if (!e) evenings.set(h, (e = Array.from({ length: rhythm.days }, (_, k) => rhythm.at(k, 19, rng.int(0, 100)))));
      return e[d];
    };
    const helped = new Map<Person, Map<number, string>>();
    const lineOf = (p: Person, d: number): string | undefined => p.home?.ips[Math.min(d, p.home.ips.length - 1)];
    const cast = (v: Villager, t: number, via: 'auto' | 'home' | 'mobile' | { ip: string }) => {
      if (!Number.isFinite(t) || t < ballot.cal.opensAt || t >= ballot.cal.closesAt) return;
      people.vote(rng, src(rhythm.dayOf(t)), v.p, t, crowd.selection(rng, client), via);
    };
    for (const v of villagers) {
      const seg = v.p.segment;
      const first = rng.chance(0.6) ? rhythm.reaction(rng, cadre, seg, 25, 1.2) : rhythm.reaction(rng, mother, seg, 30, 1.1);
      const d0 = rhythm.dayOf(first);
      const via = (): 'auto' | 'home' | 'mobile' => (v.away ? 'auto' : v.p.home && rng.chance(0.8) ? 'home' : 'mobile');
      cast(v, first, via());
      for (let d = d0 + 1; d < rhythm.days; d++) {
        if (!rng.chance(v.keen)) continue;
        const line = v.helper ? lineOf(v.p, d) : undefined;
        if (v.helper && line && rng.chance(0.6)) {
          const e = helperEvening(v.helper, d);
          cast(v, e + rng.uniform(1, 5) * MINUTE, { ip: line });
          let m = helped.get(v.helper);
          if (!m) helped.set(v.helper, (m = new Map()));
          m.set(d, line);
        } else cast(v, rhythm.onDay(rng, d, seg), via());
      }
    }
    // The helpers' own votes on the evenings they helped go out from the same line just before.
    for (const v of young) {
      const m = helped.get(v.p);
      if (!m) continue;
      for (const [d, line] of m) if (rng.chance(0.8)) cast(v, helperEvening(v.p, d), { ip: line });
    }
  },
};
