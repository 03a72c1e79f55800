import { MINUTE } from '../../heldout/calendar';
import { nomineeAt } from '../model/ballot';
import { selection, type Person, type Where } from '../model/people';
import { organicSize, scaled, sourcesBy, type Family } from './family';

/**
 * W10. Jilin Oilfield (in Songyuan) and the city's offices back the oilfield hospital's nurse: a
 * notice after the morning meeting sends 3,500-6,500 employees to vote, most within the morning
 * and from their desks, which leave the intranet through a handful of NAT addresses (oilfield HQ,
 * two production plants, the city's e-government network). A reminder each working morning brings
 * back fewer of them each day; at weekends they vote from home.
 */
export const oilfieldNat: Family = {
  id: 'W10',
  kind: 'legit',
  description: 'Jilin Oilfield + Songyuan offices mobilize 3.5-6.5k staff behind ~7 NAT exits',
  seeds: [1, 2],
  ballot: { require: [{ hospital: 'youtian' }] },
  organicVotes: (rng) => organicSize(rng),
  build(ctx) {
    const { rng, ballot, rhythm, people, net, scale } = ctx;
    const target = nomineeAt(ballot, 'youtian');
    const sites = [net.exits('oilfield-hq', 3, 'SY', 'telecom'), net.exits('oilfield-plant-1', 1, 'SY', 'unicom'), net.exits('oilfield-plant-2', 1, 'SY', 'unicom'), net.exits('songyuan-egov', 2, 'SY', 'telecom')];
    const siteW = [0.5, 0.15, 0.12, 0.23];
    const days = rhythm.openDays();
    const first = days.find((d) => rhythm.range(d)[0] <= rhythm.at(d, 510)) ?? days[1];
    const notice = first + rng.int(0, 1);
    const n = scaled(scale, rng.int(3500, 6500), 20);
    const sourceFor = sourcesBy(ctx, 'w10-oilfield', 'legit', target);
    const staff: Array<{ p: Person; desk: string[] }> = Array.from({ length: n }, () => {
      const desk = sites[rng.weightedIndex(siteW)];
      return { p: people.make(rng, { region: 'SY', profile: rng.chance(0.3) ? 'young' : 'adult', work: desk }), desk };
    });
    const whereAt = (s: { p: Person }, at: number, rest: boolean): Where => {
      const hour = Math.floor(rhythm.minuteOf(at) / 60);
      if (!rest && hour >= 8 && hour < 17 && rng.chance(0.8)) return 'work';
      return people.everyday(rng, s.p, at);
    };
    for (const s of staff) {
      const morning = rng.chance(0.85);
      const at = morning ? rhythm.at(notice, 520) + rng.gamma(1.3, 30) * MINUTE : rhythm.sample(rng, notice, [0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 1, 1, 1, 1, 1, 1, 2, 2, 2, 1, 0, 0]);
      people.vote(rng, s.p, at, selection(ballot, target), sourceFor(`day${notice}`), whereAt(s, at, rhythm.isRest(notice)));
    }
    let share = 0.4;
    for (const d of days.filter((x) => x > notice)) {
      const rest = rhythm.isRest(d);
      for (const s of staff) {
        if (!rng.chance(rest ? share * 0.4 : share)) continue;
        const at = rest ? rhythm.at(d, rng.int(480, 1260)) : rhythm.at(d, 500) + rng.gamma(1.2, 35) * MINUTE;
        people.vote(rng, s.p, at, selection(ballot, target), sourceFor(`day${d}`), whereAt(s, at, rest));
      }
      if (!rest) share *= 0.72;
    }
  },
};
