import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import globals from 'globals';

export default tseslint.config(
  { ignores: ['dist/**', 'node_modules/**', 'miniapp/**', 'coverage/**', '*.js', '*.mjs'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@typescript-eslint/no-explicit-any': 'error',
      'no-console': ['error', { allow: ['error', 'warn'] }],
    },
  },
  // Scripts the staff pages load in the browser.
  { files: ['src/**/assets/*.js'], languageOptions: { globals: globals.browser, sourceType: 'script' } },
  { files: ['test/**/*.ts', 'src/**/cli/*.ts', 'src/**/*.spec.ts'], rules: { 'no-console': 'off' } },
);
