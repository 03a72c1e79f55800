/** The service's clock as seen from the page: the phone's clock can be wrong by hours. */
let offsetMs = 0;

export function syncServerTime(serverTime: string | undefined, phoneNowMs: number): void {
  const t = serverTime ? Date.parse(serverTime) : NaN;
  if (!Number.isNaN(t)) offsetMs = t - phoneNowMs;
}

export function serverNow(): number {
  return Date.now() + offsetMs;
}
