/**
 * A soak stream runs at a fixed rate (autocannon's overallRate). When the machine cannot keep up,
 * it simply sends less, and the soak's memory verdict then covers lighter traffic than asked: say so.
 */
export interface StreamRate {
  name: string;
  /** requests per second asked for */
  asked: number;
  /** requests per second reached */
  rps: number;
}

/** One line per stream that reached less than `minShare` of its asked rate (none when all kept up). */
export function rateShortfalls(streams: readonly StreamRate[], minShare = 0.95): string[] {
  return streams
    .filter((s) => s.asked > 0 && s.rps < s.asked * minShare)
    .map((s) => `${s.name} reached ${s.rps}/s of the ${s.asked}/s asked (${Math.round((s.rps / s.asked) * 100)}%)`);
}
