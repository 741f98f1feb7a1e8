/**
 * Two projects: pure code runs in Node, the task pane in jsdom. CONTRIBUTING.md says why each
 * setting is here. A run of 10 files or more ends with its wall-clock time and slowest files.
 */
const tsJest = [
  'ts-jest',
  {
    // isolatedModules: each file is transpiled on its own, types are not checked again file by
    // file here; `npm run typecheck` checks src/ and test/ once (CI runs it before the tests).
    tsconfig: {
      module: 'commonjs',
      moduleResolution: 'node',
      jsx: 'react-jsx',
      isolatedModules: true,
    },
  },
];
const shared = {
  transform: { '^.+\\.tsx?$': tsJest },
  setupFiles: ['<rootDir>/test/setup/customFunctions.ts'],
  moduleNameMapper: { '^fast-check$': '<rootDir>/test/setup/fastCheck.js' },
};
module.exports = {
  // A hang guard, not a speed limit: a test never fails for being slow on a busy machine.
  testTimeout: 300_000,
  // Two cores: Jest's default (cores − 1) runs everything in one process.
  maxWorkers: 2,
  reporters: ['default', '<rootDir>/test/setup/slowestFiles.js'],
  projects: [
    {
      ...shared,
      displayName: 'node',
      testEnvironment: 'node',
      testMatch: ['<rootDir>/test/**/*.test.ts'],
    },
    {
      ...shared,
      displayName: 'dom',
      testEnvironment: 'jsdom',
      testMatch: ['<rootDir>/test/**/*.test.tsx'],
      setupFilesAfterEnv: ['<rootDir>/test/setup/dom.ts'],
      moduleNameMapper: {
        ...shared.moduleNameMapper,
        '^@fluentui/react-components$': '<rootDir>/test/setup/lazyFluentComponents.js',
        '^@fluentui/react-icons$': '<rootDir>/test/setup/lazyFluentIcons.js',
      },
    },
  ],
};
