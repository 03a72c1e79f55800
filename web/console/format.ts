/** Times in Asia/Shanghai (the ballot's calendar), numbers in zh-CN. */

const SHANGHAI_MS = 8 * 3_600_000;

/** `2026-06-01 12:00` (Asia/Shanghai; China has no DST). */
export function shanghai(iso: string | null | undefined, withSeconds = false): string {
  if (!iso) return '—';
  const t = Date.parse(iso);
  if (Number.isNaN(t)) return '—';
  const s = new Date(t + SHANGHAI_MS).toISOString();
  return `${s.slice(0, 10)} ${s.slice(11, withSeconds ? 19 : 16)}`;
}

/** `12:05` in Asia/Shanghai, for chart axes. */
export function shanghaiClock(t: number): string {
  return new Date(t + SHANGHAI_MS).toISOString().slice(11, 16);
}

/** A `datetime-local` value read as Asia/Shanghai → ISO 8601 with +08:00. */
export function fromShanghaiLocal(value: string): string | null {
  const m = /^(\d{4}-\d{2}-\d{2})T(\d{2}:\d{2})(:\d{2})?$/.exec(value);
  return m ? `${m[1]}T${m[2]}${m[3] ?? ':00'}+08:00` : null;
}

/** An instant as a `datetime-local` value in Asia/Shanghai. */
export function toShanghaiLocal(t: number): string {
  return new Date(t + SHANGHAI_MS).toISOString().slice(0, 16);
}

export const num = (n: number | null | undefined, digits = 0): string =>
  n === null || n === undefined || Number.isNaN(n) ? '—' : n.toLocaleString('zh-CN', { maximumFractionDigits: digits, minimumFractionDigits: 0 });

export const pct = (share: number | null | undefined): string => (share === null || share === undefined ? '—' : `${(share * 100).toFixed(1)}%`);
