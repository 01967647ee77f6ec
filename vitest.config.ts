import { defineConfig } from "vitest/config";

export default defineConfig({
  test: {
    include: ["test/**/*.test.ts"],
    testTimeout: 30_000,
    hookTimeout: 30_000,
    // End-to-end tests start servers on loopback ports and spawn CLI processes; two cores.
    fileParallelism: true,
    maxWorkers: 2,
  },
});
