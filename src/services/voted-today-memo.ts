import { SlotTable } from '../memory/slot-table';
import { stringHash32 } from '../string-hash';

/**
 * The accounts this instance knows have voted today, per ballot: a repeat from one of them is
 * answered 409 without asking Redis (a refused duplicate vote then costs no network round trip, no
 * Lua script and no Redis CPU). This is the path that absorbs retries and stuffing scripts.
 *
 * Only committed votes are remembered (the instance committed it, or Redis's marker or PostgreSQL
 * named it), and a vote is never taken back, so a remembered fact stays true for the rest of its
 * day; the day is part of the key. A forgotten one (evicted, another instance's vote, a restart)
 * only costs the Redis round trip it always cost.
 *
 * Rate limits: an account's requests answered from here are counted here, in a fixed window of its
 * own (the account limit still answers 429 past its maximum). They are not counted in Redis,
 * so with several instances each counts its own share, and they do not count against the IP limit:
 * both only matter for requests that could still add a vote, which these cannot.
 *
 * Kept in a SlotTable, outside the JavaScript heap: every accepted vote adds an entry.
 */

/** Default number of entries: at most 11 MB, taken as entries fill. */
export { VOTED_TODAY_MEMO_SIZE } from '../config';

/** Keys are `day|ballotId|accountId`: 48 characters plus the account id (WeChat's are 28). */
const KEY_BYTES = 128;
const VOTE_ID_BYTES = 36;

export class VotedTodayMemo {
  private readonly table: SlotTable;
  private readonly windowStart: Float64Array;
  private readonly count: Uint32Array;

  /** `slots` is rounded down to a power of two, at most 2^18. */
  constructor(slots: number) {
    this.table = new SlotTable(slots, KEY_BYTES, VOTE_ID_BYTES);
    this.windowStart = new Float64Array(this.table.size);
    this.count = new Uint32Array(this.table.size);
  }

  /** The entry of (ballot, day, account), or -1. */
  find(ballotId: string, day: string, accountId: string): number {
    const key = memoKey(ballotId, day, accountId);
    const hash = stringHash32(key);
    return this.table.find(key, hash, hash);
  }

  /** Remembers a committed vote; `nowMs` starts the entry's rate window with this request counted. */
  remember(ballotId: string, day: string, accountId: string, voteId: string, nowMs: number): void {
    const key = memoKey(ballotId, day, accountId);
    const hash = stringHash32(key);
    const slot = this.table.store(key, hash, hash, voteId);
    if (slot < 0) return;
    this.windowStart[slot] = nowMs;
    this.count[slot] = 1;
  }

  /** The id of the vote an entry remembers. */
  voteId(entry: number): string {
    return this.table.value(entry);
  }

  /**
   * Counts one more request of the entry's account in its fixed window of `windowMs`, and returns
   * how many ms remain of that window if the count is now over `max`; null within the limit.
   */
  countRequest(entry: number, nowMs: number, windowMs: number, max: number): number | null {
    if (!(nowMs - this.windowStart[entry]! < windowMs) || nowMs < this.windowStart[entry]!) {
      this.windowStart[entry] = nowMs;
      this.count[entry] = 0;
    }
    const n = this.count[entry]! + 1;
    this.count[entry] = n;
    return n > max ? this.windowStart[entry]! + windowMs - nowMs : null;
  }
}

function memoKey(ballotId: string, day: string, accountId: string): string {
  return `${day}|${ballotId}|${accountId}`;
}
