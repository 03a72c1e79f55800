import os from 'node:os';
import { loadConfig } from '../../src/config';

describe('config: WEB_CONCURRENCY', () => {
  it('defaults to one process (the service as it always ran)', () => {
    expect(loadConfig({}).webConcurrency).toBe(1);
  });

  it('takes a worker count from 1 to 64', () => {
    expect(loadConfig({ WEB_CONCURRENCY: '1' }).webConcurrency).toBe(1);
    expect(loadConfig({ WEB_CONCURRENCY: '2' }).webConcurrency).toBe(2);
    expect(loadConfig({ WEB_CONCURRENCY: ' 8 ' }).webConcurrency).toBe(8);
    expect(loadConfig({ WEB_CONCURRENCY: '64' }).webConcurrency).toBe(64);
  });

  it('`auto` is one worker per CPU this process may use', () => {
    expect(loadConfig({ WEB_CONCURRENCY: 'auto' }).webConcurrency).toBe(Math.min(64, os.availableParallelism()));
  });

  it.each(['0', '-1', '65', '1.5', 'two', 'AUTO ', ''])('refuses %j, naming the variable', (value) => {
    expect(() => loadConfig({ WEB_CONCURRENCY: value })).toThrow(/WEB_CONCURRENCY/);
  });
});
