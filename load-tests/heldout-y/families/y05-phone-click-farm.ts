import { MINUTE } from '../../heldout/calendar';
import { midTable, organicSize, scaled, windows, type Family } from './family';

/**
 * A click farm of real second-hand phones in a Handan flat: 30–45 phones, each logging in to about
 * twenty bought accounts in turn (SMS code, vote, log out) every seven to nine minutes, over three
 * hours on two or three evenings, through two broadband lines and three 4G routers.
 */
export const phoneClickFarm: Family = {
  id: 'Y5',
  kind: 'attack',
  description: 'click farm: 30-45 real phones x ~20 accounts each, evenings, 5 IPs',
  seeds: [1, 2],
  organicVotes: (rng) => organicSize(rng),
  build(ctx) {
    const { rng, rhythm, ballot, net, devices, ledger } = ctx;
    const target = midTable(ctx, 3, 12);
    const src = windows(ctx, 'attack', 'farm', target);
    const n = scaled(ctx.scale, rng.int(30, 45), 3);
    const phones = Array.from({ length: n }, () => ({
      device: devices.random(rng, 'budget'),
      accounts: Array.from({ length: rng.int(17, 23) }, () => ledger.newAccount()),
      gap: rng.uniform(7, 9) * MINUTE,
    }));
    const evenings = rng.int(2, 3);
    const first = rng.int(1, Math.max(1, ballot.cal.dayCount - evenings - 1));
    for (let d = first; d < first + evenings; d++) {
      const routers = [net.mobile(rng, '邯郸', 'mobile'), net.mobile(rng, '邯郸', 'mobile'), net.mobile(rng, '邯郸', 'unicom')];
      const exits: Array<{ ip: string; net: 'WIFI' | '4G' }> = [{ ip: net.home(rng, '邯郸'), net: 'WIFI' }, { ip: net.home(rng, '邯郸'), net: 'WIFI' }, ...routers.map((ip) => ({ ip, net: 'WIFI' as const }))];
      const start = rhythm.clock(d, rng.uniform(18.8, 19.6));
      phones.forEach((ph, i) => {
        const exit = exits[i % exits.length];
        let at = start + rng.uniform(0, 6) * MINUTE;
        for (const account of ph.accounts) {
          ledger.add({ at: Math.round(at), accountId: account, candidateIds: [target.id], ip: exit.ip, userAgent: ph.device.ua(exit.net), source: src(d) });
          at += ph.gap + rng.normal(0, 35_000) + (rng.chance(0.05) ? rng.uniform(2, 6) * MINUTE : 0);
        }
      });
    }
  },
};
