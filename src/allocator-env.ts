/**
 * The glibc malloc setting the service runs with: the Dockerfile sets it, `npm start` sets it
 * unless already set, and the load tests start the service with it. glibc reads it once, when the
 * process starts, so it cannot be set from code; the server only warns when it is missing.
 *
 * MALLOC_MMAP_THRESHOLD_=131072: every block of 128 kB or more gets a mapping of its own, which the
 * kernel commits only as it is written and takes back as soon as it is freed. Left alone, glibc
 * raises this threshold each time such a block is freed (up to 32 MB), so after the first
 * detection pass the next pass's typed-array columns (tens of MB) came from malloc's heap instead,
 * and what they had used stayed resident after the pass (docs/performance.md has the soak figures).
 */
export const ALLOCATOR_ENV = {
  MALLOC_MMAP_THRESHOLD_: '131072',
} as const;

/** The allocator settings `env` lacks (any value counts as set: an operator may choose another). */
export function missingAllocatorEnv(env: NodeJS.ProcessEnv): string[] {
  return Object.keys(ALLOCATOR_ENV).filter((name) => env[name] === undefined || env[name] === '');
}
