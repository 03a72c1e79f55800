/** Times as people in the province read them: Asia/Shanghai, whatever the phone's own zone. */

export const TIME_ZONE = 'Asia/Shanghai';

const dateTime = new Intl.DateTimeFormat('zh-CN', {
  timeZone: TIME_ZONE,
  year: 'numeric',
  month: 'numeric',
  day: 'numeric',
  hour: '2-digit',
  minute: '2-digit',
  hourCycle: 'h23',
} as Intl.DateTimeFormatOptions);

function parts(at: Date): Record<string, string> {
  const out: Record<string, string> = {};
  for (const p of dateTime.formatToParts(at)) out[p.type] = p.value;
  return out;
}

/** e.g. 2026年6月2日 00:00 */
export function formatDateTime(at: Date): string {
  const p = parts(at);
  // Some older engines ignore hourCycle and write midnight as 24.
  return `${p.year}年${p.month}月${p.day}日 ${p.hour === '24' ? '00' : p.hour}:${p.minute}`;
}

/** e.g. 3天 4小时 5分 6秒, from a span in milliseconds (never negative). */
export function formatSpan(ms: number): string {
  const s = Math.max(0, Math.floor(ms / 1000));
  const d = Math.floor(s / 86400);
  const hh = Math.floor((s % 86400) / 3600);
  const mm = Math.floor((s % 3600) / 60);
  const ss = s % 60;
  return `${d > 0 ? `${d}天 ` : ''}${d > 0 || hh > 0 ? `${hh}小时 ` : ''}${mm}分 ${ss}秒`;
}
