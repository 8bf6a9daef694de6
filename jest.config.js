// ESM mode with @swc/jest: middy 7 is ESM-only (see README "How it is built").
// The portal's components (.tsx) are compiled the same way, with React's automatic JSX runtime,
// so unit tests can render them (react-dom/server in the node environment).
const swc = (tsx) => [
  '@swc/jest',
  {
    jsc: {
      target: 'es2023',
      parser: { syntax: 'typescript', tsx },
      // Import attributes stay (`with { type: 'json' }`): Node and jest load a JSON module only with one.
      experimental: { keepImportAttributes: true },
      ...(tsx ? { transform: { react: { runtime: 'automatic' } } } : {}),
    },
    module: { type: 'es6' },
  },
];
const transform = {
  '^.+\\.ts$': swc(false),
  '^.+\\.tsx$': swc(true),
};
const base = {
  transform,
  extensionsToTreatAsEsm: ['.ts', '.tsx'],
  testEnvironment: 'node',
  moduleFileExtensions: ['ts', 'tsx', 'js', 'json'],
};

/**
 * One hang guard for every test and hook, not a speed limit: a shared 2-core machine can run the
 * suite several times slower than a quiet one (local systems, a browser, child processes), so no
 * test or setup carries a short timeout of its own. Jest must still end if something truly hangs.
 */
const testTimeout = 10 * 60_000;

export default {
  testTimeout,
  // The portal is built once per run (PORTAL_DIR), before any project's own setup.
  globalSetup: '<rootDir>/test/support/portal-global-setup.js',
  projects: [
    { ...base, displayName: 'unit', testMatch: ['<rootDir>/test/unit/**/*.test.{ts,tsx}'] },
    {
      ...base,
      displayName: 'integration',
      testMatch: ['<rootDir>/test/integration/**/*.test.ts'],
      setupFiles: ['<rootDir>/test/support/quiet-logs.ts'],
    },
    {
      ...base,
      displayName: 'infra',
      testMatch: ['<rootDir>/test/infra/**/*.test.ts'],
      setupFiles: ['<rootDir>/test/support/quiet-logs.ts'],
      // The CDK app is synthesized once per run and shared by the infra tests.
      globalSetup: '<rootDir>/test/support/infra-global-setup.js',
      globalTeardown: '<rootDir>/test/support/infra-global-teardown.js',
    },
    {
      ...base,
      displayName: 'e2e',
      testMatch: ['<rootDir>/test/e2e/**/*.test.ts'],
      setupFiles: ['<rootDir>/test/support/quiet-logs.ts'],
    },
  ],
};
