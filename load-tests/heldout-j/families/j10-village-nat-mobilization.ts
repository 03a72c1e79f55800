import { MINUTE } from '../../heldout/calendar';
import { makePerson } from '../model/crowd';
import { organicSize, scaled, type Family } from './family';
import { castAs, idOf, source, target } from './kit';

/**
 * A township government calls its village committees: on a weekday morning each village holds its
 * party-members' day or a villagers' meeting, and people vote together in the committee room on
 * its one broadband line, then at home. Twenty-odd villages, staggered through the morning; a
 * smaller second round three days later. Few NATs, many real people.
 */
export const villageNatMobilization: Family = {
  id: 'J10',
  kind: 'legit',
  description: 'township mobilization in village committee rooms: ~25 village NATs, two mornings',
  seeds: [1, 2, 3],
  organicVotes: (rng) => organicSize(rng, 50_000),
  build(ctx) {
    const { rng, rhythm, ballot, net } = ctx;
    const main = target(ctx, 0.2, 0.7);
    const city = ballot.candidates[main].cityIndex;
    const ids = [idOf(ctx, main)];
    const villages = Array.from({ length: rng.int(18, 30) }, () => ({ nat: net.fixed(rng, city, 1)[0], people: scaled(ctx.scale, rng.int(70, 180), 3) }));
    const first = rng.int(1, 3);
    for (const [round, day] of [first, first + 3].entries()) {
      const src = source(ctx, 'legit', `villages-round-${round + 1}`, main, 'village-meetings');
      for (const v of villages) {
        const meeting = rhythm.at(day, rng.uniform(8.5, 11));
        const present = Math.round(v.people * (round === 0 ? 1 : rng.uniform(0.3, 0.6)));
        for (let i = 0; i < present; i++) {
          const p = makePerson(rng, ctx, { city, elderly: rng.chance(0.45), broadband: 0.5 });
          const inRoom = rng.chance(0.75);
          // In the room: on the committee's Wi-Fi, within the half hour while the cadre explains.
          const t = inRoom ? meeting + rng.uniform(2, 35) * MINUTE : meeting + rng.uniform(30, 240) * MINUTE;
          if (inRoom) castAs(ctx, rng, src, { ...p, home: [v.nat, v.nat], work: v.nat }, Math.floor(t), ids);
          else castAs(ctx, rng, src, p, Math.floor(t), ids);
        }
      }
    }
  },
};
