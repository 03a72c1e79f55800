import { readFileSync } from 'node:fs';
import path from 'node:path';
import { ALLOCATOR_ENV, missingAllocatorEnv } from '../../src/allocator-env';
import { serviceEnv } from '../../load-tests/lib/scratch-env';

// The malloc setting only works from the environment a process starts with, so it is written in
// three places: the image, `npm start`, and the load tests (whose figures must be of what runs in
// production). These keep the three in step with allocator-env.ts.

const root = path.join(__dirname, '..', '..');

describe('allocator settings', () => {
  it('the Dockerfile runtime image sets each of them', () => {
    const dockerfile = readFileSync(path.join(root, 'Dockerfile'), 'utf8');
    const runtime = dockerfile.slice(dockerfile.lastIndexOf('FROM '));
    for (const [name, value] of Object.entries(ALLOCATOR_ENV)) expect(runtime).toMatch(new RegExp(`\\b${name}=${value}\\b`));
  });

  it('npm start sets each of them unless the operator already has', () => {
    const start = (JSON.parse(readFileSync(path.join(root, 'package.json'), 'utf8')) as { scripts: { start: string } }).scripts.start;
    for (const [name, value] of Object.entries(ALLOCATOR_ENV)) expect(start).toContain(`${name}=\${${name}:-${value}}`);
    expect(start).toMatch(/ node .*dist\/server\.js$/);
  });

  it('the load tests start the service with them', () => {
    const env = serviceEnv(
      { runId: 'x', databaseName: 'x', databaseUrl: 'postgres://x', redisUrl: 'redis://x', redisKeyPrefix: 'x:', voterTokenSecret: 'x', logDir: '/tmp' },
      1,
    );
    expect(missingAllocatorEnv(env)).toEqual([]);
    for (const [name, value] of Object.entries(ALLOCATOR_ENV)) expect(env[name]).toBe(value);
  });

  it('names what is missing, and takes any value an operator chose', () => {
    expect(missingAllocatorEnv({})).toEqual(Object.keys(ALLOCATOR_ENV));
    expect(missingAllocatorEnv({ MALLOC_MMAP_THRESHOLD_: '' })).toEqual(['MALLOC_MMAP_THRESHOLD_']);
    expect(missingAllocatorEnv({ MALLOC_MMAP_THRESHOLD_: '65536' })).toEqual([]);
  });
});
