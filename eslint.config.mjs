import tseslint from 'typescript-eslint';
import react from 'eslint-plugin-react';
import reactHooks from 'eslint-plugin-react-hooks';

const pureGlobals = ['Office', 'Excel', 'CustomFunctions', 'window', 'document'].map((name) => ({
  name,
  message: 'src/core is pure: no Office, Excel, CustomFunctions or DOM.',
}));

export default tseslint.config(
  {
    ignores: [
      'node_modules/**',
      'dist/**',
      'dist-playground/**',
      'lib/**',
      'coverage/**',
      'test-results/**',
      '**/*.js',
      '**/*.mjs',
    ],
  },
  ...tseslint.configs.recommended,
  {
    files: ['**/*.ts', '**/*.tsx'],
    rules: {
      'no-eval': 'error',
      'no-implied-eval': 'error',
      'no-new-func': 'error',
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', ignoreRestSiblings: true },
      ],
    },
  },
  {
    files: ['src/**/*.tsx', 'test/**/*.tsx', 'playground/**/*.tsx'],
    plugins: { react, 'react-hooks': reactHooks },
    settings: { react: { version: '18.3' } },
    rules: {
      'react/no-danger': 'error',
      'react-hooks/rules-of-hooks': 'error',
      'react-hooks/exhaustive-deps': 'warn',
    },
  },
  {
    files: ['src/core/**/*.ts'],
    rules: {
      'no-restricted-globals': ['error', ...pureGlobals],
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            { group: ['react', 'react-dom', '@fluentui/*'], message: 'src/core is pure.' },
            {
              group: ['**/functions/**', '**/workbook/**', '**/taskpane/**', '**/cli/**'],
              message: 'core imports nothing of ours.',
            },
          ],
        },
      ],
    },
  },
  {
    files: ['src/core/**/*.ts'],
    ignores: ['src/core/optimization/**'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            { group: ['react', 'react-dom', '@fluentui/*'], message: 'src/core is pure.' },
            {
              group: ['highs'],
              message: 'Only src/core/optimization imports the solver.',
            },
            {
              group: ['**/functions/**', '**/workbook/**', '**/taskpane/**', '**/cli/**'],
              message: 'core imports nothing of ours.',
            },
          ],
        },
      ],
    },
  },
  {
    files: ['src/functions/**/*.ts', 'src/workbook/**/*.ts', 'src/cli/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: ['**/taskpane/**', 'react', 'react-dom', '@fluentui/*'],
              message: 'Nothing imports the task pane.',
            },
          ],
        },
      ],
    },
  }
);
