import { createVoterTokens } from '../../src/auth/voter-token';

/**
 * Distinct voter accounts with ready-made `Authorization` header values. Tokens are minted
 * locally with the service's secret (allowed by the API contract for load tests). Minting ahead
 * keeps the HMAC cost out of the load generator while it measures; when the pre-minted stock runs
 * out, accounts are minted on the fly (and counted, so the report can say so).
 */
export interface Account {
  /** index into the account list; also the tracker's key */
  index: number;
  openid: string;
  authorization: string;
}

export interface AccountMint {
  /** A never-used account. */
  next(): Account;
  /** The account with this index (minted earlier). */
  get(index: number): Account;
  /** The account with this openid (minted earlier by this mint). */
  byOpenid(openid: string): Account;
  issued(): number;
  mintedOnTheFly(): number;
}

export function createAccountMint(secret: string, runId: string, preMint: number, ttlS = 86_400): AccountMint {
  const tokens = createVoterTokens(secret, ttlS);
  const accounts: Account[] = [];
  const now = new Date();
  const mint = (index: number): Account => {
    const openid = `load-${runId}-${index}`;
    return { index, openid, authorization: `Bearer ${tokens.mint(openid, now).token}` };
  };
  for (let i = 0; i < preMint; i++) accounts.push(mint(i));
  let cursor = 0;
  let onTheFly = 0;
  return {
    next() {
      const index = cursor++;
      if (index < accounts.length) return accounts[index]!;
      onTheFly++;
      const a = mint(index);
      accounts.push(a);
      return a;
    },
    get(index) {
      const a = accounts[index];
      if (!a) throw new Error(`account ${index} was never minted`);
      return a;
    },
    byOpenid(openid) {
      const prefix = `load-${runId}-`;
      if (!openid.startsWith(prefix)) throw new Error(`${openid} was not minted by this run`);
      return this.get(Number(openid.slice(prefix.length)));
    },
    issued: () => cursor,
    mintedOnTheFly: () => onTheFly,
  };
}
