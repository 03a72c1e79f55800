import { HOUR } from '../../heldout/calendar';
import { randomDevice, userAgent } from '../model/devices';
import { daySources, nominee, organicSize, scaled, type Family } from './family';

/**
 * On a three-choice ballot a script votes Lanling plus two popular nominees as cover, in random
 * order, like a real voter ticking three: three evenings of 350–500 votes, Poisson arrivals,
 * fresh accounts through a mobile proxy pool of Shandong CGNAT addresses.
 */
export const coverVotes: Family = {
  id: 'T7',
  kind: 'attack',
  description: 'Lanling cover-vote script: target + 2 popular covers, 3 evenings, mobile proxies',
  seeds: [1, 2],
  ballot: { include: ['兰陵县'], maxChoices: 3 },
  organicVotes: (rng) => organicSize(rng),
  build(ctx) {
    const { rng, ledger, net, rhythm, ballot } = ctx;
    const target = nominee(ballot, '兰陵县');
    const popular = [...ballot.candidates].filter((c) => c.id !== target.id).sort((a, b) => b.pull - a.pull).slice(0, 8);
    const source = daySources(ctx, 'T7 cover votes', 'attack', target);
    const first = rng.int(1, 3);
    for (const day of [first, first + 1, first + 3]) {
      const from = rhythm.midnight(day) + 19 * HOUR;
      for (let i = scaled(ctx.scale, rng.int(350, 500)); i > 0; i--) {
        const covers = rng.shuffle([...popular]).slice(0, 2).map((c) => c.id);
        const city = rng.pick(['临沂', '济南', '青岛', '枣庄']);
        ledger.add({
          at: from + rng.next() * 4 * HOUR,
          accountId: ledger.newAccount(),
          candidateIds: rng.shuffle([target.id, ...covers]),
          ip: net.mobile(rng, city),
          userAgent: userAgent(randomDevice(rng, 'town'), rng.chance(0.5) ? '4G' : '5G'),
          source: source(day),
        });
      }
    }
  },
};
