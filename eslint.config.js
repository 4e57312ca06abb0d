// One linter, zero warnings. The layering rules of ARCHITECTURE.md are enforced here, each zone
// with the message that explains it.
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import importX from 'eslint-plugin-import-x';
import { createTypeScriptImportResolver } from 'eslint-import-resolver-typescript';

const layer = (target, from, message) => ({ target, from, message });

export default tseslint.config(
  {
    ignores: [
      '**/node_modules/**',
      '**/dist/**',
      'data/**',
      'coverage/**',
      'packages/server/drizzle/**',
      'packages/web/dist/**',
      '**/*.d.ts',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommendedTypeChecked,
  {
    languageOptions: {
      parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname },
    },
    plugins: { 'import-x': importX },
    settings: {
      'import-x/resolver-next': [createTypeScriptImportResolver({ project: './tsconfig.json' })],
    },
    rules: {
      '@typescript-eslint/switch-exhaustiveness-check': [
        'error',
        { considerDefaultExhaustiveForUnions: true },
      ],
      '@typescript-eslint/consistent-type-imports': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      'import-x/no-cycle': 'error',
      'import-x/no-restricted-paths': [
        'error',
        {
          zones: [
            layer(
              './packages/core',
              ['./packages/contract', './packages/server', './packages/web', './packages/frameworks'],
              'core is the pure domain: it depends on nothing of ours (ARCHITECTURE.md, "Boundaries").',
            ),
            layer(
              './packages/contract',
              ['./packages/server', './packages/web', './packages/frameworks'],
              'contract holds the shapes that cross HTTP; it may use core only.',
            ),
            layer(
              './packages/frameworks',
              ['./packages/contract', './packages/server', './packages/web'],
              'frameworks is shipped data; it may use core only.',
            ),
            layer(
              './packages/web',
              ['./packages/server', './packages/frameworks'],
              'web talks to the server over HTTP only: shapes from @dti/contract, pure scoring from @dti/core, never server code.',
            ),
            layer(
              './packages/server/src/db',
              ['./packages/server/src/http', './packages/server/src/services', './packages/server/src/cli'],
              'db (schema, repositories) is the bottom of the server: services call it, never the other way.',
            ),
            layer(
              './packages/server/src/services',
              ['./packages/server/src/http', './packages/server/src/cli'],
              'services are use cases; HTTP and the command line call them, never the other way.',
            ),
            layer(
              './packages/server/src/http',
              ['./packages/server/src/db', './packages/server/src/cli'],
              'http calls use cases (services); database rows reach it through services/shared/row-types.ts, never from db/.',
            ),
            layer(
              './packages/server/src/cli',
              ['./packages/server/src/db', './packages/server/src/http'],
              'the command line calls use cases (services, main.ts), never SQL or HTTP routes.',
            ),
            layer(
              './packages/server/src/workbooks',
              [
                './packages/server/src/db',
                './packages/server/src/http',
                './packages/server/src/services',
                './packages/server/src/cli',
              ],
              'workbooks turn Excel bytes into data and back: no database, no HTTP, no use cases.',
            ),
            layer(
              './packages/server/src/reports',
              [
                './packages/server/src/db',
                './packages/server/src/http',
                './packages/server/src/services',
                './packages/server/src/cli',
              ],
              'reports turn a view model into bytes: no database, no HTTP.',
            ),
          ],
        },
      ],
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: ['@dti/*/src/*', '../../*/src/*'],
              message: 'Enter a package only through its index.ts (import from "@dti/<name>").',
            },
          ],
        },
      ],
    },
  },
  {
    files: ['packages/core/src/**/*.ts'],
    ignores: ['**/*.test.ts'],
    rules: {
      'no-restricted-globals': [
        'error',
        { name: 'process', message: 'core never reads process or the environment: pass values in.' },
        { name: 'Date', message: 'core never reads the clock: pass dates in.' },
      ],
      'no-restricted-properties': [
        'error',
        { object: 'Math', property: 'random', message: 'core is deterministic: take a seeded generator.' },
      ],
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            { group: ['node:*', 'fs', 'path', 'os'], message: 'core does no I/O: callers read files.' },
          ],
        },
      ],
    },
  },
  {
    // Shipped code imports only what its own package.json declares as a dependency (tests and tools
    // may also use the root's dev dependencies, e.g. vitest, so they are left out here).
    files: ['packages/*/src/**/*.ts', 'packages/*/src/**/*.tsx'],
    ignores: [
      '**/*.test.ts',
      '**/*.test.tsx',
      '**/*.fixture.ts',
      '**/*.fixture.tsx',
      '**/testing/**',
      '**/test/**',
    ],
    rules: { 'import-x/no-extraneous-dependencies': ['error', { devDependencies: false }] },
  },
  {
    files: ['**/*.js', '**/*.mjs'],
    ...tseslint.configs.disableTypeChecked,
  },
);
