import autocannon from 'autocannon';

/** One autocannon run, summarized the way the report needs it. */
export interface PhaseResult {
  name: string;
  rps: number;
  total: number;
  durationS: number;
  p50: number;
  p97_5: number;
  p99: number;
  max: number;
  errors: number;
  timeouts: number;
  non2xx: number;
  /** responses whose status is not one this phase expects (e.g. anything but 409 for duplicates) */
  unexpected: number;
  statuses: Record<string, number>;
  ratio: number | null;
}

export interface PhaseSpec {
  name: string;
  url: string;
  connections: number;
  durationS: number;
  requests: autocannon.Request[];
  /** statuses counted as the expected outcome */
  expected: number[];
  overallRate?: number;
  timeoutS?: number;
}

export async function runPhase(spec: PhaseSpec): Promise<PhaseResult> {
  const instance = autocannon({
    url: spec.url,
    connections: spec.connections,
    duration: spec.durationS,
    requests: spec.requests,
    timeout: spec.timeoutS ?? 10,
    overallRate: spec.overallRate,
    title: spec.name,
  });
  const r = await instance;
  const statuses: Record<string, number> = {};
  let unexpected = 0;
  for (const [code, { count }] of Object.entries(r.statusCodeStats)) {
    statuses[code] = count;
    if (!spec.expected.includes(Number(code))) unexpected += count;
  }
  return {
    name: spec.name,
    rps: Math.round(r.requests.average),
    total: r.requests.total,
    durationS: r.duration,
    p50: r.latency.p50,
    p97_5: r.latency.p97_5,
    p99: r.latency.p99,
    max: r.latency.max,
    errors: r.errors,
    timeouts: r.timeouts,
    non2xx: r.non2xx,
    unexpected,
    statuses,
    ratio: null,
  };
}

/** Formats `rows` as a fixed-width table (first row = header). */
export function formatTable(rows: (string | number)[][]): string {
  const cells = rows.map((r) => r.map(String));
  const widths = cells[0]!.map((_, i) => Math.max(...cells.map((r) => (r[i] ?? '').length)));
  const line = (r: string[]) => r.map((c, i) => (i === 0 ? c.padEnd(widths[i]!) : c.padStart(widths[i]!))).join('  ');
  return [line(cells[0]!), widths.map((w) => '-'.repeat(w)).join('  '), ...cells.slice(1).map(line)].join('\n');
}

export function phaseTable(results: PhaseResult[]): string {
  const header = ['phase', 'req/s', 'total', 'p50 ms', 'p97.5 ms', 'p99 ms', 'max ms', 'errors', 'timeouts', 'non-2xx', 'unexpected', 'x baseline', 'statuses'];
  const rows = results.map((r) => [
    r.name,
    r.rps,
    r.total,
    r.p50,
    r.p97_5,
    r.p99,
    r.max,
    r.errors,
    r.timeouts,
    r.non2xx,
    r.unexpected,
    r.ratio === null ? '-' : r.ratio.toFixed(2),
    Object.entries(r.statuses).map(([k, v]) => `${k}:${v}`).join(' '),
  ]);
  return formatTable([header, ...rows]);
}
