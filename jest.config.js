/** Two projects: pure code runs in Node, the task pane in jsdom. */
const tsJest = [
  'ts-jest',
  {
    tsconfig: { module: 'commonjs', moduleResolution: 'node', jsx: 'react-jsx' },
    diagnostics: { warnOnly: false },
  },
];
const shared = {
  transform: { '^.+\\.tsx?$': tsJest },
  moduleNameMapper: { '^office-addin-manifest$': '<rootDir>/test/stubs/officeAddinManifest.ts' },
  setupFiles: ['<rootDir>/test/setup/customFunctions.ts'],
};
module.exports = {
  testTimeout: 30000,
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
    },
  ],
};
