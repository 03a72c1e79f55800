/**
 * A 4G modem pool ("cat pool"): 32-64 USB modems with one carrier's SIMs in a rack, a PC script
 * re-dialling each before every vote, so every vote leaves from a fresh carrier CGNAT address of
 * the pool's province. The script rotates 30-80 WeChat strings scraped from real phones and a bank
 * of bought accounts, works from late evening past midnight (after midnight the same accounts
 * may vote again: a new calendar day), two or three nights.
 */
import type { Rng } from '../../heldout/prng';
import { at, dayNumber, MINUTE, SECOND } from '../clock';
import { drawModel, install, ua } from '../handsets';
import { region } from '../regions';
import type { Family } from './family';
import { pickByRank, Windows } from './helpers';

export const b05ModemPool: Family = {
  id: 'B5',
  kind: 'attack',
  description: '32-64 re-dialling 4G modems (carrier CGNAT IPs), 30-80 scraped UAs, 21h-02h, 2-3 nights',
  seeds: [1, 2, 3],
  organicVotes: (rng) => rng.int(30_000, 60_000),
  build(rng, scene) {
    const { ballot, world } = scene;
    const target = pickByRank(rng, scene, 0.2, 0.7);
    const where = region(rng.pick(['guangdong', 'fujian', 'ganzhou', 'shangrao']));
    const carrier = rng.pick(['cmcc', 'unicom'] as const);
    const pool24 = world.mobile24s(where, carrier);
    const uas = Array.from({ length: rng.int(30, 80) }, () => ua(install(rng, drawModel(rng)), rng.chance(0.7) ? '4G' : '5G'));
    const modems = rng.int(32, 64);
    const accounts = Array.from({ length: rng.int(400, 800) }, () => scene.ledger.newAccount());
    // Per-modem cycle: re-dial, load the page, vote, sleep; the operator throttles the whole rack.
    const perMinute = rng.uniform(3, 6);
    const cycle = (modems / perMinute) * MINUTE;
    const windows = new Windows(scene, 'attack', 'modem-pool', target);
    // Accounts are taken in turn; each calendar day the bank starts over where that day left off.
    const usedOn = new Map<number, number>();
    const first = ballot.firstDay + rng.int(1, 3);
    for (let night = 0; night < rng.int(2, 3); night++) {
      const day = first + night;
      const begin = at(day, rng.int(21 * 60, 22 * 60 + 30));
      const end = at(day + 1, rng.int(60, 120));
      const source = windows.source(night);
      const times: number[] = [];
      for (let m = 0; m < modems; m++) {
        for (let t = begin + rng.uniform(0, cycle); t < end; t += rng.uniform(10, 25) * SECOND + rng.uniform(0.6, 1.4) * cycle) times.push(t);
      }
      times.sort((a, b) => a - b);
      for (const t of times) {
        const next = usedOn.get(dayNumber(t)) ?? 0;
        if (next >= accounts.length) continue;
        usedOn.set(dayNumber(t), next + 1);
        scene.ledger.add({ at: Math.round(t), accountId: accounts[next], candidateIds: [target.id], ip: address(rng, pool24), userAgent: rng.pick(uas), source });
      }
    }
  },
};

function address(rng: Rng, pool24: readonly string[]): string {
  return `${rng.pick(pool24)}.${rng.int(1, 254)}`;
}
