// Type-checked lint plus the layering rules: what may import what is checked here, not in prose.
import js from '@eslint/js';
import tseslint from 'typescript-eslint';

const IO_AND_FRAMEWORKS = [
  '@nestjs/*', 'pg', 'typeorm', '@electric-sql/*', 'kafkajs', '@kurrent/*', 'pino', 'jsonwebtoken',
  'fs', 'node:fs', 'node:fs/*', 'net', 'node:net', 'http', 'node:http', 'node:child_process',
  '@chitieu/event-store', '@chitieu/database', '@chitieu/http', '@chitieu/read-side',
];

export default tseslint.config(
  { ignores: ['dist/**', 'node_modules/**', 'coverage/**', 'bench/results/**', 'data/**', '**/*.js', '**/*.mjs', 'test/artifacts/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommendedTypeChecked,
  {
    languageOptions: { parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname } },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@typescript-eslint/no-explicit-any': 'error',
      '@typescript-eslint/no-unsafe-assignment': 'off',
      '@typescript-eslint/no-unsafe-member-access': 'off',
      '@typescript-eslint/no-unsafe-argument': 'off',
      '@typescript-eslint/no-unsafe-call': 'off',
      '@typescript-eslint/no-unsafe-return': 'off',
      '@typescript-eslint/require-await': 'off',
      '@typescript-eslint/unbound-method': 'off',
      '@typescript-eslint/no-floating-promises': 'error',
      '@typescript-eslint/switch-exhaustiveness-check': 'error',
      // `total += await work()` reads `total` before the await: concurrent workers lose counts.
      'require-atomic-updates': ['error', { allowProperties: true }],
    },
  },
  {
    files: ['libs/**/*.ts'],
    rules: { 'no-restricted-imports': ['error', { patterns: [{ group: ['**/apps/**', 'apps/*'], message: 'libs never import apps' }] }] },
  },
  {
    files: ['libs/*/src/domain/**/*.ts', 'libs/kernel/src/**/*.ts'],
    ignores: ['**/*.spec.ts'],
    rules: {
      'no-restricted-imports': ['error', {
        patterns: [
          { group: IO_AND_FRAMEWORKS, message: 'domain code is pure TypeScript: no Nest, no I/O' },
          { group: ['**/application/**', '**/infrastructure/**', '**/projections/**'], message: 'domain imports no outer layer' },
          { group: ['**/apps/**'], message: 'libs never import apps' },
        ],
      }],
    },
  },
  {
    files: ['**/*.spec.ts', 'test/**/*.ts', 'bench/**/*.ts', 'scripts/**/*.ts'],
    rules: { '@typescript-eslint/no-non-null-assertion': 'off' },
  },
);
