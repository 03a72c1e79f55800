import { MINUTE } from '../../heldout/calendar';
import { makeDevice } from '../model/devices';
import { at, labelled, organicSize, rankedBetween, scaled, type Family } from './family';

/**
 * X5, attack: a click farm of real phones in a Fuqing shop-house. 30–45 second-hand phones (each a
 * genuine install: its own model and UA), each worked by hand through ~20 fresh accounts in turn:
 * log out, log in with the next bought account (an SMS code, a slider check), open the link, vote;
 * one cycle every 7–11 minutes per phone with about ±40 s of jitter and now and then a longer pause,
 * so a session lasts two and a half to four hours. Five connections: two broadband lines and three
 * 4G hotspots, each with a new CGNAT address every session. Two or three sessions on different
 * afternoons or evenings, new accounts every session.
 */
export const phoneClickFarm: Family = {
  id: 'X5',
  kind: 'attack',
  description: '30-45 real phones each cycling ~20 fresh accounts over 2.5-4 h, 5 IPs, 2-3 sessions',
  seeds: [1, 2],
  organicVotes: (rng) => organicSize(rng),
  build(ctx) {
    const { rng, net, ledger } = ctx;
    const cand = rankedBetween(ctx, 4, 16);
    const phones = Array.from({ length: scaled(ctx.scale, rng.int(30, 45), 3) }, () => ({
      device: makeDevice(rng, rng.chance(0.5) ? 'village' : 'county'),
      conn: rng.int(0, 4),
      cycle: rng.uniform(7, 11) * MINUTE,
    }));
    const lines = [net.broadbandIp(rng, 'fuzhou', 'telecom'), net.broadbandIp(rng, 'fuzhou', 'unicom')];
    const sessions = rng.int(2, 3);
    const days = rng.shuffle([1, 2, 3, 4, 5]).slice(0, sessions).sort((a, b) => a - b);
    for (const d of days) {
      const source = labelled(ctx, `x5-farm-day${d}`, 'attack', cand, 'x5-farm');
      const start = rng.chance(0.5) ? at(ctx, d, 14, rng.int(0, 40)) : at(ctx, d, 19, rng.int(10, 50));
      // A 4G hotspot keeps its CGNAT address while it stays up: one per hotspot per session.
      const hotspots = [0, 1, 2].map(() => net.mobileIp(rng, 'fuzhou', 'mobile'));
      for (const phone of phones) {
        let t = start + rng.uniform(0, 8) * MINUTE;
        const accounts = rng.int(17, 23);
        for (let a = 0; a < accounts; a++) {
          t += phone.cycle + rng.normal(0, 40_000) + (rng.chance(0.06) ? rng.uniform(3, 12) * MINUTE : 0);
          const ip = phone.conn < 2 ? lines[phone.conn] : hotspots[phone.conn - 2];
          ledger.add({ at: Math.round(t), accountId: ledger.newAccount(), candidateIds: [cand.id], ip, userAgent: phone.device.ua(phone.conn < 2 ? 'WIFI' : '4G'), source });
        }
      }
    }
  },
};
