// The build step that makes a lazy import fetch its chunk's static imports at the same time.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { withParallelImports } from '../../packages/assistant/parallel-imports.ts';

type Chunk = Parameters<typeof withParallelImports>[0];

function bundle(list: Array<[string, string[], string?]>): Map<string, Chunk> {
  return new Map(
    list.map(([fileName, imports, code = '']) => [
      fileName,
      { type: 'chunk', fileName, imports, code },
    ]),
  );
}

describe('parallel imports', () => {
  it('starts the chunk and every chunk it imports, transitively, that the importer lacks', () => {
    const chunks = bundle([
      ['entry.js', ['lit.js'], 'x=import(`./runner.js`)'],
      ['lit.js', []],
      ['runner.js', ['lit.js', 'styles.js']],
      ['styles.js', ['theme.js']],
      ['theme.js', []],
    ]);
    const code = withParallelImports(chunks.get('entry.js')!, chunks);
    assert.equal(
      code,
      'x=Promise.all([import(`./runner.js`),import(`./styles.js`),import(`./theme.js`)]).then((m)=>m[0])',
    );
  });

  it('leaves an import alone when the chunk needs nothing more', () => {
    const chunks = bundle([
      ['entry.js', ['lit.js'], 'x=import(`./small.js`)'],
      ['lit.js', []],
      ['small.js', ['lit.js']],
    ]);
    assert.equal(withParallelImports(chunks.get('entry.js')!, chunks), 'x=import(`./small.js`)');
  });

  it('writes paths relative to the importing chunk (the PDF worker has a folder of its own)', () => {
    const chunks = bundle([
      ['pdf-worker/worker.js', [], 'import(`./layout.js`);import(`../outside.js`)'],
      ['pdf-worker/layout.js', ['shared.js']],
      ['shared.js', []],
    ]);
    assert.equal(
      withParallelImports(chunks.get('pdf-worker/worker.js')!, chunks),
      'Promise.all([import(`./layout.js`),import(`../shared.js`)]).then((m)=>m[0]);import(`../outside.js`)',
    );
  });
});
