import { closeSync, mkdtempSync, openSync, readFileSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import pino from 'pino';
import { logDestination } from '../../src/log-destination';

describe('logDestination', () => {
  let dir: string;
  beforeEach(() => {
    dir = mkdtempSync(path.join(os.tmpdir(), 'log-dest-'));
  });
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  /** Polls the file until `done` holds (at most 2 s). */
  const waitForFile = async (file: string, done: (text: string) => boolean) => {
    for (let i = 0; i < 200 && !done(readFileSync(file, 'utf8')); i++) await new Promise((r) => setTimeout(r, 10));
  };
  const lineCount = (text: string) => text.split('\n').filter(Boolean).length;

  const fds: number[] = [];
  /** An open descriptor, so the destination is ready at once. */
  const fileFd = (file: string) => {
    const fd = openSync(file, 'a');
    fds.push(fd);
    return fd;
  };
  afterEach(() => fds.splice(0).forEach((fd) => closeSync(fd)));

  it('holds lines until the buffer fills or the flush interval passes', async () => {
    const file = path.join(dir, 'held.log');
    const stream = logDestination({ bufferBytes: 4096, flushMs: 100, dest: fileFd(file) });
    const log = pino({}, stream);
    log.info({ n: 1 }, 'first');
    log.info({ n: 2 }, 'second');
    await new Promise((r) => setImmediate(r));
    expect(readFileSync(file, 'utf8')).toBe('');
    // Written by the periodic flush, not by any later line.
    await waitForFile(file, (t) => lineCount(t) >= 2);
    const lines = readFileSync(file, 'utf8').split('\n').filter(Boolean).map((l) => JSON.parse(l) as { n: number; msg: string });
    expect(lines.map((l) => [l.n, l.msg])).toEqual([[1, 'first'], [2, 'second']]);
    stream.flushSync();
  });

  it('writes a full buffer at once, without waiting for the interval', async () => {
    const file = path.join(dir, 'full.log');
    const stream = logDestination({ bufferBytes: 1024, flushMs: 60_000, dest: fileFd(file) });
    const log = pino({}, stream);
    for (let i = 0; i < 40; i++) log.info({ i, pad: 'x'.repeat(40) }, 'line');
    await waitForFile(file, (t) => t !== '');
    expect(lineCount(readFileSync(file, 'utf8'))).toBeGreaterThan(0);
    stream.flushSync();
    expect(readFileSync(file, 'utf8').split('\n').filter(Boolean)).toHaveLength(40);
  });

  it('with a zero buffer, writes each line without waiting for a flush', async () => {
    const file = path.join(dir, 'each.log');
    const stream = logDestination({ bufferBytes: 0, flushMs: 60_000, dest: fileFd(file) });
    pino({}, stream).info('alone');
    await waitForFile(file, (t) => t !== '');
    expect(JSON.parse(readFileSync(file, 'utf8')).msg).toBe('alone');
  });
});
