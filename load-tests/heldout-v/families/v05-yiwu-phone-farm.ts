import { HOUR, MINUTE } from '../../heldout/calendar';
import { drawDevice, userAgent } from '../model/devices';
import type { Place } from '../model/places';
import { daySources } from './kit';
import { organicSize, scaled, type Family } from './family';

/**
 * V5, a click farm of real phones. A studio in a rented flat in Yiwu runs 30-44 second-hand
 * budget Androids (each a genuine install with its own UA). On two afternoons each phone works
 * through 18-23 freshly bought accounts in turn over about three hours: log out, log in with the
 * SMS code, scroll a little to look alive, open the article, vote; every 6.5-9.5 minutes per phone
 * (log-normal, σ 0.15), now and then a pause of a few minutes.
 * The phones hang off two fibre lines and three 4G routers (a router keeps its CGNAT address for
 * the afternoon unless it reconnects). Human hands, but the rhythm is a little too even.
 */
export const yiwuPhoneFarm: Family = {
  id: 'V5',
  kind: 'attack',
  description: 'click farm: 30-44 phones in Yiwu, ~20 fresh accounts each over ~3 h, 5 lines',
  seeds: [1, 2],
  ballot: { needs: [{ rank: [6, 16] }] },
  organicVotes: (rng) => organicSize(rng),
  build(ctx) {
    const { rng, ballot, rhythm, ledger, net, scale } = ctx;
    const client = ballot.cast[0];
    const jinhua: Place = { kind: 'zhejiang', city: 'jinhua' };
    const fibre = [net.fixedLine(rng, jinhua, 'telecom')[0], net.fixedLine(rng, jinhua, 'telecom')[0]];
    const routers = 3;
    const phones = Array.from({ length: scaled(scale, rng.int(30, 44), 3) }, (_, i) => ({
      device: drawDevice(rng, 'worker', { month: ballot.month, lag: 3 }),
      line: i % (fibre.length + routers),
      pace: rng.uniform(6.5, 9.5) * MINUTE,
    }));
    const src = daySources(ctx, 'v5-farm', 'attack', client);
    const d1 = rng.int(1, 3);
    const sessions = [d1, Math.min(rhythm.days - 2, d1 + rng.int(1, 3))];
    for (const d of new Set(sessions)) {
      const start = rhythm.at(d, 13, rng.int(30, 80));
      // A router keeps its CGNAT egress for the session unless it drops and reconnects (once, maybe).
      const routerIp = Array.from({ length: routers }, () => {
        const a = net.mobile(rng, jinhua, 'mobile');
        const b = rng.chance(0.3) ? net.mobile(rng, jinhua, 'mobile') : a;
        const cut = rng.int(1, 3);
        return Array.from({ length: 8 }, (_, h) => (h < cut ? a : b));
      });
      for (const ph of phones) {
        let t = start + rng.uniform(0, 8) * MINUTE;
        const accounts = rng.int(18, 23);
        for (let k = 0; k < accounts; k++) {
          t += ph.pace * rng.logNormal(1, 0.15);
          if (rng.chance(0.08)) t += rng.uniform(3, 10) * MINUTE;
          const hourIdx = Math.min(7, Math.floor((t - start) / HOUR));
          const ip = ph.line < fibre.length ? fibre[ph.line] : routerIp[ph.line - fibre.length][hourIdx];
          ledger.add({ at: Math.floor(t), accountId: ledger.newAccount(), candidateIds: [client.id], ip, userAgent: userAgent(ph.device, 'WIFI'), source: src(d) });
        }
      }
    }
  },
};
