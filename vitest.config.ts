import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: [
      'electron/**/*.test.ts',
      'shared/**/*.test.ts',
      'renderer/**/*.test.ts',
      'tests/unit/**/*.test.ts',
      'tests/integration/**/*.test.ts',
      'tests/desktop/**/*.test.ts',
    ],
    environment: 'node',
    // never touch the developer's OS keychain (shared-secret-store.ts)
    env: { MONPS_KEYCHAIN: 'off' },
    pool: 'forks',
    testTimeout: 30_000,
    hookTimeout: 30_000,
  },
});
