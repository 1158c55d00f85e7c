// typescript-eslint's recommended rules over the project's TypeScript; formatting is Prettier's job.
import tseslint from 'typescript-eslint';

export default tseslint.config(
  { ignores: ['dist/**', 'dist-firefox/**', 'node_modules/**', 'bench/out/**', 'out/**', 'src/generated/**'] },
  ...tseslint.configs.recommended,
  {
    rules: {
      // Unused arguments named with a leading underscore document a signature.
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
    },
  },
  {
    // Code the extension ships runs in the browser, where there is no `process` (and no debug print belongs):
    // a leftover `process.env` check there threw on every page (caught by review, twenty-fifth session).
    files: ['src/**'],
    ignores: ['src/cli/**'],
    rules: {
      'no-restricted-globals': ['error', { name: 'process', message: 'shipped code runs in the browser' }],
      'no-console': ['error', { allow: ['warn', 'error'] }],
    },
  },
);
