import { MINUTE } from '../../heldout/calendar';
import { midCandidate } from '../model/ballot';
import { makePhone } from '../model/devices';
import { organicSize, scaled, type Family } from './family';

/**
 * A click farm of real phones in a Dongguan flat: three dozen second-hand Android phones (each a
 * genuine WeChat install, so each its own UA string), each logged in to about twenty bought
 * accounts in turn. Workers switch account, open the link, tick, submit: a minute or so per account,
 * a little too even. The flat has two broadband lines and three 4G routers. The same accounts are
 * worked again on the following evenings.
 */
export const phoneClickFarm: Family = {
  id: 'I2',
  kind: 'attack',
  description: 'click farm: ~36 real phones x ~20 accounts each, in turn, from 5 IPs, evenings',
  seeds: [1, 2],
  organicVotes: (rng) => organicSize(rng),
  build({ rng, ballot, ledger, net, rhythm, scale }) {
    const target = midCandidate(rng, ballot);
    const phones = Array.from({ length: scaled(scale, rng.int(30, 42), 3) }, () => makePhone(rng, 'budget'));
    const accounts = phones.map(() => Array.from({ length: rng.int(17, 23) }, () => ledger.newAccount()));
    const lines = [...[0, 1].map(() => net.broadband(rng, 'cm')), ...[0, 1, 2].map(() => net.mobile(rng, 'cm', '东莞市'))];
    const exits = phones.map(() => rng.int(0, lines.length - 1));
    const firstDay = rng.int(1, 3);
    const days = rng.int(2, 3);
    for (let d = firstDay; d < Math.min(rhythm.days, firstDay + days); d++) {
      const src = ledger.source({ name: `farm day ${d}`, kind: 'attack', candidateId: target, group: 'click farm' });
      const open = rhythm.at(d, rng.uniform(19.2, 20.5));
      phones.forEach((phone, k) => {
        let at = open + rng.uniform(0, 12) * MINUTE;
        const gap = rng.uniform(48, 75) * 1000;
        for (const account of rng.shuffle([...accounts[k]])) {
          at += gap + rng.normal(0, 6_000) + (rng.chance(0.06) ? rng.uniform(2, 8) * MINUTE : 0);
          const exit = rng.chance(0.1) ? rng.int(0, lines.length - 1) : exits[k];
          ledger.add({ at: Math.floor(at), accountId: account, candidateIds: [target], ip: lines[exit], userAgent: phone.ua(exit < 2 ? 'WIFI' : '4G'), source: src });
        }
      });
    }
  },
};
