import { CompactOrdinals } from './compact-ordinals';
import { resized } from './typed-arrays';
import type { VoteEvent } from './types';
import { VoteIds } from './vote-ids';

/**
 * A ballot's votes as the detector reads them: one typed-array column per field, sorted by cast
 * time, with each distinct IP, user agent and selection stored once and the votes holding ordinals.
 *
 * Why columns: the service's detection pass holds every vote of the ballot. As VoteEvent objects
 * that was about 190 bytes a vote (an object, a boxed time, an account string and an IP string per
 * vote), 114 MB over 600,000 votes beside a service that must stay under 300 MB; here it is
 * 32 bytes a vote plus one copy of each distinct value. The account is kept as an ordinal only:
 * the detector needs to know which votes share an account, never the account's name.
 */
export interface VoteLog {
  readonly length: number;
  /** Cast time, epoch ms, ascending (ties keep the order the votes were added in). */
  readonly at: Float64Array;
  /** Account ordinal, 0 … accountCount − 1. */
  readonly account: Int32Array;
  readonly accountCount: number;
  /** Index into `ips`. */
  readonly ip: Int32Array;
  readonly ips: readonly string[];
  /** Index into `userAgents`. */
  readonly userAgent: Int32Array;
  readonly userAgents: readonly string[];
  /** Index into `selections` (a vote's candidate ids, each distinct list once, no repeats). */
  readonly selection: Int32Array;
  readonly selections: ReadonlyArray<readonly string[]>;
  /** How evidence names vote i: its id; else `seq:<row number>`; else `#<i>`. */
  ref(i: number): string;
}

/** How evidence names a vote known only by its row number (the service's pass) until the pass looks up its id. */
const SEQ_REF_PREFIX = 'seq:';

/** The row number a `seq:<n>` reference (VoteLog.ref) names; undefined for a vote id or `#<index>`. */
export function seqOfVoteRef(ref: string): number | undefined {
  return ref.startsWith(SEQ_REF_PREFIX) ? Number(ref.slice(SEQ_REF_PREFIX.length)) : undefined;
}

/** Dense ordinals for strings, in order of first sight. */
class Ordinals {
  private readonly seen = new Map<string, number>();
  readonly values: string[] = [];
  of(s: string): number {
    let k = this.seen.get(s);
    if (k === undefined) {
      k = this.values.length;
      this.seen.set(s, k);
      this.values.push(s);
    }
    return k;
  }
}

const INITIAL_CAPACITY = 1024;

/**
 * Builds a VoteLog vote by vote, in any order (build() sorts, stably, when it must). Columns grow
 * by half again when full. A selection is given as a key (any text naming it, e.g. PostgreSQL's `{a,b}`) and
 * parsed by `parse` only the first time the key is seen: a ballot has a handful of distinct ones.
 */
export class VoteLogBuilder {
  private n = 0;
  private at: Float64Array;
  private account: Int32Array;
  private ip: Int32Array;
  private userAgent: Int32Array;
  private selection: Int32Array;
  /** Row numbers (service) or vote ids (ledger), only once a vote has one. */
  private seq: Float64Array | null = null;
  private voteIds: VoteIds | null = null;
  /** Only the numbering is kept: the detector never needs an account's name. */
  private readonly accounts: CompactOrdinals;
  private readonly ips = new Ordinals();
  private readonly userAgents = new Ordinals();
  private readonly selectionKeys = new Ordinals();
  private readonly selections: Array<readonly string[]> = [];

  /**
   * `expected`: about how many votes will be added (the service passes its last pass's count).
   * Room for them is taken at once, so the columns are not copied as they grow; memory the OS
   * hands out is only resident once written, so room left unused costs little.
   */
  constructor(expected = 0) {
    const capacity = Math.max(INITIAL_CAPACITY, Math.ceil(expected * 1.1));
    this.at = new Float64Array(capacity);
    this.account = new Int32Array(capacity);
    this.ip = new Int32Array(capacity);
    this.userAgent = new Int32Array(capacity);
    this.selection = new Int32Array(capacity);
    this.accounts = new CompactOrdinals(capacity);
  }

  get length(): number {
    return this.n;
  }

