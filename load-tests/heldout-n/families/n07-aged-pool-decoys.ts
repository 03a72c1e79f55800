import { byPull, type Place } from '../model/ballot';
import { ownPhone, type Device } from '../model/devices';
import { organicSize, rawVote, scaled, type Family } from './family';

/**
 * The careful vendor: 实名老号 (aged, real-name accounts bought in bulk), each kept on one fixed
 * phone profile for the whole week, voting on most days at times drawn from a town's day, through
 * a pool of Guangxi mobile proxies (the target city's CGNAT) and home-broadband proxies. To blur
 * the client's curve, 30% of votes go to three decoy places of the middle table (single-choice
 * ballot). The decoys are stuffed too and are labelled attacked.
 */
export const agedPoolDecoys: Family = {
  id: 'N7',
  kind: 'attack',
  description: 'aged real-name accounts on fixed profiles via GX proxies, 3 decoys (labelled)',
  seeds: [1, 2, 3],
  ballot: { category: 'township', maxChoices: 1 },
  organicVotes: (rng) => organicSize(rng),
  build(ctx) {
    const { rng, ballot, rhythm, net, ledger, scale } = ctx;
    const sorted = byPull(ballot);
    const pick4 = rng.shuffle(sorted.slice(5, 18)).slice(0, 4);
    const client = pick4[0];
    const targets: Array<[Place, number]> = [[client, 0.7], ...pick4.slice(1).map((p): [Place, number] => [p, 0.1])];
    const pool: Array<{ account: string; device: Device; choice: Place }> = [];
    for (let i = 0, n = scaled(scale, rng.int(500, 900), 10); i < n; i++) {
      const choice = targets[rng.weightedIndex(targets.map(([, w]) => w))][0];
      pool.push({ account: ledger.newAccount(), device: ownPhone(rng, 'town'), choice });
    }
    for (let d = 1; d < rhythm.days - 1; d++) {
      const sources = new Map(
        targets.map(([p]) => [p.id, ledger.source({ name: `N7 pool ${p.id} day ${d}`, kind: 'attack', candidateId: p.id, group: p.id === client.id ? 'pool:client' : `pool:decoy:${p.id}` })]),
      );
      for (const acc of pool) {
        if (!rng.chance(0.85)) continue;
        const mobile = rng.chance(0.65);
        const ip = mobile ? net.mobile(rng, 'mobile', client.cityKey) : net.broadband(rng, 'telecom', rng.pick(['nanning', 'yulin', 'guigang', client.cityKey] as const));
        rawVote(ctx, rhythm.at(rng, 'town', d), acc.account, [acc.choice.id], ip, acc.device.ua(mobile ? '4G' : 'WIFI'), sources.get(acc.choice.id) ?? 0);
      }
    }
  },
};
