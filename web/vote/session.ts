/**
 * What the page keeps for this browser tab only (sessionStorage): the voter token, the OAuth state
 * nonce, whether a re-sign-in was already tried, and an unfinished vote attempt. Never in a URL,
 * never in localStorage. If storage is unavailable the page still works for the current load.
 */

const memory = new Map<string, string>();

function read(key: string): string | null {
  try {
    return window.sessionStorage.getItem(key);
  } catch {
    return memory.get(key) ?? null;
  }
}

function write(key: string, value: string | null): void {
  if (value === null) memory.delete(key);
  else memory.set(key, value);
  try {
    if (value === null) window.sessionStorage.removeItem(key);
    else window.sessionStorage.setItem(key, value);
  } catch {
    // Private mode or storage full: the in-memory copy above serves this page load.
  }
}

export interface StoredToken {
  token: string;
  expiresAt: string;
}

export interface Attempt {
  /** Idempotency-Key: one per attempt, reused by every retry of the same choice. */
  key: string;
  candidateIds: string[];
}

export const session = {
  token(nowMs: number): string | null {
    const raw = read('vote.token');
    if (!raw) return null;
    try {
      const t = JSON.parse(raw) as StoredToken;
      // A token about to expire would fail mid-vote; sign in again instead.
      return Date.parse(t.expiresAt) - nowMs > 60_000 ? t.token : null;
    } catch {
      return null;
    }
  },
  saveToken(t: StoredToken): void {
    write('vote.token', JSON.stringify(t));
  },
  dropToken(): void {
    write('vote.token', null);
  },
  newOAuthState(): string {
    const bytes = new Uint8Array(16);
    window.crypto.getRandomValues(bytes);
    const state = Array.from(bytes, (b) => b.toString(16).padStart(2, '0')).join('');
    write('vote.oauthState', state);
    return state;
  },
  /** The nonce sent with the last sign-in, removed as it is read: each one is good once. */
  takeOAuthState(): string | null {
    const s = read('vote.oauthState');
    write('vote.oauthState', null);
    return s;
  },
  reauthTried(): boolean {
    return read('vote.reauth') === '1';
  },
  setReauthTried(tried: boolean): void {
    write('vote.reauth', tried ? '1' : null);
  },
  attempt(ballotId: string): Attempt | null {
    const raw = read(`vote.attempt.${ballotId}`);
    try {
      return raw ? (JSON.parse(raw) as Attempt) : null;
    } catch {
      return null;
    }
  },
  saveAttempt(ballotId: string, attempt: Attempt | null): void {
    write(`vote.attempt.${ballotId}`, attempt ? JSON.stringify(attempt) : null);
  },
};

export function newIdempotencyKey(): string {
  const bytes = new Uint8Array(16);
  window.crypto.getRandomValues(bytes);
  return `v1-${Array.from(bytes, (b) => b.toString(16).padStart(2, '0')).join('')}`;
}
