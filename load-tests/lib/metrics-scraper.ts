/** Reads a few unlabelled series from the service's Prometheus endpoint. */
export async function scrapeMetrics(baseUrl: string, names: string[]): Promise<Record<string, number | null>> {
  const out: Record<string, number | null> = Object.fromEntries(names.map((n) => [n, null]));
  try {
    const res = await fetch(`${baseUrl}/metrics`, { signal: AbortSignal.timeout(5000) });
    if (res.status !== 200) return out;
    for (const line of (await res.text()).split('\n')) {
      if (line.startsWith('#')) continue;
      const space = line.indexOf(' ');
      const name = line.slice(0, space);
      if (name in out) out[name] = Number(line.slice(space + 1));
    }
  } catch {
    // the service is busy or gone: report nulls rather than stop the soak
  }
  return out;
}
