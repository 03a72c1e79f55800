import { HOUR, MINUTE } from '../../heldout/calendar';
import { placeIndex } from '../model/ballot';

import { daySources, organicSize, scaled, type Family } from './family';

/**
 * A Tibetan township on the plateau: during a four-day gathering at the monastery herders and
 * monks come in, and the only connection is the township's one 4G router (its public address
 * changes when it reconnects each morning). They vote on its Wi-Fi after morning prayers and
 * after the evening assembly; the township cadres help the elders, a few accounts per phone.
 */
export const monasteryLink: Family = {
  id: 'K16',
  kind: 'legit',
  description: 'plateau township gathering: hundreds a day on one 4G router address, cadres helping elders',
  seeds: [1, 2],
  ballot: { category: 'township', include: ['色达县色柯镇', '理塘县高城镇', '若尔盖县唐克镇'] },
  organicVotes: (rng) => organicSize(rng, 40_000),
  build(ctx) {
    const { rng, ballot, people, net, rhythm, ledger, scale } = ctx;
    const c = placeIndex(ballot, rng, rng.pick(['色达县色柯镇', '理塘县高城镇', '若尔盖县唐克镇']), ['tibetan']);
    const area = people.areaOf(c);
    const id = ballot.candidates[c].id;
    const src = daySources(ctx, 'monastery-link', 'legit', c);
    const crowd = Array.from({ length: scaled(scale, rng.int(400, 750), 8) }, () => {
      const p = people.make(rng, { candidate: c, segment: 'mountain', area, life: 'highland', small: true, homeShare: 0 });
      const extra = rng.chance(0.15) ? Array.from({ length: rng.int(1, 4) }, () => ledger.newAccount()) : [];
      return { p, extra, device: p.device };
    });
    const first = rng.int(1, 3);
    for (let d = first; d < first + 4; d++) {
      const ip = net.mobile(area, 'telecom', rng, true);
      for (const m of crowd) {
        if (!rng.chance(0.7)) continue;
        let at = rhythm.dayStart(d) + (rng.chance(0.55) ? 10.5 * HOUR + rng.gamma(2, 35 * MINUTE) : 19.5 * HOUR + rng.gamma(2, 30 * MINUTE));
        for (const account of [m.p.account, ...m.extra]) {
          ledger.add({ at, accountId: account, candidateIds: [id], ip, userAgent: m.device.ua('WIFI'), source: src(d) });
          at += rng.uniform(50, 180) * 1000;
        }
      }
    }
  },
};
