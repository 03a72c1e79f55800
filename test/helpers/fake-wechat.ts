import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';

// One fake WeChat for tests and `npm run fake-wechat`.
export * from '../../src/dev/fake-wechat';

/** A loopback port nothing listens on (bound, then released), for "connection refused". */
export async function closedPort(): Promise<number> {
  const s = createServer();
  await new Promise<void>((resolve) => s.listen(0, '127.0.0.1', resolve));
  const { port } = s.address() as AddressInfo;
  await new Promise<void>((resolve) => s.close(() => resolve()));
  return port;
}
