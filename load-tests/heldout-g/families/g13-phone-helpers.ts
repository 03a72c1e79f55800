import { MINUTE } from '../../heldout/calendar';
import type { Rng } from '../../heldout/prng';
import { newPhone, type Cohort } from '../model/devices';
import { homeAddress, mobileAddress, newHome, staticAddress } from '../model/networks';
import { typicalCrowd, type Family } from './family';
import { byRank } from './kit';

interface Role {
  name: string;
  cohort: Cohort;
  /** Accounts handled in one sitting. */
  accounts: (rng: Rng) => number;
  /** Minutes of the day a sitting may start in. */
  from: number;
  to: number;
  /** Median seconds to switch to the next account. */
  switchS: number;
  /** Chance of sitting down again on each later day. */
  again: number;
  line: 'office' | 'home' | 'either';
}

/**
 * Who votes for others on one phone, one account after another, because the others cannot:
 * a village clerk or care-home worker for the elders whose accounts she keeps, a grandchild for
 * the grandparents and aunties, a volunteer for the neighbours. Switching accounts takes a
 * minute or two (log out, scan or type, wait for the code), sometimes a break.
 */
const ROLES: readonly Role[] = [
  { name: 'clerk', cohort: 'general', accounts: (r) => (r.chance(0.5) ? r.int(12, 25) : r.int(26, 50)), from: 9 * 60, to: 16 * 60, switchS: 55, again: 0.65, line: 'office' },
  { name: 'grandchild', cohort: 'young', accounts: (r) => r.int(2, 9), from: 19 * 60, to: 22 * 60 + 30, switchS: 80, again: 0.5, line: 'home' },
  { name: 'volunteer', cohort: 'general', accounts: (r) => r.int(6, 30), from: 14 * 60, to: 21 * 60, switchS: 70, again: 0.45, line: 'either' },
];

export const phoneHelpers: Family = {
  id: 'G13',
  kind: 'legit',
  description: 'clerks, grandchildren, volunteers voting for 2-50 others on one phone',
  seeds: [1, 2, 3],
  organicVotes: typicalCrowd,
  build(ctx) {
    const { rng, ledger, rhythm, ballot } = ctx;
    const towns = [byRank(ctx, 1, 35)];
    for (let n = rng.int(3, 7); n > 0; n--) towns.push(byRank(ctx, 1, 35, towns));
    const helpers = Math.max(2, Math.round(rng.int(14, 30) * ctx.scale));
    for (let h = 0; h < helpers; h++) {
      const role = ROLES[rng.weightedIndex([0.35, 0.4, 0.25])];
      const town = rng.pick(towns);
      const neighbour = ballot.candidates.find((c) => c.city === town.city && c.id !== town.id);
      const picks = ballot.maxChoices > 1 && neighbour && rng.chance(0.3) ? [town.id, neighbour.id] : [town.id];
      const device = newPhone(rng, role.cohort);
      const home = newHome(rng, town.area);
      const office = staticAddress(rng, town.area);
      const accounts = Array.from({ length: role.accounts(rng) }, () => ledger.newAccount());
      const group = `helper ${h + 1} (${role.name}, ${accounts.length} accounts):${town.name}`;
      const first = rng.int(0, rhythm.cal.dayCount - 1);
      for (let d = first; d < rhythm.cal.dayCount; d++) {
        if (d > first && !rng.chance(role.again)) continue;
        const source = ledger.source({ name: `${group} day ${d}`, kind: 'legit', candidateId: town.id, group });
        const onHome = role.line === 'home' || (role.line === 'either' && rng.chance(0.5));
        const net = role.line === 'office' || onHome ? 'WIFI' : device.cellular(rng);
        const ip = role.line === 'office' ? office : onHome ? homeAddress(home, d, device.key) : mobileAddress(rng, town.area, home.carrier, false);
        let at = rhythm.at(d, rng.uniform(role.from, role.to));
        // Some days an account is skipped: its code does not come, or its owner is away.
        const today = d === first ? accounts : accounts.filter(() => rng.chance(0.9));
        for (const account of today) {
          if (rhythm.inWindow(at)) ledger.cast({ at, accountId: account, candidateIds: picks, ip, userAgent: device.ua(net, d), source });
          at += rng.logNormal(role.switchS, 0.55) * 1000 + (rng.chance(0.08) ? rng.uniform(3, 12) * MINUTE : 0);
        }
      }
    }
  },
};
