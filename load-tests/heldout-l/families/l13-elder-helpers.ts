import { phone, type Device } from '../model/devices';
import { candidate, clock, organicSize, scaled, type Family } from './family';

/**
 * Qianlianghu's lake villages: in 250-400 households a son, daughter-in-law or grandchild votes
 * for the elders after dinner, one account after another 30-150 s apart, over the home Wi-Fi:
 * in most homes on their own phone (WeChat's account switch), in others on each elder's phone.
 */
export const elderHelpers: Family = {
  id: 'L13',
  kind: 'legit',
  description: 'relatives vote 3-8 family accounts in turn on one phone over home Wi-Fi',
  seeds: [1, 2],
  ballot: { category: 'township', include: ['钱粮湖镇'] },
  organicVotes: (rng) => organicSize(rng),
  build(ctx) {
    const { rng, ledger, people, net, ballot } = ctx;
    const c = candidate(ctx, '钱粮湖镇', 3);
    const homes = Array.from({ length: scaled(ctx.scale, rng.int(250, 400), 3) }, () => {
      const helper = phone(rng, 'county');
      const ownPhones = rng.chance(0.35);
      const members = Array.from({ length: rng.int(3, 8) }, (_, i): { account: string; device: Device } => ({
        account: ledger.newAccount(),
        device: ownPhones && i > 0 ? phone(rng, 'elder') : helper,
      }));
      return { members, ip: net.broadband(c.city), hour: rng.uniform(19, 21.5), eager: rng.uniform(0.6, 0.95) };
    });
    for (let d = 0; clock(ctx, d, 19) < ballot.cal.closesAt; d++) {
      const src = ledger.source({ name: `helpers-day${d}`, kind: 'legit', candidateId: c.id, group: 'elder-helpers' });
      for (const h of homes) {
        if (!rng.chance(h.eager)) continue;
        let t = clock(ctx, d, h.hour + rng.normal(0, 0.4));
        for (const m of h.members) {
          if (rng.chance(0.1)) continue;
          ledger.add({ at: t, accountId: m.account, candidateIds: people.choose(rng, c.id), ip: h.ip, userAgent: m.device.ua('WIFI'), source: src });
          t += rng.uniform(30, 150) * 1000;
        }
      }
    }
  },
};
