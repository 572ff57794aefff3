import js from '@eslint/js';
import importPlugin from 'eslint-plugin-import';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';
import tseslint from 'typescript-eslint';

// Import directions from DESIGN.md / STYLE.md: shared imports nothing of ours; electron, renderer and
// server import shared and never each other; inside the renderer features never import each other.
const boundaries = [
  { target: './shared', from: ['./renderer', './electron', './server', './test', './bench'], message: 'shared/ is pure: it imports nothing of ours.' },
  { target: './renderer', from: ['./electron', './server'], message: 'The renderer reaches Electron only through the bridge and the server only over HTTP.' },
  { target: './electron', from: ['./renderer', './server'], message: 'electron/ imports shared/ only.' },
  { target: './server', from: ['./renderer', './electron'], message: 'server/ imports shared/ only.' },
  { target: './renderer/src/components', from: ['./renderer/src/features', './renderer/src/app'], message: 'components are below features.' },
  { target: './renderer/src/lib', from: ['./renderer/src/features', './renderer/src/app'], message: 'lib is below features.' },
  { target: './renderer/src/db', from: ['./renderer/src/features', './renderer/src/app'], message: 'db is below features.' },
];
const featureNames = ['today', 'accounts', 'commitments', 'escalations', 'reviews', 'surveys', 'recovery', 'reports', 'settings', 'onboarding', 'palette', 'sync', 'portfolio', 'import', 'backup', 'placeholder', 'team', 'health', 'leads'];
for (const name of featureNames) {
  boundaries.push({
    target: `./renderer/src/features/${name}`,
    from: './renderer/src/features',
    except: [`./${name}`],
    message: 'Features never import each other; compose them in app/.',
  });
}

// Screens never touch the database: components and app/ read through named queries (db/queries/) and the
// hooks of features/*/api, and write through those api modules. Tests may set up data directly.
const databaseAccess = {
  target: ['./renderer/src/features/*/components/**', './renderer/src/app', './renderer/src/components', './renderer/src/lib'],
  from: './renderer/src/db/instance.ts',
  message: 'Components never import the database: read through a query in db/queries/ or a hook in features/*/api, write through the api module.',
};

export default tseslint.config(
  { ignores: ['node_modules/**', 'out/**', 'dist/**', 'release/**', 'data/**', '**/*.d.ts', 'renderer/dist/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    files: ['**/*.{ts,tsx}'],
    languageOptions: {
      parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname },
      globals: { ...globals.browser, ...globals.node },
    },
    plugins: { import: importPlugin, 'react-hooks': reactHooks },
    rules: {
      '@typescript-eslint/no-floating-promises': 'error',
      '@typescript-eslint/no-explicit-any': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      'react-hooks/rules-of-hooks': 'error',
      'react-hooks/exhaustive-deps': 'warn',
      'import/no-restricted-paths': ['error', { zones: [...boundaries, databaseAccess] }],
      'import/no-cycle': ['error', { ignoreExternal: true }],
    },
    settings: { 'import/resolver': { node: { extensions: ['.ts', '.tsx', '.js', '.json'] } }, 'import/ignore': ['node_modules'] },
  },
  {
    files: ['**/*.test.ts', '**/*.test.tsx'],
    rules: { 'import/no-restricted-paths': ['error', { zones: boundaries }] },
  },
  {
    files: ['**/*.js'],
    languageOptions: { globals: { ...globals.node } },
  },
);
