/**
 * A city that works nights (steel, chemical and logistics shifts): every night from 22:00 to
 * 06:00 one local candidate gets about four times its daytime share of votes, from workers who
 * vote at the start of the shift and in the meal breaks around 00:40 and 03:40. Mostly new people
 * each night, some again; their own phones of every brand; carrier mobile data; Poisson arrivals.
 */
import type { Rng } from '../../heldout/prng';
import { at, HOUR, MINUTE } from '../clock';
import { ownPhone, BUDGET_MODELS, MODELS } from '../handsets';
import { castAs, choices, makeResident, mobile, type Resident } from '../residents';
import type { Family } from './family';
import { countBetween, hourlyShare, Windows } from './helpers';

const NIGHT_RATIO = 4;

function nightInstant(rng: Rng, day: number): number {
  for (;;) {
    const r = rng.next();
    // Minutes after 22:00: shift start, first meal break, second break, or any time.
    const m = r < 0.12 ? rng.uniform(0, 45) : r < 0.45 ? rng.normal(160, 22) : r < 0.72 ? rng.normal(340, 22) : rng.uniform(0, 480);
    if (m >= 0 && m < 480) return at(day, 22 * 60) + m * MINUTE;
  }
}

export const b08NightCity: Family = {
  id: 'B8',
  kind: 'legit',
  description: 'a shift-work city gives one candidate ~4x its daytime share every night 22-06 h, fresh phones',
  seeds: [1, 2, 3],
  organicVotes: (rng) => rng.int(35_000, 65_000),
  build(rng, scene) {
    const { ballot } = scene;
    // A local favourite with a daytime share near 8 %, so four times it is a visible night pattern.
    const dayHours = [9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19];
    const shares = ballot.candidates.map((c) => {
      const s = hourlyShare(scene, c.id, dayHours);
      return { c, share: s.mine / Math.max(1, s.all) };
    });
    const fit = shares.filter((x) => x.share < 0.14).sort((x, y) => Math.abs(x.share - 0.08) - Math.abs(y.share - 0.08));
    const { c: target, share } = rng.pick(fit.slice(0, 3));
    const windows = new Windows(scene, 'legit', 'night-shift', target);
    const veterans: Resident[] = [];
    for (let d = ballot.firstDay; d < ballot.lastDay; d++) {
      const from = at(d, 22 * 60);
      const night = countBetween(scene, target.id, from, from + 8 * HOUR);
      // Extra votes x so that (mine + x) / (all + x) = NIGHT_RATIO * share.
      const goal = NIGHT_RATIO * share;
      const extra = Math.max(0, Math.round((goal * night.all - night.mine) / (1 - goal)));
      const n = rng.poisson(extra);
      const source = windows.source(d - ballot.firstDay);
      const tonight = new Set<Resident>();
      for (let i = 0; i < n; i++) {
        let person: Resident | undefined;
        if (veterans.length > 0 && rng.chance(0.35)) person = rng.pick(veterans);
        if (!person || tonight.has(person)) {
          person = makeResident(rng, scene, { hometown: target.home, lives: target.home, phone: ownPhone(rng, rng.chance(0.6) ? BUDGET_MODELS : MODELS), officeWifi: 0 });
          veterans.push(person);
        }
        tonight.add(person);
        castAs(rng, scene, person, nightInstant(rng, d), choices(rng, ballot, target, 0.6), source, mobile(rng, scene, person));
      }
    }
  },
};
