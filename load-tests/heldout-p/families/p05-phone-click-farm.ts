import { makePhone, modelByCode, phoneUa } from '../model/devices';
import { at, organicSize, scaled, type Family } from './family';

const FARM_MODELS = ['22101317C', 'M2012K11AC', 'V2163A', 'V2219A', 'PFVM10', 'PHJ110', 'RMX3562', 'ALI-AN00'];

/**
 * P5, click farm of real phones: 30–45 second-hand phones on a shelf (each a genuine install with
 * its own exact UA), each logged into 18–22 fresh accounts in turn, a vote every 5–8 minutes with
 * human-looking but slightly regular gaps, over about two to three hours of an evening, from two
 * broadband lines and two or three 4G routers; the same accounts again on a second evening.
 */
export const phoneClickFarm: Family = {
  id: 'P5',
  kind: 'attack',
  description: 'click farm: 30-45 real phones x ~20 fresh accounts each, regular-ish gaps, 4-5 IPs',
  seeds: [1, 2],
  organicVotes: (rng) => organicSize(rng),
  build(ctx) {
    const { rng, crowd, ballot, ledger, net, people } = ctx;
    const target = crowd.atRank(rng, 0.3, 0.85);
    const cid = ballot.candidates[target].id;
    const city = ballot.places[target].city;
    const exits: Array<{ ip: string; net: 'WIFI' | '4G' }> = [
      { ip: net.broadband(rng, 'telecom'), net: 'WIFI' },
      { ip: net.broadband(rng, 'unicom'), net: 'WIFI' },
      ...Array.from({ length: rng.int(2, 3) }, () => ({ ip: net.mobile(rng, city, 'mobile'), net: '4G' as const })),
    ];
    const phones = Array.from({ length: scaled(ctx.scale, rng.int(30, 45), 3) }, () => {
      const phone = makePhone(rng, modelByCode(rng.pick(FARM_MODELS)));
      const exit = rng.pick(exits);
      const accounts = Array.from({ length: rng.int(18, 22) }, () => ledger.newAccount());
      return { phone, exit, accounts, gap: rng.uniform(5, 8) * 60_000 };
    });
    const first = rng.int(1, 3);
    for (const d of [first, first + rng.int(1, 2)]) {
      const src = ledger.source({ name: `P5 farm evening ${d}`, kind: 'attack', candidateId: cid, group: 'P5 click farm' });
      const start = at(ctx, d, rng.uniform(18.5, 19.5));
      for (const f of phones) {
        let t = start + rng.uniform(0, 10) * 60_000;
        for (const account of f.accounts) {
          people.ledger.add({ at: t, accountId: account, candidateIds: [cid], ip: f.exit.ip, userAgent: phoneUa(f.phone, f.exit.net), source: src });
          t += f.gap * (1 + rng.normal(0, 0.1)) + (rng.chance(0.05) ? rng.uniform(2, 10) * 60_000 : 0);
        }
      }
    }
  },
};
