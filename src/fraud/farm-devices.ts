import { type BulkModel, type BulkOptions, bulkPhones } from './bulk-phones';
import { deviceReuse, type FreshCounts, reuseOptions, type OwnFresh, type ReusedString } from './device-reuse';
import type { LedgerIndex } from './ledger-index';
import type { DetectorOptions } from './options';

/** Both device signatures of a click farm over one vote set (a burst, or a candidate's day). */
export interface FarmDevices {
  strings: ReusedString[];
  models: BulkModel[];
  /** Fresh accounts beyond what the devices' prevalence predicts, and as many as it predicts (of the larger finding: the two may share phones). */
  excessAccounts: number;
  expectedAccounts: number;
  mask: Uint8Array;
}

/** The bulk-phones test's tiers and odds, as the detector runs it. */
function bulkOptions(o: DetectorOptions): BulkOptions {
  return {
    tiers: [
      { minAccounts: o.bulkMinAccounts, minPhones: o.bulkMinPhones },
      // Cloud phones rented by the hundred, two accounts each: a household's second account, at scale.
      { minAccounts: 2, minPhones: o.bulkPairMinPhones },
    ],
    minLogOdds: o.reuseMinLogOdds,
    minRatio: o.reuseMinRatio,
  };
}

export function farmDevices(index: LedgerIndex, ballot: FreshCounts, own: OwnFresh, set: ArrayLike<number>, o: DetectorOptions, candidate: number): FarmDevices {
  const reuse = deviceReuse(index, ballot, own, set, reuseOptions(o), candidate);
  const bulk = bulkPhones(index, ballot, own, set, bulkOptions(o));
  const mask = reuse.mask;
  for (let j = 0; j < mask.length; j++) mask[j] |= bulk.mask[j];
  const byPhone = reuse.excessAccounts >= bulk.excessAccounts;
  const expectedAccounts = byPhone ? reuse.expectedAccounts : bulk.expectedAccounts;
  return { strings: reuse.strings, models: bulk.models, excessAccounts: Math.max(reuse.excessAccounts, bulk.excessAccounts), expectedAccounts, mask };
}
