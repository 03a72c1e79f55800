import { AppError } from '../errors';

/**
 * Caps on concurrent ledger exports in this instance: in total (the export pool's size) and per
 * staff key, so one auditor key cannot hold every slot. Beyond a cap the answer is 429 with
 * Retry-After; nothing waits.
 */
export interface ExportSlots {
  /** A release function (call it once, when the export ends), or throws 429 RATE_LIMITED. */
  acquire(holder: string): () => void;
  readonly inUse: number;
}

const RETRY_AFTER_S = 5;

export function createExportSlots(maxTotal: number, maxPerHolder: number): ExportSlots {
  const perHolder = new Map<string, number>();
  let total = 0;
  return {
    acquire(holder) {
      const mine = perHolder.get(holder) ?? 0;
      if (total >= maxTotal || mine >= maxPerHolder) {
        const which = mine >= maxPerHolder ? `${maxPerHolder} per key` : `${maxTotal} at a time`;
        const err = new AppError('RATE_LIMITED', `Too many ledger exports in progress (at most ${which}); retry in ${RETRY_AFTER_S} s.`);
        err.retryAfterS = RETRY_AFTER_S;
        throw err;
      }
      total += 1;
      perHolder.set(holder, mine + 1);
      let released = false;
      return () => {
        if (released) return;
        released = true;
        total -= 1;
        const left = (perHolder.get(holder) ?? 1) - 1;
        if (left > 0) perHolder.set(holder, left);
        else perHolder.delete(holder);
      };
    },
    get inUse() {
      return total;
    },
  };
}
