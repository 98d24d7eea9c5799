// @ts-check
import js from '@eslint/js';
import globals from 'globals';
import reactHooks from 'eslint-plugin-react-hooks';
import tseslint from 'typescript-eslint';
import { transactionUsesTx } from './scripts/eslint-transaction-uses-tx.mjs';

export default tseslint.config(
  { ignores: ['dist/**', 'data/**', 'node_modules/**', 'admin/dist/**', 'bench/results/**', 'bench/.compiled/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    rules: {
      '@typescript-eslint/no-explicit-any': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      'no-console': ['error', { allow: ['error'] }],
    },
  },
  {
    // The outer database handle inside its own transaction: wrong on PostgreSQL, a hang on PGlite.
    files: ['src/**/*.ts'],
    plugins: { local: { rules: { 'transaction-uses-tx': transactionUsesTx } } },
    rules: { 'local/transaction-uses-tx': 'error' },
  },
  {
    // Routing a message makes many closures. One written straight into a property (`reading.evidence = (…) => …`) is
    // allocated in the old generation, as V8 allocates methods, and keeps the data of its message alive through every
    // young collection until a full one (docs/understanding.md, 6 December 2026): name it first, then store it.
    files: ['src/conversation/understanding*.ts', 'src/conversation/intent-*.ts'],
    rules: {
      'no-restricted-syntax': [
        'error',
        {
          selector:
            "AssignmentExpression[left.type='MemberExpression'] > :matches(ArrowFunctionExpression, FunctionExpression).right",
          message:
            'A function written straight into a property is allocated in the old generation and keeps what it closes over alive through young collections: assign it to a const first.',
        },
      ],
    },
  },
  {
    // Plain Node scripts and the phone page's browser script.
    files: ['scripts/**/*.mjs', 'bench/**/*.mjs', '*.js'],
    languageOptions: { globals: globals.node },
  },
  {
    // The admin web UI (React in the browser).
    files: ['admin/src/**/*.{ts,tsx}'],
    languageOptions: { globals: globals.browser },
    plugins: { 'react-hooks': reactHooks },
    rules: reactHooks.configs.recommended.rules,
  },
  {
    files: ['src/sandbox/phone/assets/**/*.js'],
    languageOptions: { globals: globals.browser },
  },
  {
    files: ['test/**', 'bench/**', 'scripts/**', '**/*.test.ts'],
    rules: { 'no-console': 'off' },
  },
);
