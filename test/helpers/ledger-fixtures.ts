/** User agents and a seeded random source for the detector's unit tests. */

/** A Park–Miller generator: the same votes on every run. */
export function rng(seed: number): () => number {
  let s = seed;
  return () => (s = (s * 16807) % 2147483647) / 2147483647;
}

export const MIN = 60_000;
export const DAY = 86_400_000;

/** An Android WeChat string; `build` and `sw` pick the system image and the WeChat/WebView it runs. */
export const ANDROID = (model: string, id: number, build = 'TP1A.220624.014', os = '13', sw = 0, net = 'WIFI'): string => {
  const [chrome, xweb, sdk, wx] = [
    ['116.0.5845.114', '1160117', '20240404', '8.0.49.2600(0x28003133)'],
    ['126.0.6478.188', '1260117', '20240501', '8.0.50.2701(0x28003237)'],
    ['122.0.6261.120', '1220133', '20240802', '8.0.51.2720(0x28003335)'],
  ][sw % 3];
  return `Mozilla/5.0 (Linux; Android ${os}; ${model} Build/${build}; wv) AppleWebKit/537.36 (KHTML, like Gecko) Version/4.0 Chrome/${chrome} Mobile Safari/537.36 XWEB/${xweb} MMWEBSDK/${sdk} MMWEBID/${id} MicroMessenger/${wx} WeChat/arm64 Weixin NetType/${net} Language/zh_CN ABI/arm64`;
};

export const IPHONE = (v: string): string =>
  `Mozilla/5.0 (iPhone; CPU iPhone OS ${v} like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Mobile/15E148 MicroMessenger/8.0.49(0x18003137) NetType/WIFI Language/zh_CN`;

export const MODELS = ['V2309A', 'PGT-AN10', '23049RAD8C', 'M2007J3SC', 'PEGM00', 'SM-S9080', 'PJD110', 'V2055A', '22041211AC', 'CPH2449', 'RMX3706', 'PHJ110'];
/** Build ids with the Android release each belongs to. */
export const BUILDS: Array<[string, string]> = [['SP1A.210812.016', '12'], ['TP1A.220624.014', '13'], ['UKQ1.230804.001', '14'], ['TKQ1.221114.001', '13']];

/** How a province's votes spread over the Shanghai day, per hour: asleep 01–06, lunch, a long evening. */
export const DAY_CURVE = [3, 1.2, 0.5, 0.3, 0.3, 0.6, 2, 4, 6, 7, 7, 7, 9, 7, 6, 6, 6, 6, 7, 9, 11, 11, 9, 6];

/**
 * `perHour(day, hour)` votes for `c` in each hour of `days` days from `t0` (a Shanghai midnight),
 * at independent random instants (a fractional mean rounds up at random); `voter` makes each vote.
 */
export function hourlyArrivals(
  u: () => number,
  o: { t0: number; days: number },
  c: string,
  perHour: (day: number, hour: number) => number,
  voter: (at: number, c: string) => VoteLike,
): VoteLike[] {
  const out: VoteLike[] = [];
  for (let d = 0; d < o.days; d++)
    for (let h = 0; h < 24; h++) {
      const mean = perHour(d, h);
      const n = Math.floor(mean) + (u() < mean - Math.floor(mean) ? 1 : 0);
      for (let k = 0; k < n; k++) out.push(voter(o.t0 + d * DAY + h * 3_600_000 + Math.floor(u() * 3_600_000), c));
    }
  return out;
}

export interface VoteLike {
  at: number;
  accountId: string;
  candidateIds: string[];
  ip: string;
  userAgent: string;
}

/**
 * An honest crowd: `votes` people over `days` days from `start`, one vote each, spread over
 * `candidates` candidates (c0 the favourite), phones of many models on consistent builds (60%)
 * or iPhones, home and carrier addresses, arrivals independent of each other.
 */
export function honestCrowd(o: { start: number; days: number; votes: number; candidates: number; seed: number }): VoteLike[] {
  const u = rng(o.seed);
  const out: VoteLike[] = [];
  for (let k = 0; k < o.votes; k++) {
    const [build, os] = BUILDS[Math.floor(u() * BUILDS.length)];
    const ua = u() < 0.6 ? ANDROID(MODELS[Math.floor(u() * MODELS.length)], 100_000 + o.seed * 10_000 + k, build, os, Math.floor(u() * 3)) : IPHONE(['17_5_1', '16_6', '17_4_1'][Math.floor(u() * 3)]);
    const c = Math.min(o.candidates - 1, Math.floor(o.candidates * u() * u()));
    out.push({ at: Math.round(o.start + u() * o.days * DAY), accountId: `h${o.seed}-${k}`, candidateIds: [`c${c}`], ip: `117.${Math.floor(u() * 60)}.${Math.floor(u() * 250)}.${1 + Math.floor(u() * 250)}`, userAgent: ua });
  }
  return out.sort((a, b) => a.at - b.at);
}
