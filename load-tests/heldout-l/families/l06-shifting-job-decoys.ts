import { MINUTE } from '../../heldout/calendar';
import { phone, type Device } from '../model/devices';
import { clock, organicSize, scaled, type Family } from './family';

/**
 * An aged-account pool (养号: accounts kept alive for months) with one phone identity each, run by
 * a job list whose hour moves every day so it never shows the same daily peak; a third of the
 * votes go to three decoy townships so the client is not the only one rising. Exits are
 * residential proxy addresses in Hunan cities, a new one per vote.
 */
export const shiftingJobDecoys: Family = {
  id: 'L6',
  kind: 'attack',
  description: 'aged accounts, job at a shifting hour each day, 30% decoys, Hunan residential proxies',
  seeds: [1, 2],
  ballot: { category: 'township', maxChoices: 1 },
  organicVotes: (rng) => organicSize(rng),
  build(ctx) {
    const { rng, ledger, net, crowd } = ctx;
    const ranked = crowd.byVolume();
    const client = ranked[rng.int(2, 5)];
    const decoys = rng.shuffle(ranked.slice(6, 20)).slice(0, 3);
    const targets = [client, ...decoys];
    const accounts: Array<{ id: string; device: Device; fav: number }> = Array.from({ length: scaled(ctx.scale, rng.int(900, 1300), 8) }, () => ({
      id: ledger.newAccount(),
      device: phone(rng, rng.chance(0.6) ? 'county' : 'city'),
      fav: rng.chance(0.7) ? 0 : rng.int(1, 3),
    }));
    const hours = rng.shuffle([6.5, 9, 12.7, 15.2, 17.3, 22.8, 23.2]).slice(0, 4);
    const cities = ['长沙', '株洲', '湘潭', '衡阳', '岳阳', '常德', '益阳', '郴州'];
    hours.forEach((hour, i) => {
      const d = 1 + i;
      const srcs = targets.map((t, k) => ledger.source({ name: `job-day${d}-${k === 0 ? 'client' : `decoy${k}`}`, kind: 'attack', candidateId: t.id, group: k === 0 ? 'client' : `decoy-${k}` }));
      const list = rng.shuffle([...accounts]);
      let t = clock(ctx, d, hour);
      const meanGap = (rng.uniform(70, 110) * MINUTE) / list.length;
      for (const a of list) {
        t += rng.exponential(meanGap);
        if (!rng.chance(0.85)) continue;
        const k = rng.chance(0.85) ? a.fav : rng.int(0, 3);
        ledger.add({ at: t, accountId: a.id, candidateIds: [targets[k].id], ip: net.broadband(rng.pick(cities)), userAgent: a.device.ua(rng.chance(0.6) ? 'WIFI' : '4G'), source: srcs[k] });
      }
    });
  },
};
