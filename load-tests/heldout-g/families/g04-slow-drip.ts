import { newAndroid } from '../model/devices';
import { homeAddress, mobileAddress, newHome } from '../model/networks';
import { typicalCrowd, type Family } from './family';
import { byRank } from './kit';

/**
 * A slow drip from a pool of bought accounts: every day of the week a scheduler on a few phones
 * votes each account once between 08:00 and 23:00, either at the account's fixed minute or in a
 * freshly shuffled order, from the operator's home line (new address each redial) and a 4G card.
 * A few hundred a day for a middling candidate: no burst, only persistence.
 */
export const slowDrip: Family = {
  id: 'G4',
  kind: 'attack',
  description: 'bought-account pool re-voting daily all week, scheduled 08-23h, few IPs',
  seeds: [1, 2],
  organicVotes: typicalCrowd,
  build(ctx) {
    const { rng, ledger, rhythm } = ctx;
    const target = byRank(ctx, 8, 25);
    const pool = Math.max(4, Math.round(rng.int(180, 450) * ctx.scale));
    const phones = Array.from({ length: rng.int(4, 8) }, () => newAndroid(rng, 'worker'));
    const home = newHome(rng, target.area);
    home.redialDays = 1;
    const fixedMinutes = rng.chance(0.5);
    const accounts = Array.from({ length: pool }, (_, i) => ({ id: ledger.newAccount(), minute: 8 * 60 + ((i + rng.next()) * 15 * 60) / pool, phone: phones[i % phones.length] }));
    const firstDay = rhythm.fullDays()[0] ?? 1;
    for (let d = firstDay; d < rhythm.cal.dayCount; d++) {
      const source = ledger.source({ name: `drip day ${d}`, kind: 'attack', candidateId: target.id, group: `drip:${target.name}` });
      const cellular = mobileAddress(rng, target.area, 'mobile', false);
      const order = fixedMinutes ? accounts : rng.shuffle([...accounts]);
      order.forEach((a, i) => {
        const minute = fixedMinutes ? a.minute + rng.normal(0, 1.5) : 8 * 60 + ((i + rng.next()) * 15 * 60) / pool;
        const at = rhythm.at(d, minute);
        if (!rhythm.inWindow(at)) return;
        // One phone in five runs on its 4G card; the others share the home line.
        const onCellular = i % 5 === 4;
        const ip = onCellular ? cellular : homeAddress(home, d, a.phone.key);
        ledger.cast({ at, accountId: a.id, candidateIds: [target.id], ip, userAgent: a.phone.ua(onCellular ? '4G' : 'WIFI', d), source });
      });
    }
  },
};
