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
);
