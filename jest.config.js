// ESM mode with @swc/jest: middy 7 is ESM-only (see README "How it is built").
const transform = {
  '^.+\\.ts$': [
    '@swc/jest',
    { jsc: { target: 'es2023', parser: { syntax: 'typescript' } }, module: { type: 'es6' } },
  ],
};
const base = {
  transform,
  extensionsToTreatAsEsm: ['.ts'],
  testEnvironment: 'node',
  moduleFileExtensions: ['ts', 'js', 'json'],
};

export default {
  testTimeout: 30_000,
  projects: [
    { ...base, displayName: 'unit', testMatch: ['<rootDir>/test/unit/**/*.test.ts'] },
    {
      ...base,
      displayName: 'integration',
      testTimeout: 30_000,
      testMatch: ['<rootDir>/test/integration/**/*.test.ts'],
      setupFiles: ['<rootDir>/test/support/quiet-logs.ts'],
    },
    {
      ...base,
      displayName: 'infra',
      testTimeout: 30_000,
      testMatch: ['<rootDir>/test/infra/**/*.test.ts'],
      setupFiles: ['<rootDir>/test/support/quiet-logs.ts'],
    },
    {
      ...base,
      displayName: 'e2e',
      testTimeout: 90_000,
      testMatch: ['<rootDir>/test/e2e/**/*.test.ts'],
      setupFiles: ['<rootDir>/test/support/quiet-logs.ts'],
    },
  ],
};
