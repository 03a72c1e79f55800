import type autocannon from 'autocannon';
import type { AccountMint } from './token-mint';
import type { VoteTracker } from './vote-tracker';

/**
 * autocannon request definitions for the vote route. Every request is attributed to an account
 * (stored in the connection's context, which autocannon hands back with the response), so the
 * tracker knows which requests were answered and how.
 */

/** Vote bodies, one per candidate, repeated by a mildly skewed popularity (a realistic race, not a flat one). */
export function voteBodies(candidateIds: string[]): string[] {
  const bodies: string[] = [];
  candidateIds.forEach((id, i) => {
    const weight = Math.max(1, Math.round(40 / Math.sqrt(i + 1)));
    for (let k = 0; k < weight; k++) bodies.push(JSON.stringify({ candidateIds: [id] }));
  });
  return bodies;
}

const BASE_HEADERS = { 'content-type': 'application/json', 'user-agent': 'ballot-load-test/1 (autocannon)' };

function voteRequest(path: string, bodies: string[], pick: () => { openid: string; authorization: string }, tracker: VoteTracker): autocannon.Request {
  return {
    method: 'POST',
    path,
    headers: BASE_HEADERS,
    setupRequest(req, context) {
      const account = pick();
      context.account = account.openid;
      tracker.sent(account.openid);
      req.headers = { ...req.headers, authorization: account.authorization };
      req.body = bodies[Math.floor(Math.random() * bodies.length)]!;
      return req;
    },
    onResponse(status, body, context) {
      tracker.responded(context.account as string, status, body);
    },
  };
}

/** Each request from an account that has never voted. */
export function newVoteRequest(ballotId: string, bodies: string[], mint: AccountMint, tracker: VoteTracker): autocannon.Request {
  return voteRequest(`/v1/ballots/${ballotId}/votes`, bodies, () => mint.next(), tracker);
}

/** Each request from an account that already voted today, round-robin over `openids`. */
export function duplicateVoteRequest(
  ballotId: string,
  bodies: string[],
  mint: AccountMint,
  openids: string[],
  tracker: VoteTracker,
): autocannon.Request {
  if (openids.length === 0) throw new Error('no account has voted yet: the duplicate phase has nobody to replay');
  let i = 0;
  return voteRequest(`/v1/ballots/${ballotId}/votes`, bodies, () => mint.byOpenid(openids[i++ % openids.length]!), tracker);
}

/** The baseline gets the same method, path shape, headers and body as a vote. */
export function baselineRequest(bodies: string[], mint: AccountMint): autocannon.Request {
  return {
    method: 'POST',
    path: '/v1/ballots/00000000-0000-4000-8000-000000000000/votes',
    headers: BASE_HEADERS,
    setupRequest(req) {
      req.headers = { ...req.headers, authorization: mint.get(0).authorization };
      req.body = bodies[Math.floor(Math.random() * bodies.length)]!;
      return req;
    },
  };
}
