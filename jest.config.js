/** Jest runs TypeScript through SWC (fast, no type check: `npm run typecheck` does that). */
module.exports = {
  testEnvironment: 'node',
  roots: ['<rootDir>/test'],
  testMatch: ['**/*.test.ts'],
  transform: { '^.+\\.(ts|js|mjs)$': ['@swc/jest', { jsc: { target: 'es2022' }, module: { type: 'commonjs' } }] },
  // A few dependencies ship ESM only; Jest's CommonJS runtime needs them compiled too.
  transformIgnorePatterns: ['/node_modules/(?!(content-disposition|cookie|set-cookie-parser)/)'],
  // Integration tests share one PostgreSQL and one Redis on a 2-core machine.
  maxWorkers: 2,
  // The held-out sets' generator tests leave workers with heaps of 1–1.5 GB, which then outlast
  // Jest's grace period at exit ("a worker process has failed to exit gracefully"): start afresh.
  workerIdleMemoryLimit: '512MB',
  testTimeout: 30000,
  globalSetup: '<rootDir>/test/helpers/global-setup.ts',
};
