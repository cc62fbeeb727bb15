/** Jest runs TypeScript through SWC: several times faster than ts-jest; `npm run typecheck` covers types. */
module.exports = {
  testEnvironment: 'node',
  roots: ['<rootDir>/src', '<rootDir>/tests'],
  testMatch: ['**/*.test.ts'],
  testPathIgnorePatterns: ['/node_modules/', '/tests/e2e/'],
  transform: { '^.+\\.(ts|js)$': ['@swc/jest', { jsc: { target: 'es2022' }, module: { type: 'commonjs' } }] },
  // @microsoft/app-manifest pulls in packages published as ES modules only; Jest needs them as CommonJS.
  transformIgnorePatterns: ['/node_modules/(?!(@microsoft/app-manifest|strip-bom|node-fetch|data-uri-to-buffer|fetch-blob|formdata-polyfill)/)'],
  testTimeout: 20000,
  // Many suites wait on child processes and sockets rather than the CPU: two workers even on 2 cores.
  maxWorkers: 2
};
