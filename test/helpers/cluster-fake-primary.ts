import cluster from 'node:cluster';
import pino from 'pino';
import { runPrimary } from '../../src/cluster-primary';

/**
 * The real cluster primary (src/cluster-primary.ts) over two stand-in workers, for what a real
 * worker would take too long to show:
 *   FAKE_WORKER=crash  every worker exits 1 at once (a broken deployment: the primary must give up);
 *   FAKE_WORKER=hang   workers ignore SIGTERM and never drain (a second signal must kill them).
 */
if (cluster.isPrimary) {
  void runPrimary({ workers: 2, log: pino({ level: 'info' }) }).then((code) => process.exit(code));
} else if (process.env.FAKE_WORKER === 'crash') {
  process.exit(1);
} else {
  process.on('SIGTERM', () => {});
  process.on('SIGINT', () => {});
  setInterval(() => {}, 1000);
  process.stdout.write(`${JSON.stringify({ msg: 'fake worker ready', pid: process.pid })}\n`);
}
