import nx from '@nx/eslint-plugin';

// What the pure libraries must never import (style guide §3.2): frameworks, databases, queues, UI.
const SERVER_AND_UI = [
  '@nestjs/*',
  'typeorm',
  'express',
  'fastify',
  '@fastify/*',
  'socket.io',
  'socket.io-client',
  'bullmq',
  'ioredis',
  'react',
  'react-dom',
  'next',
  'pg',
  'better-sqlite3',
  'sql.js',
];
// The engine gets its I/O through injected ports, so no HTTP client or filesystem either.
const IO = ['axios', 'undici', 'node-fetch', 'http', 'https', 'node:http', 'node:https', 'fs', 'node:fs', 'net', 'node:net'];

export default [
  ...nx.configs['flat/base'],
  ...nx.configs['flat/typescript'],
  ...nx.configs['flat/javascript'],
  {
    ignores: ['**/dist', '**/out-tsc', '**/.next', 'tmp/**', 'coverage/**'],
  },
  {
    files: ['**/*.ts', '**/*.tsx', '**/*.js', '**/*.jsx'],
    rules: {
      '@nx/enforce-module-boundaries': [
        'error',
        {
          enforceBuildableLibDependency: true,
          allow: ['^.*/eslint(\\.base)?\\.config\\.[cm]?[jt]s$'],
          depConstraints: [
            { sourceTag: 'type:sdk', onlyDependOnLibsWithTags: [], bannedExternalImports: SERVER_AND_UI },
            { sourceTag: 'type:contracts', onlyDependOnLibsWithTags: ['type:sdk'], bannedExternalImports: SERVER_AND_UI },
            { sourceTag: 'type:engine', onlyDependOnLibsWithTags: ['type:sdk'], bannedExternalImports: [...SERVER_AND_UI, ...IO] },
            { sourceTag: 'type:modules', onlyDependOnLibsWithTags: ['type:sdk', 'type:engine'], bannedExternalImports: SERVER_AND_UI },
            {
              sourceTag: 'scope:server',
              onlyDependOnLibsWithTags: ['type:sdk', 'type:contracts', 'type:engine', 'type:modules'],
              bannedExternalImports: ['react', 'react-dom', 'next', '@xyflow/*'],
            },
            {
              sourceTag: 'scope:client',
              onlyDependOnLibsWithTags: ['type:contracts', 'type:sdk'],
              bannedExternalImports: ['@nestjs/*', 'typeorm', 'pg', 'better-sqlite3', 'sql.js', 'bullmq', 'ioredis', 'fastify'],
            },
            { sourceTag: 'type:tool', onlyDependOnLibsWithTags: ['*'] },
            { sourceTag: 'type:e2e', onlyDependOnLibsWithTags: ['type:contracts'] },
          ],
        },
      ],
    },
  },
  // Nx only bans packages that are in the dependency graph; this also catches ones not installed yet.
  ...[
    { files: ['libs/engine/**/*.ts'], banned: [...SERVER_AND_UI, ...IO] },
    { files: ['libs/sdk/**/*.ts', 'libs/modules-core/**/*.ts', 'libs/contracts/**/*.ts'], banned: SERVER_AND_UI },
  ].map(({ files, banned }) => ({
    files,
    rules: {
      'no-restricted-imports': [
        'error',
        { patterns: [{ group: banned, message: 'Pure libraries take I/O and frameworks through ports (style guide §3.2).' }] },
      ],
    },
  })),
];
