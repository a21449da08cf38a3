// @ts-check
import js from '@eslint/js';
import tseslint from 'typescript-eslint';

const sigstoreOnly = { regex: '^(@sigstore/|sigstore$)', message: 'only src/sigstore/ imports @sigstore/* (ARCHITECTURE.md)' };
const actionsOnly = { group: ['@actions/*'], message: 'only src/github/ and src/actions/ import @actions/* (ARCHITECTURE.md)' };
const coreAlone = { group: ['../*', '!../core/*'], message: 'src/core/ imports nothing else from src/ (ARCHITECTURE.md)' };
const envOnlyInEntries = {
  object: 'process',
  property: 'env',
  message: 'only entry points (src/cli/bin.ts, src/cli/main.ts, src/actions/*/index.ts) read process.env; pass what you need in',
};

export default tseslint.config(
  { ignores: ['dist/**', 'lib/**', 'node_modules/**', '.tools/**', '.bench/**', 'out/**', 'trust-kit-out/**', 'examples/**', 'test/fixtures/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { process: 'readonly', console: 'readonly', Buffer: 'readonly', URL: 'readonly', setTimeout: 'readonly', clearTimeout: 'readonly', AbortController: 'readonly', AbortSignal: 'readonly', TextEncoder: 'readonly', TextDecoder: 'readonly', fetch: 'readonly', Response: 'readonly', Request: 'readonly', Headers: 'readonly', performance: 'readonly', setImmediate: 'readonly', queueMicrotask: 'readonly', structuredClone: 'readonly', crypto: 'readonly' } },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@typescript-eslint/consistent-type-imports': 'error',
      'no-console': 'error',
      eqeqeq: 'error',
    },
  },
  {
    files: ['src/**/*.ts'],
    rules: {
      'no-restricted-imports': ['error', { patterns: [sigstoreOnly, actionsOnly] }],
      'no-restricted-properties': ['error', envOnlyInEntries],
    },
  },
  { files: ['src/core/**/*.ts'], rules: { 'no-restricted-imports': ['error', { patterns: [sigstoreOnly, actionsOnly, coreAlone] }] } },
  { files: ['src/sigstore/**/*.ts'], rules: { 'no-restricted-imports': ['error', { patterns: [actionsOnly] }] } },
  { files: ['src/github/**/*.ts', 'src/actions/**/*.ts'], rules: { 'no-restricted-imports': ['error', { patterns: [sigstoreOnly] }] } },
  { files: ['src/cli/bin.ts', 'src/cli/main.ts', 'src/actions/*/index.ts'], rules: { 'no-restricted-properties': 'off' } },
  { files: ['test/**/*.ts', 'bench/**/*.ts', 'scripts/**/*.ts'], rules: { 'no-console': 'off' } },
);
