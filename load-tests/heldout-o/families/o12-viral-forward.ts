import { DAY, MINUTE } from '../../heldout/calendar';
import type { Region } from '../model/networks';
import { midCandidate, organicSize, scaled, type Family } from './family';

/** A touching article about the township spreads one evening through WeChat groups; voters from everywhere. */
export const viralForward: Family = {
  id: 'O12',
  kind: 'legit',
  description: 'viral forward one evening: cascading groups, 6-12k voters from Jiangxi, Guangdong, China, abroad',
  seeds: [1, 2],
  organicVotes: (rng) => organicSize(rng),
  build(ctx) {
    const { rng, people, ledger, rhythm, net } = ctx;
    const c = midCandidate(ctx);
    const d = rng.int(2, 4);
    const src = ledger.source({ name: 'viral', kind: 'legit', candidateId: c.id, group: 'viral' });
    const next = ledger.source({ name: 'viral-next-day', kind: 'legit', candidateId: c.id, group: 'viral' });
    const target = scaled(ctx.scale, rng.int(6000, 12000), 30);
    const forwards = [rhythm.at(d, 19 * 60 + rng.int(0, 30))];
    let n = 0;
    while (n < target) {
      const f = rng.pick(forwards);
      const size = Math.min(target - n, Math.round(rng.logNormal(60, 1)));
      for (let i = 0; i < size; i++, n++) {
        const region: Region = rng.pick(['jiangxi', 'jiangxi', 'jiangxi', 'guangdong', 'zhejiang', 'china']);
        const p = people.person(rng, { region, place: region === 'jiangxi' ? c.county : `far${rng.int(1, 20)}`, segment: rng.pick(['town', 'city', 'budget', 'elder'] as const) });
        const at = f + rng.gamma(1.3, 25 * MINUTE);
        if (rng.chance(0.02)) {
          ledger.add({ at, accountId: p.account, candidateIds: [c.id], ip: net.abroad(rng), userAgent: `${p.device.head} NetType/WIFI Language/zh_CN`, source: src });
          continue;
        }
        people.vote(rng, p, at, people.selection(rng, c.id), src);
        if (rng.chance(0.15)) forwards.push(at);
        if (rng.chance(0.25)) people.vote(rng, p, at + DAY + rng.normal(0, 2 * 3600_000), people.selection(rng, c.id), next);
      }
    }
  },
};
