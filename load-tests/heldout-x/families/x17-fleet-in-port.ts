import { MINUTE } from '../../heldout/calendar';
import { candidateByProfile } from '../model/ballot';
import type { Connection, Person } from '../model/people';
import { at, labelled, organicSize, scaled, type Family } from './family';

const PORTS = ['shishi-xiangzhi', 'dongshan-fisher', 'lianjiang-huangqi', 'zhaoan-fisher'] as const;

/**
 * X17, honest: the fleet comes home. A port's 60–120 boats have been at sea for days, out of
 * signal, while their own port's rescue volunteer was on the ballot. They come in before dawn on
 * one morning, 04:30–07:30, and as each boat reaches the harbour mouth its 6–12 crew get signal and
 * vote, most within a quarter hour: a dawn burst of fresh accounts on cheap phones through the two
 * or three cells that cover the harbour. A quarter of the crew are inland migrants whose roaming
 * SIMs leave from their home province. In port the next day many vote again, then the boats sail.
 */
export const fleetInPort: Family = {
  id: 'X17',
  kind: 'legit',
  description: 'fishing fleet back in port at dawn: 60-120 boats of crew vote as they get signal, few harbour cells',
  seeds: [1, 2],
  ballot: { need: [...PORTS] },
  organicVotes: (rng) => organicSize(rng),
  build(ctx) {
    const { rng, people, ballot, crowd, net } = ctx;
    const cand = candidateByProfile(ballot, rng.pick(PORTS));
    const city = cand.profile.city;
    const cells = net.mobilePrefixes(city, 'mobile').slice(0, rng.int(2, 3));
    const day = rng.int(2, 5);
    const landing = labelled(ctx, 'x17-landing', 'legit', cand, 'x17-fleet');
    const inPort = labelled(ctx, 'x17-in-port', 'legit', cand, 'x17-fleet');
    const boats = scaled(ctx.scale, rng.int(60, 120), 3);
    for (let b = 0; b < boats; b++) {
      const arrives = at(ctx, day, 4, 30) + rng.uniform(0, 180) * MINUTE;
      const crew: Person[] = Array.from({ length: rng.int(6, 12) }, () => {
        const migrant = rng.chance(0.25);
        return people.make(rng, { city, segment: 'fisher', market: 'fisher', home: 'none', outside: migrant ? rng.pick([5, 6, 7]) : undefined, carrier: migrant ? 'mobile' : rng.chance(0.8) ? 'mobile' : 'telecom' });
      });
      for (const p of crew) {
        const port = (): Connection => {
          if (p.outside !== undefined) return { ip: net.outsideIp(rng, p.outside, 'mobile'), net: '4G' };
          if (p.carrier === 'mobile') return { ip: `${rng.pick(cells)}.${rng.int(1, 254)}`, net: '4G' };
          return { ip: net.mobileIp(rng, city, p.carrier), net: '4G' };
        };
        if (rng.chance(0.72)) {
          const t = arrives + (rng.chance(0.85) ? rng.gamma(1.3, 9) - 8 : rng.uniform(30, 150)) * MINUTE;
          people.vote(rng, p, t, crowd.selection(rng, cand), landing, port());
        }
        if (rng.chance(0.5)) {
          const t = rng.chance(0.5) ? at(ctx, day + 1, 5, rng.int(0, 120)) : at(ctx, day + 1, 18, rng.int(0, 180));
          people.vote(rng, p, t, crowd.selection(rng, cand), inPort, port());
        }
      }
    }
  },
};
