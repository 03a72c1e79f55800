import { farBeyond } from './device-reuse';
import { androidModel } from './devices';
import { leadsVotes } from './lead';
import type { LedgerIndex } from './ledger-index';

/**
 * Accounts that hop phones. WeChat is logged in on one phone at a time and people keep a phone
 * for years: an honest account shows one phone all week, two when its owner changes phones or a
 * helper votes for them once. A bank of accounts driven by a tool that spoofs a new device for
 * every session shows a new phone day after day. Three phones or more in one ballot is the mark.
 *
 * A phone is the model an Android string names, or "an iPhone" (iOS strings name no model, and
 * an iOS update changes the rest). Other strings (iPads, computers) are left out: WeChat runs on
 * them beside the phone. A candidate is flagged when far more of its accounts hop than the rate
 * among the other accounts predicts; a tool's cover picks carry the same accounts to other
 * candidates, so the candidate must also hold the most of the hopping accounts' votes.
 */
export interface PhoneHoppingOptions {
  /** Phones an account must show to count as hopping. */
  minPhones: number;
  minAccounts: number;
  minRatio: number;
  minLogOdds: number;
}

export interface PhoneHopping {
  candidate: number;
  /** The candidate's accounts that hop, what the other candidates' rate predicts, and those that could (as many phone votes as minPhones). */
  accounts: number;
  expected: number;
  eligible: number;
  /** The candidate's votes by hopping accounts (positions in votesOf[candidate]). */
  votes: Int32Array;
}

const IPHONE = 0;
const NONE = -1;

/** The phone each user-agent ordinal names: IPHONE, an Android model's ordinal, or NONE. */
function phonesOf(userAgents: readonly string[]): Int32Array {
  const models = new Map<string, number>();
  const out = new Int32Array(userAgents.length);
  for (let u = 0; u < userAgents.length; u++) {
    const ua = userAgents[u];
    if (ua.includes('iPhone')) {
      out[u] = IPHONE;
      continue;
    }
    const model = androidModel(ua);
    if (model === null) {
      out[u] = NONE;
      continue;
    }
    let id = models.get(model);
    if (id === undefined) models.set(model, (id = models.size + 1));
    out[u] = id;
  }
  return out;
}

/** Per account: 1 when it shows at least minPhones phones, and its count of votes from a phone (capped). */
function hoppingAccounts(index: LedgerIndex, minPhones: number): { hops: Uint8Array; phoneVotes: Uint8Array } {
  const { account, userAgent, accountCount, userAgents } = index.log;
  const phoneOf = phonesOf(userAgents);
  // The first (minPhones - 1) distinct phones of each account; one more distinct one makes it hop.
  const seen = new Int32Array(accountCount * (minPhones - 1)).fill(NONE);
  const hops = new Uint8Array(accountCount);
  const phoneVotes = new Uint8Array(accountCount);
  for (let i = 0; i < account.length; i++) {
    const p = phoneOf[userAgent[i]];
    if (p === NONE) continue;
    const a = account[i];
    if (phoneVotes[a] < 255) phoneVotes[a]++;
    if (hops[a]) continue;
    const base = a * (minPhones - 1);
    let k = 0;
    while (k < minPhones - 1 && seen[base + k] !== NONE && seen[base + k] !== p) k++;
    if (k === minPhones - 1) hops[a] = 1;
    else if (seen[base + k] === NONE) seen[base + k] = p;
  }
  return { hops, phoneVotes };
}

export function findPhoneHopping(index: LedgerIndex, o: PhoneHoppingOptions): PhoneHopping[] {
  const { hops, phoneVotes } = hoppingAccounts(index, o.minPhones);
  if (!hops.includes(1)) return [];
  const C = index.candidates.length;
  const { account } = index.log;
  const eligible = new Int32Array(C);
  const hopping = new Int32Array(C);
  // Each account counted once per candidate: the stamp says which candidate last counted it.
  const stamp = new Int32Array(index.log.accountCount).fill(-1);
  for (let c = 0; c < C; c++) {
    const votes = index.votesOf[c];
    for (let j = 0; j < votes.length; j++) {
      const a = account[votes[j]];
      if (stamp[a] === c || phoneVotes[a] < o.minPhones) continue;
      stamp[a] = c;
      eligible[c]++;
      if (hops[a]) hopping[c]++;
    }
  }
  let allEligible = 0;
  let allHopping = 0;
  for (let a = 0; a < phoneVotes.length; a++) {
    if (phoneVotes[a] < o.minPhones) continue;
    allEligible++;
    allHopping += hops[a];
  }
  const out: PhoneHopping[] = [];
  for (let c = 0; c < C; c++) {
    if (hopping[c] < o.minAccounts) continue;
    // The rate among accounts that never voted for the candidate: its own accounts' cover picks
    // must not raise the bar it is judged against.
    const othersEligible = allEligible - eligible[c];
    const expected = othersEligible > 0 ? ((allHopping - hopping[c]) / othersEligible) * eligible[c] : 0;
    if (!farBeyond(hopping[c], expected, o)) continue;
    const votes = index.votesOf[c];
    const { at } = index.log;
    if (!leadsVotes(index, c, at[votes[0]], at[votes[votes.length - 1]] + 1, (i) => hops[account[i]] === 1)) continue;
    const mine: number[] = [];
    for (let j = 0; j < votes.length; j++) if (hops[account[votes[j]]]) mine.push(j);
    out.push({ candidate: c, accounts: hopping[c], expected, eligible: eligible[c], votes: Int32Array.from(mine) });
  }
  return out;
}
