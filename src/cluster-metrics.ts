import cluster from 'node:cluster';
import type { Logger } from 'pino';
import { AggregatorRegistry } from 'prom-client';
import { errors } from './errors';
import type { AppMetrics } from './plugins/metrics';

/**
 * /metrics for a whole cluster. Only the primary can ask every worker for its registry (prom-client's
 * AggregatorRegistry.clusterMetrics), but only workers serve HTTP: so the worker that gets the
 * scrape asks the primary over the cluster's IPC channel, and answers with the aggregate
 * (counters and histograms summed, runtime gauges by prom-client's per-metric rule).
 */

const REQUEST = 'ballot:cluster-metrics-request';
const RESPONSE = 'ballot:cluster-metrics-response';
/** prom-client gives up on a silent worker after 5 s. */
const ASK_TIMEOUT_MS = 7000;

interface MetricsRequest {
  type: typeof REQUEST;
  id: number;
}
interface MetricsResponse {
  type: typeof RESPONSE;
  id: number;
  text?: string;
  error?: string;
}

const isMessage = <T extends { type: string }>(m: unknown, type: T['type']): m is T =>
  typeof m === 'object' && m !== null && (m as { type?: unknown }).type === type;

/** Primary side: answers the workers' requests. `ready`: every live worker can answer prom-client (not still starting). */
export function serveClusterMetrics(opts: { ready: () => boolean; log: Logger }): void {
  const aggregator = new AggregatorRegistry();
  cluster.on('message', (worker, message: unknown) => {
    if (!isMessage<MetricsRequest>(message, REQUEST)) return;
    const reply = (r: Omit<MetricsResponse, 'type' | 'id'>) => {
      if (worker.isConnected()) worker.send({ type: RESPONSE, id: message.id, ...r } satisfies MetricsResponse, undefined, () => {});
    };
    // A worker that is still starting has not installed prom-client's listener yet: it would not
    // answer, and the scrape would hang for prom-client's 5 s timeout.
    if (!opts.ready()) return reply({ error: 'a worker is starting' });
    aggregator.clusterMetrics().then(
      (text) => reply({ text }),
      (err: Error) => {
        opts.log.warn({ err }, 'cluster metrics failed');
        reply({ error: err.message });
      },
    );
  });
}

let nextId = 0;
const pending = new Map<number, { resolve: (text: string) => void; reject: (err: Error) => void; timer: NodeJS.Timeout }>();

function askPrimary(): Promise<string> {
  return new Promise((resolve, reject) => {
    const id = nextId++;
    const fail = (why: string) => {
      clearTimeout(pending.get(id)?.timer);
      pending.delete(id);
      reject(errors.unavailable(`Cluster metrics unavailable (${why}); try again.`));
    };
    const timer = setTimeout(() => fail('the primary did not answer'), ASK_TIMEOUT_MS);
    pending.set(id, { resolve, reject, timer });
    process.send!({ type: REQUEST, id } satisfies MetricsRequest, undefined, {}, (err) => {
      if (err) fail('the primary is gone');
    });
  });
}

function onResponse(message: unknown): void {
  if (!isMessage<MetricsResponse>(message, RESPONSE)) return;
  const p = pending.get(message.id);
  if (!p) return;
  pending.delete(message.id);
  clearTimeout(p.timer);
  if (message.text !== undefined) p.resolve(message.text);
  else p.reject(errors.unavailable(`Cluster metrics unavailable (${message.error ?? 'no answer'}); try again.`));
}

/**
 * Worker side (server.ts, cluster workers only): hands this app's registry to prom-client for the
 * primary to collect, and makes the app's /metrics answer for the whole cluster.
 */
export function joinClusterMetrics(metrics: AppMetrics): void {
  AggregatorRegistry.setRegistries(metrics.registry);
  // Only the constructor installs prom-client's worker-side listener for the primary's requests.
  new AggregatorRegistry();
  process.on('message', onResponse);
  metrics.scrape = askPrimary;
}
