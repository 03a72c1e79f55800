import { MINUTE } from '../../heldout/calendar';
import { nomineeAt } from '../model/ballot';
import { selection, type Person } from '../model/people';
import { organicSize, scaled, sourcesBy, type Family } from './family';

const TOWNSHIP = ['fushun', 'xinhua'];

/**
 * W17. A township health centre's nurse in Baicheng's farm country. The village loudspeakers
 * (大喇叭) announce the vote at 06:30 and 18:00; younger villagers vote on their own phones, but
 * the elderly bring their phones to the village clinic, where the village doctor or the grid
 * worker votes on each one in turn over the clinic's single broadband line: one address, a new
 * account every minute or two, for an hour or so, morning and evening, every day.
 */
export const villageHelpers: Family = {
  id: 'W17',
  kind: 'legit',
  description: 'village doctors vote elders\u2019 own phones one by one on the clinic line',
  seeds: [1, 2],
  ballot: { require: [{ hospital: TOWNSHIP }] },
  organicVotes: (rng) => organicSize(rng, 32_000),
  build(ctx) {
    const { rng, ballot, rhythm, people, net, scale } = ctx;
    const target = nomineeAt(ballot, TOWNSHIP);
    const sourceFor = sourcesBy(ctx, 'w17-village', 'legit', target);
    const villages = scaled(scale, rng.int(5, 8), 1);
    for (let v = 0; v < villages; v++) {
      const clinic = net.exits(`village-clinic-${v}`, 1, 'BC', rng.chance(0.6) ? 'unicom' : 'telecom')[0];
      const size = rng.int(60, 150);
      const elders: Person[] = [];
      const young: Person[] = [];
      for (let i = 0; i < size; i++) {
        if (rng.chance(0.65)) elders.push(people.make(rng, { region: 'BC', profile: 'elderly', lineChance: 0.3 }));
        else young.push(people.make(rng, { region: 'BC', profile: rng.chance(0.5) ? 'adult' : 'young', lineChance: 0.5 }));
      }
      for (const d of rhythm.openDays()) {
        const keen = Math.max(0.3, 0.65 - 0.04 * d);
        const morning = elders.filter(() => rng.chance(keen * 0.55));
        const evening = elders.filter((e) => !morning.includes(e) && rng.chance(keen * 0.45));
        for (const [list, start] of [[morning, 420], [evening, 1110]] as const) {
          let at = people.notBeforeOpening(rng, rhythm.at(d, start + rng.int(0, 20)));
          for (const e of rng.shuffle([...list])) {
            people.vote(rng, e, at, selection(ballot, target), sourceFor(`day${d}`), { ip: clinic, net: 'WIFI' });
            at += rng.logNormal(90, 0.35) * 1000;
          }
        }
        for (const y of young) {
          if (!rng.chance(keen)) continue;
          const at = people.notBeforeOpening(rng, rhythm.at(d, rng.chance(0.4) ? 390 : 1080) + rng.gamma(1.2, 30) * MINUTE);
          people.vote(rng, y, at, selection(ballot, target), sourceFor(`day${d}`), people.everyday(rng, y, at));
        }
      }
    }
  },
};
