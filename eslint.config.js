// @ts-check
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import reactHooks from 'eslint-plugin-react-hooks';

const CORE_FORBIDDEN_GLOBALS = [
  'process',
  'Buffer',
  'global',
  '__dirname',
  '__filename',
  'require',
  'window',
  'document',
];

const nodeBuiltins = [
  'node:*',
  'fs',
  'fs/*',
  'path',
  'os',
  'child_process',
  'crypto',
  'http',
  'url',
];

/** Each layer may only import downwards: renderer -> core, electron -> backend -> core. */
const layerRule = (message, patterns) => ({
  'no-restricted-imports': [
    'error',
    { patterns: patterns.map((group) => ({ group: [group], message })) },
  ],
});

export default tseslint.config(
  {
    // Build output anywhere (a stale renderer/out/ or dist/ left in a checkout), not only at the top.
    ignores: [
      '**/node_modules/',
      '**/out/',
      '**/dist/',
      '**/coverage/',
      '**/test-results/',
      'templates/',
      'bin/',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommendedTypeChecked,
  {
    languageOptions: {
      parserOptions: {
        projectService: {
          allowDefaultProject: ['eslint.config.js'],
        },
        tsconfigRootDir: import.meta.dirname,
      },
    },
    rules: {
      '@typescript-eslint/no-floating-promises': 'error',
      '@typescript-eslint/no-explicit-any': 'error',
      '@typescript-eslint/consistent-type-imports': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_' }],
    },
  },
  {
    files: ['core/**/*.ts'],
    ignores: ['core/**/*.test.ts'],
    rules: {
      ...layerRule('core/ is pure: no Node, DOM, Electron, React or outer layers (DESIGN.md §2).', [
        ...nodeBuiltins,
        'electron',
        'react',
        'react-dom',
        'lowdb',
        'lowdb/*',
        '**/backend/**',
        '**/electron/**',
        '**/renderer/**',
      ]),
      // liquidjs's types pull Node's globals into the core project, so the compiler alone would
      // not catch them.
      'no-restricted-globals': [
        'error',
        ...CORE_FORBIDDEN_GLOBALS.map((name) => ({
          name,
          message: 'core/ is pure: pass what it needs in through a port.',
        })),
      ],
    },
  },
  {
    // A literal object or array default is one value shared by every parse: editing a parsed
    // result in place would change the next parse's default. A factory gives each its own.
    files: ['core/**/*.ts', 'backend/**/*.ts'],
    rules: {
      'no-restricted-syntax': [
        'error',
        {
          selector:
            'CallExpression[callee.property.name=/^(default|prefault)$/] > :matches(ObjectExpression, ArrayExpression)',
          message: 'Give an object or array default as a factory: .default(() => []).',
        },
      ],
    },
  },
  {
    files: ['backend/**/*.ts'],
    rules: layerRule('backend/ may use Node and core/, never Electron, React or the renderer.', [
      'electron',
      'react',
      'react-dom',
      '**/electron/**',
      '**/renderer/**',
    ]),
  },
  {
    files: ['renderer/**/*.ts', 'renderer/**/*.tsx'],
    plugins: { 'react-hooks': reactHooks },
    rules: {
      ...reactHooks.configs.recommended.rules,
      ...layerRule(
        'renderer/ talks to the backend only through the API client; it may import core/.',
        [...nodeBuiltins, 'electron', 'lowdb', 'lowdb/*', '**/backend/**', '**/electron/**'],
      ),
    },
  },
  {
    files: ['**/*.js', '**/*.mjs', '**/*.cjs'],
    ...tseslint.configs.disableTypeChecked,
  },
);
