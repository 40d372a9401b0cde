// Builds the embeddable widget (ES module with lazy chunks, and a classic script), and the
// DOM-free engine for Node (bin/ask.mjs, eval and bench scripts).
import resolve from '@rollup/plugin-node-resolve';
import terser from '@rollup/plugin-terser';
import typescript from '@rollup/plugin-typescript';
import {rmSync} from 'node:fs';

// Stale hashed chunks would otherwise pile up between builds.
rmSync('dist/chunks', {recursive: true, force: true});
rmSync('dist/elements', {recursive: true, force: true});

const typescriptOptions = {
  tsconfig: './tsconfig.json',
  include: ['src/**/*.ts'],
  exclude: ['src/**/*.test.ts', 'test/**'],
  declaration: false,
  sourceMap: false,
  outDir: undefined,
};
const minify = terser({ecma: 2021, module: true, format: {comments: false}});

/** @type {import('rollup').RollupOptions[]} */
export default [
  {
    input: {'alliance-assistant': 'src/index.ts'},
    output: {
      dir: 'dist',
      format: 'es',
      entryFileNames: '[name].js',
      chunkFileNames: 'chunks/[name]-[hash].js',
      plugins: [minify],
    },
    plugins: [resolve(), typescript(typescriptOptions)],
  },
  {
    // One module per element, for sites that want only one of them (they share chunks).
    input: {
      'alliance-assistant': 'src/components/alliance-assistant/define.ts',
      'alliance-faq': 'src/components/alliance-faq/define.ts',
      'alliance-hotlines': 'src/components/alliance-hotlines/define.ts',
    },
    output: {
      dir: 'dist/elements',
      format: 'es',
      entryFileNames: '[name].js',
      chunkFileNames: 'chunks/[name]-[hash].js',
      plugins: [minify],
    },
    plugins: [resolve(), typescript(typescriptOptions)],
  },
  {
    input: 'src/index.ts',
    output: {
      file: 'dist/alliance-assistant.iife.js',
      format: 'iife',
      name: 'AllianceAssistant',
      inlineDynamicImports: true,
      plugins: [terser({ecma: 2021, format: {comments: false}})],
    },
    plugins: [resolve(), typescript(typescriptOptions)],
  },
  {
    input: 'src/lib/index.ts',
    output: {file: 'dist/node/engine.js', format: 'es'},
    plugins: [resolve(), typescript(typescriptOptions)],
  },
];