  add(at: number, accountId: string, selectionKey: string, parse: (key: string) => readonly string[], ip: string, userAgent: string): number {
    if (this.n === this.at.length) this.grow();
    const i = this.n++;
    this.at[i] = at;
    this.account[i] = this.accounts.of(accountId);
    this.ip[i] = this.ips.of(ip);
    this.userAgent[i] = this.userAgents.of(userAgent);
    const s = this.selectionKeys.of(selectionKey);
    // A new key is parsed once. A vote selecting the same candidate twice selects it once.
    if (s === this.selections.length) this.selections.push(Object.freeze([...new Set(parse(selectionKey))]));
    this.selection[i] = s;
    return i;
  }

  /** A ledger's vote (its key for the selection is its ids joined; they are the parsed list already). */
  addEvent(e: VoteEvent): void {
    const i = this.add(e.at, e.accountId, e.candidateIds.join('\u0000'), () => e.candidateIds, e.ip, e.userAgent);
    if (e.voteId !== undefined) this.setVoteId(i, e.voteId);
  }

  /** Vote i's row number in the votes table (a number instead of a 36-character id). */
  setSeq(i: number, seq: number): void {
    if (this.seq === null) this.seq = new Float64Array(this.at.length).fill(NaN);
    this.seq[i] = seq;
  }

  setVoteId(i: number, voteId: string): void {
    if (this.voteIds === null) this.voteIds = new VoteIds();
    this.voteIds.set(i, voteId);
  }

  /**
   * The log, sorted. The columns are handed over as views of the builder's buffers, sorted in
   * place: no second copy of a million-vote ballot, at the price of up to a third of each buffer
   * unused past the end. The builder must not be used afterwards.
   */
  build(): VoteLog {
    const n = this.n;
    const at = this.at.subarray(0, n);
    const order = timeOrder(at);
    const columns: Array<Float64Array | Int32Array> = [at, this.account, this.ip, this.userAgent, this.selection];
    if (this.seq) columns.push(this.seq);
    if (order) for (const col of columns) permuteInPlace(col, order);
    const seq = this.seq?.subarray(0, n) ?? null;
    const ids = this.voteIds;
    // Ids stay where they were added; a sorted log finds vote i's at its original position.
    const idOf = ids === null ? null : order ? (i: number) => ids.get(order[i]) : (i: number) => ids.get(i);
    return {
      length: n,
      at,
      account: this.account.subarray(0, n),
      accountCount: this.accounts.size,
      ip: this.ip.subarray(0, n),
      ips: this.ips.values,
      userAgent: this.userAgent.subarray(0, n),
      userAgents: this.userAgents.values,
      selection: this.selection.subarray(0, n),
      selections: this.selections,
      ref(i: number): string {
        const id = idOf?.(i);
        if (id !== undefined) return id;
        return seq && !Number.isNaN(seq[i]) ? `${SEQ_REF_PREFIX}${seq[i]}` : `#${i}`;
      },
    };
  }

  /** By half again, not double: the unused tail stays with the log (see build). */
  private grow(): void {
    const cap = Math.ceil(this.at.length * 1.5);
    this.at = resized(this.at, cap);
    this.account = resized(this.account, cap);
    this.ip = resized(this.ip, cap);
    this.userAgent = resized(this.userAgent, cap);
    this.selection = resized(this.selection, cap);
    if (this.seq) {
      const filled = this.seq.length;
      this.seq = resized(this.seq, cap).fill(NaN, filled);
    }
  }
}

/** col[j] = (old col)[order[j]] for j < order.length, following the permutation's cycles. */
function permuteInPlace(col: Float64Array | Int32Array, order: Int32Array): void {
  const done = new Uint8Array(order.length);
  for (let start = 0; start < order.length; start++) {
    if (done[start] || order[start] === start) continue;
    const first = col[start];
    let j = start;
    for (;;) {
      done[j] = 1;
      const from = order[j];
      if (from === start) {
        col[j] = first;
        break;
      }
      col[j] = col[from];
      j = from;
    }
  }
}

/** null when `at` is already ascending; else the stable order (ties by position) that sorts it. */
function timeOrder(at: Float64Array): Int32Array | null {
  let sorted = true;
  for (let i = 1; i < at.length && sorted; i++) if (at[i] < at[i - 1]) sorted = false;
  if (sorted) return null;
  const order = new Int32Array(at.length);
  for (let i = 0; i < order.length; i++) order[i] = i;
  return order.sort((a, b) => at[a] - at[b] || a - b);
}

/** The ledger's VoteEvents (cli detect, tests, simulators) as a VoteLog. */
export function voteLogOf(events: readonly VoteEvent[]): VoteLog {
  const b = new VoteLogBuilder();
  for (const e of events) b.addEvent(e);
  return b.build();
}
