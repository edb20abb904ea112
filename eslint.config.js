import js from '@eslint/js';
import lit from 'eslint-plugin-lit';
import litA11y from 'eslint-plugin-lit-a11y';
import wc from 'eslint-plugin-wc';
import globals from 'globals';
import tseslint from 'typescript-eslint';

export default tseslint.config(
  { ignores: ['dist/', 'data/', 'node_modules/', 'bench/results/', 'custom-elements.json'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    files: ['src/**/*.ts', 'tests/**/*.ts'],
    plugins: { lit, 'lit-a11y': litA11y, wc },
    languageOptions: { globals: { ...globals.browser } },
    rules: {
      ...lit.configs.recommended.rules,
      ...litA11y.configs.recommended.rules,
      ...wc.configs.recommended.rules,
      // Native radios inside role="radiogroup" are the APG pattern we follow on purpose.
      'lit-a11y/role-has-required-aria-attrs': 'error',
      '@typescript-eslint/no-non-null-assertion': 'off',
    },
  },
  {
    files: [
      'src/collector/**/*.ts',
      'scripts/**',
      'tests/**/*.mjs',
      'tests/**/*.node.test.ts',
      'bench/**',
      '*.config.*',
      '*.mjs',
    ],
    languageOptions: { globals: { ...globals.node } },
  },
  {
    files: ['demo/**/*.js'],
    languageOptions: { globals: { ...globals.browser } },
  },
  {
    files: ['**/*.test.ts'],
    rules: { '@typescript-eslint/no-unused-expressions': 'off' },
  },
);
