import { MINUTE } from '../../heldout/calendar';
import { randomDevice, userAgent } from '../model/devices';
import { midCandidate, organicSize, scaled, type Family } from './family';

/** A few dozen real phones, each logging in to ~20 bought accounts in turn, evenings, from a handful of addresses. */
export const phoneClickFarm: Family = {
  id: 'O2',
  kind: 'attack',
  description: 'click farm: 30-45 real phones x ~20 accounts each, human-ish ~60 s gaps, 5 IPs, 2-3 evenings',
  seeds: [1, 2],
  organicVotes: (rng) => organicSize(rng),
  build(ctx) {
    const { rng, net, ledger } = ctx;
    const c = midCandidate(ctx);
    const ips = [net.broadband(), net.broadband(), net.mobile(rng, 'jiangxi', c.county, 'mobile'), net.mobile(rng, 'jiangxi', c.county, 'mobile'), net.mobile(rng, 'jiangxi', c.county, 'unicom')];
    const phones = Array.from({ length: scaled(ctx.scale, rng.int(30, 45), 2) }, () => ({
      device: randomDevice(rng, 'budget'),
      ip: rng.pick(ips),
      accounts: Array.from({ length: rng.int(17, 23) }, () => ledger.newAccount()),
      gap: rng.uniform(50, 75) * 1000,
    }));
    const nights = rng.shuffle([1, 2, 3, 4, 5]).slice(0, rng.int(2, 3));
    for (const d of nights) {
      const src = ledger.source({ name: `farm-day${d}`, kind: 'attack', candidateId: c.id, group: 'click-farm' });
      const start = ctx.rhythm.at(d, 19 * 60 + rng.int(0, 60));
      for (const ph of phones) {
        let t = start + rng.uniform(0, 8) * MINUTE;
        for (const a of ph.accounts) {
          const wifi = !ph.ip.startsWith('223.') && !ph.ip.startsWith('117.168');
          ledger.add({ at: t, accountId: a, candidateIds: ctx.people.selection(rng, c.id, 0), ip: ph.ip, userAgent: userAgent(ph.device, wifi ? 'WIFI' : 'mobile', rng), source: src });
          t += ph.gap + rng.normal(0, 6000) + (rng.chance(0.05) ? rng.uniform(2, 6) * MINUTE : 0);
        }
      }
    }
  },
};
