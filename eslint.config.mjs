// Lint: type-aware typescript-eslint, Lit, web-component and Lit accessibility rules; zero warnings.
import js from '@eslint/js';
import litA11y from 'eslint-plugin-lit-a11y';
import lit from 'eslint-plugin-lit';
import noOnlyTests from 'eslint-plugin-no-only-tests';
import wc from 'eslint-plugin-wc';
import globals from 'globals';
import tseslint from 'typescript-eslint';

export default tseslint.config(
  {ignores: ['node_modules/', 'dist/', 'src/generated/', 'custom-elements.json', 'coverage/']},
  js.configs.recommended,
  {
    files: ['**/*.mjs', '**/*.js'],
    languageOptions: {globals: {...globals.node}},
    plugins: {'no-only-tests': noOnlyTests},
    rules: {'no-only-tests/no-only-tests': 'error'},
  },
  {
    files: ['demo/**/*.js'],
    languageOptions: {globals: {...globals.browser}},
  },
  {
    files: ['**/*.ts'],
    extends: [...tseslint.configs.recommendedTypeChecked],
    languageOptions: {
      parserOptions: {projectService: true, tsconfigRootDir: import.meta.dirname},
      globals: {...globals.browser},
    },
    plugins: {'no-only-tests': noOnlyTests},
    rules: {
      '@typescript-eslint/consistent-type-imports': 'error',
      '@typescript-eslint/no-unused-vars': [
        'error',
        {argsIgnorePattern: '^_', varsIgnorePattern: '^_'},
      ],
      'no-only-tests/no-only-tests': 'error',
    },
  },
  {
    files: ['src/**/*.ts'],
    ignores: ['src/lib/**'],
    ...lit.configs['flat/recommended'],
  },
  {
    // Lit calls event listeners bound in templates with the element as `this`.
    files: ['src/components/**/*.ts'],
    rules: {'@typescript-eslint/unbound-method': 'off'},
  },
  {
    files: ['src/**/*.ts'],
    ignores: ['src/lib/**'],
    ...wc.configs['flat/recommended'],
  },
  {
    files: ['src/**/*.ts'],
    ignores: ['src/lib/**'],
    ...litA11y.configs.recommended,
  },
  {
    files: ['**/*.test.ts'],
    rules: {
      // chai's expect(...).to.be.true style reads as an unused expression.
      '@typescript-eslint/no-unused-expressions': 'off',
      '@typescript-eslint/no-non-null-assertion': 'off',
      // mocha's describe/it are typed as thenables here; they are not promises to await.
      '@typescript-eslint/no-floating-promises': 'off',
    },
  },
);
