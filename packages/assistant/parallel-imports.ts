// A dynamic import fetches its chunk, and only once that chunk has been read the chunks it imports,
// then theirs: one round trip per level (a form opened after four or five of them). This build step
// makes each dynamic import in the bundle start its chunk's whole static closure at once, as
// `modulepreload` would, but without adding anything to the portal's page (the assistant stays inside
// its shadow root, and the same code runs in the PDF worker). Modules still run in dependency order:
// a chunk runs after the chunks it imports, whichever was fetched first.
import { dirname, join, relative } from 'node:path/posix';
import type { Plugin } from 'vite';

interface ChunkInfo {
  type: 'chunk';
  fileName: string;
  imports: string[];
  code: string;
}

const dynamicImport = /import\(`(\.{1,2}\/[^`]+\.js)`\)/g;

function staticClosure(chunks: Map<string, ChunkInfo>, file: string, seen = new Set<string>()) {
  for (const dep of chunks.get(file)?.imports ?? []) {
    if (seen.has(dep)) continue;
    seen.add(dep);
    staticClosure(chunks, dep, seen);
  }
  return seen;
}

function importPath(from: string, to: string): string {
  const path = relative(dirname(from), to);
  return path.startsWith('.') ? path : `./${path}`;
}

/** `import(x)` becomes `Promise.all([import(x), import(each chunk x loads that this chunk has not)])`. */
export function withParallelImports(chunk: ChunkInfo, chunks: Map<string, ChunkInfo>): string {
  const loaded = staticClosure(chunks, chunk.fileName).add(chunk.fileName);
  return chunk.code.replace(dynamicImport, (call, path: string) => {
    const target = join(dirname(chunk.fileName), path);
    if (!chunks.has(target)) return call;
    const deps = [...staticClosure(chunks, target)].filter((dep) => !loaded.has(dep));
    if (deps.length === 0) return call;
    const more = deps.map((dep) => `import(\`${importPath(chunk.fileName, dep)}\`)`).join(',');
    return `Promise.all([${call},${more}]).then((m)=>m[0])`;
  });
}

export function parallelImports(): Plugin {
  return {
    name: 'koiki-parallel-imports',
    generateBundle(_options, bundle) {
      const chunks = new Map<string, ChunkInfo>();
      for (const output of Object.values(bundle)) {
        if (output.type === 'chunk') chunks.set(output.fileName, output as ChunkInfo);
      }
      for (const chunk of chunks.values()) chunk.code = withParallelImports(chunk, chunks);
    },
  };
}
