/**
 * User agents no phone sends. An Android build id of the AOSP form (`TP1A.220624.014`,
 * `RKQ1.201105.002`) begins with the letter of the Android release it was built from (O 8, P 9,
 * Q 10, R 11, S 12, T 13, U 14); a phone reports the version its build is. Tools that assemble
 * strings from parts (a model here, an Android version there) get the pair wrong. Build ids of
 * other forms (Huawei's, Honor's, quarterly `AP…` builds) say nothing and are never counted.
 */
const ANDROID_BUILD = /Android (\d+)[^;)]*;[^)]*?Build\/([O-U])[A-Z]{1,2}\d[A-Z]?\.\d{6}\.\d{3}/;
const RELEASE: Record<string, number> = { O: 8, P: 9, Q: 10, R: 11, S: 12, T: 13, U: 14 };

export const UNCHECKED = 0;
export const CONSISTENT = 1;
export const FORGED = 2;

/** UNCHECKED (no AOSP build id to check), CONSISTENT, or FORGED. */
export function checkUserAgent(ua: string): number {
  const m = ANDROID_BUILD.exec(ua);
  if (m === null) return UNCHECKED;
  return Number(m[1]) === RELEASE[m[2]] ? CONSISTENT : FORGED;
}

/** The check of each user-agent ordinal. */
export function checkUserAgents(userAgents: readonly string[]): Uint8Array {
  const out = new Uint8Array(userAgents.length);
  for (let u = 0; u < userAgents.length; u++) if (userAgents[u].includes('Build/')) out[u] = checkUserAgent(userAgents[u]);
  return out;
}

/** A typical candidate's voters send no forged strings; if they do, the ledger's strings are not phones' own and the test says nothing. */
const USABLE_MAX_SHARE = 0.02;
const MIN_CHECKED = 50;

/**
 * Whether the check means anything in this ballot: the median candidate's checkable votes are
 * (nearly) all consistent. An export that rewrote user agents, or a ballot whose strings all came
 * from one sloppy source, would make every crowd look forged.
 */
export function forgeryCheckUsable(check: Uint8Array, userAgentOf: ArrayLike<number>, votesOf: ReadonlyArray<ArrayLike<number>>): boolean {
  const shares: number[] = [];
  for (const votes of votesOf) {
    let checked = 0;
    let forged = 0;
    for (let j = 0; j < votes.length; j++) {
      const c = check[userAgentOf[votes[j]]];
      if (c !== UNCHECKED) checked++;
      if (c === FORGED) forged++;
    }
    if (checked >= MIN_CHECKED) shares.push(forged / checked);
  }
  if (shares.length === 0) return false;
  shares.sort((a, b) => a - b);
  return shares[Math.floor(shares.length / 2)] <= USABLE_MAX_SHARE;
}
