import { MINUTE, isWeekend, shanghaiMinuteOfDay } from '../../heldout/calendar';
import type { Place } from '../model/places';
import type { Person } from '../model/people';
import { daySources } from './kit';
import { organicSize, scaled, type Family } from './family';

/**
 * V10, a county mobilization behind a few NATs (honest). Suichang county backs its China Post
 * mountain postman: on day 2 or 3 at about 09:00 the county office's notice goes to every
 * department, school, hospital and the post office itself. 2,600-4,800 civil servants, teachers,
 * doctors and postal staff vote within the hour or after the 14:30 afternoon start, most from
 * their desks behind seven exits (e-government network 2, China Post's enterprise line 2,
 * education network 1, the county hospital 1, the media centre 1). A reminder goes round each
 * following morning and fewer answer it each day; at weekends they vote from home.
 */
export const countyNoticeNat: Family = {
  id: 'V10',
  kind: 'legit',
  description: 'county notice: 2.6k-4.8k civil servants/teachers behind 7 NAT exits, morning',
  seeds: [1, 2],
  ballot: { needs: [{ city: 'lishui', district: '遂昌县', company: 'ems', route: 'rural', rank: [8, 20] }] },
  organicVotes: (rng) => organicSize(rng),
  build(ctx) {
    const { rng, ballot, rhythm, people, net, crowd, scale } = ctx;
    const client = ballot.cast[0];
    const lishui: Place = { kind: 'zhejiang', city: 'lishui' };
    const exits = [
      ...net.fixedLine(rng, lishui, 'telecom', 2),
      crowd.depot('ems', 'lishui', 0),
      crowd.depot('ems', 'lishui', 1),
      ...net.fixedLine(rng, lishui, 'telecom', 1),
      ...net.fixedLine(rng, lishui, 'unicom', 1),
      ...net.fixedLine(rng, lishui, 'telecom', 1),
    ];
    const exitWeights = [5, 3, 2, 1, 3, 2, 1];
    const day = rng.int(1, 2);
    const notice = rhythm.at(day, 9, rng.int(0, 20));
    const afternoon = rhythm.at(day, 14, 30);
    const size = scaled(scale, rng.int(2600, 4800), 30);
    const staff: Person[] = Array.from({ length: size }, () => people.create(rng, { segment: rng.chance(0.8) ? 'urban' : 'elder', place: lishui, home: rng.chance(0.7), work: exits[rng.weightedIndex(exitWeights)] }));
    const src = daySources(ctx, 'v10-county', 'legit', client);
    const desk = (t: number, p: Person): 'work' | 'auto' => {
      const h = shanghaiMinuteOfDay(t) / 60;
      return !isWeekend(t) && h >= 8 && h < 18 && p.work && rng.chance(0.85) ? 'work' : 'auto';
    };
    for (const p of staff) {
      const t = rng.chance(0.78) ? notice + rng.logNormal(22, 0.8) * MINUTE : afternoon + rng.logNormal(18, 0.7) * MINUTE;
      if (rhythm.dayOf(t) !== day) continue;
      people.vote(rng, src(day), p, t, crowd.selection(rng, client), desk(t, p));
      const keen = rng.uniform(0.2, 0.8);
      for (let d = day + 1; d < rhythm.days; d++) {
        if (!rng.chance(keen * Math.pow(0.8, d - day - 1))) continue;
        const reminder = rhythm.at(d, 8, 45 + rng.int(0, 10));
        const at = rng.chance(0.7) ? reminder + rng.logNormal(20, 1.0) * MINUTE : rhythm.onDay(rng, d, 'urban');
        if (!Number.isFinite(at) || rhythm.dayOf(at) !== d) continue;
        people.vote(rng, src(d), p, at, crowd.selection(rng, client), desk(at, p));
      }
    }
  },
};
