import { listPicks } from '../../choices';
import { androidHandset, drawAndroidSpec, pickAndroidModel } from '../../devices/handsets';
import { block24 } from '../../networks/connections';
import { JX_CELL_V4 } from '../../networks/address-plan';
import { MINUTE, SECOND, lastDay, wallClock } from '../../time';
import { DailySources, candidateByRank, type Family, type Scene } from '../kit';

/**
 * A group-control rig (群控): a few hundred phones on racks driven by one controller, each phone one
 * account. The controller fires a batch of phones at once, then the next batch some minutes later,
 * and runs the same schedule every day, so the same accounts vote together, day after day, within
 * seconds of each other. The racks reach the internet over WiFi through a dozen 4G routers.
 */
function build({ rng, ballot }: Scene): void {
  const cal = ballot.cal;
  const target = candidateByRank(rng, ballot, 2, 12);
  const attack = new DailySources(ballot, 'lockstep', 'attack', target);
  const picks = listPicks(ballot, [target]);
  const models = Array.from({ length: 3 }, () => pickAndroidModel(rng, 'worker'));
  const phones = Array.from({ length: rng.int(240, 420) }, () => ({ account: ballot.ledger.newAccount(), handset: androidHandset(drawAndroidSpec(rng, 'worker', rng.pick(models))), modem: rng.int(0, 11) }));
  const carrier = rng.pick(['cmcc', 'ct', 'cu'] as const);
  const batch = rng.int(30, 60);
  const cadence = rng.uniform(8, 20) * MINUTE;
  const spread = rng.uniform(10, 40) * SECOND;
  const hour = rng.uniform(7, 21);
  const firstDay = rng.int(1, 3);
  const days = Math.min(3, lastDay(cal) - firstDay);
  for (let d = firstDay; d < firstDay + days; d++) {
    const origin = wallClock(cal, d, hour) + rng.uniform(-2, 2) * MINUTE;
    // Each router reconnects between days and comes back with another CGNAT address.
    const modemIp = Array.from({ length: 12 }, () => `${block24(rng, JX_CELL_V4[carrier])}.${rng.int(1, 254)}`);
    phones.forEach((p, i) => {
      const at = Math.round(origin + Math.floor(i / batch) * cadence + rng.uniform(0, spread));
      ballot.ledger.add({ at, accountId: p.account, candidateIds: picks, ip: modemIp[p.modem], userAgent: p.handset.ua('WIFI', at), source: attack.at(at) });
    });
  }
}

export const e05: Family = {
  id: 'E5',
  kind: 'attack',
  title: 'lockstep-waves',
  description: 'Group-control rig: 240–420 phone accounts fire in batches of 30–60 within seconds, every 8–20 min, same schedule 3 days',
  seeds: [1, 2],
  build,
};
