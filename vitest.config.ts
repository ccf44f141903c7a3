import { defineConfig } from 'vitest/config';
import { fileURLToPath } from 'node:url';

const alias = {
  '@shared': fileURLToPath(new URL('./shared', import.meta.url)),
  '@server': fileURLToPath(new URL('./server/src', import.meta.url)),
  '@client': fileURLToPath(new URL('./client/src', import.meta.url)),
};

export default defineConfig({
  resolve: { alias },
  test: {
    projects: [
      { resolve: { alias }, test: { name: 'unit', include: ['tests/unit/**/*.test.ts'], environment: 'node' } },
      {
        resolve: { alias },
        test: {
          name: 'integration', include: ['tests/integration/**/*.test.ts'], environment: 'node',
          pool: 'forks', fileParallelism: false, testTimeout: 60_000, hookTimeout: 60_000,
        },
      },
      {
        resolve: { alias },
        test: {
          name: 'e2e', include: ['tests/e2e/**/*.spec.ts'], environment: 'node',
          pool: 'forks', fileParallelism: false, testTimeout: 180_000, hookTimeout: 180_000,
        },
      },
    ],
  },
});
