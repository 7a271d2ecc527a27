// `koiki validate | calc | pdf` given hostile files, as a portal server would run it: exit 1 or 2,
// a Japanese message, no stack trace, no English error prefix; a 50 MB file is refused by its size
// before it is read (its message names the limit). How fast is for the bench, not for a test here.
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { fileURLToPath } from 'node:url';
import { hugePageCountPdf } from './hostile-pdfs.ts';

const root = fileURLToPath(new URL('../../', import.meta.url));
const tmp = mkdtempSync(join(tmpdir(), 'koiki-hardening-cli-'));
const exampleText = readFileSync(
  join(root, 'forms/specialist-dispatch/examples/prefecture-three-people.json'),
  'utf8',
);
const example = JSON.parse(exampleText) as {
  formId: string;
  schemaVersion: number;
  data: Record<string, unknown>;
};
const deep = 10_000;
const nested = `${'['.repeat(deep)}${']'.repeat(deep)}`;

/** Each hostile file and the exit codes it may end with. */
const hostileFiles: Record<string, { content: () => string | Uint8Array; exits: number[] }> = {
  'JSON でない（PDF のバイト列）': { content: () => hugePageCountPdf(), exits: [2] },
  空のファイル: { content: () => '', exits: [2] },
  途中で切れたファイル: { content: () => exampleText.slice(0, exampleText.length / 2), exits: [2] },
  '50 MB のファイル（中身は正しい JSON）': {
    content: () => exampleText + ' '.repeat(50 * 1024 * 1024),
    exits: [2],
  },
  '10,000 段の入れ子（data）': {
    content: () => `{"formId":"specialist-dispatch","schemaVersion":1,"data":${nested}}`,
    exits: [1],
  },
  '10,000 段の入れ子（項目の中）': {
    content: () =>
      JSON.stringify({ ...example, data: { ...example.data, remarks: 0 } }).replace(
        '"remarks":0',
        `"remarks":${nested}`,
      ),
    exits: [1],
  },
  '知らない様式 (formId)': {
    content: () => JSON.stringify({ ...example, formId: 'no-such-form' }),
    exits: [2],
  },
  '1 MB の formId': {
    content: () => JSON.stringify({ ...example, formId: 'x'.repeat(1024 * 1024) }),
    exits: [2],
  },
  'toString を持つ formId': {
    content: () => JSON.stringify({ ...example, formId: { toString: 1 } }),
    exits: [2],
  },
  '新しい版の様式 (schemaVersion 99)': {
    content: () => JSON.stringify({ ...example, schemaVersion: 99 }),
    exits: [2],
  },
  '__proto__ に包んだ申請データ': { content: () => `{"__proto__":${exampleText}}`, exits: [1] },
  'constructor.prototype に包んだ申請データ': {
    content: () => `{"constructor":{"prototype":${exampleText}}}`,
    exits: [1],
  },
};

interface Run {
  code: number | null;
  output: string;
}

function koiki(args: string[]): Promise<Run> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, [join(root, 'packages/cli/bin/koiki.js'), ...args], {
      cwd: root,
    });
    let output = '';
    child.stdout.on('data', (chunk) => (output += chunk));
    child.stderr.on('data', (chunk) => (output += chunk));
    // Only a guard against a hang: generous, so a busy machine does not turn slowness into failure.
    const timer = setTimeout(() => child.kill('SIGKILL'), 180_000);
    child.on('close', (code) => {
      clearTimeout(timer);
      resolve({ code, output });
    });
  });
}

/** Runs `jobs` with at most `limit` at a time. */
async function pool<T>(jobs: (() => Promise<T>)[], limit: number): Promise<T[]> {
  const results: T[] = [];
  let next = 0;
  const worker = async () => {
    while (next < jobs.length) {
      const i = next++;
      results[i] = await (jobs[i] as () => Promise<T>)();
    }
  };
  await Promise.all(Array.from({ length: limit }, worker));
  return results;
}

const commands = {
  validate: (path: string) => ['validate', 'specialist-dispatch', path],
  calc: (path: string) => ['calc', 'specialist-dispatch', path],
  pdf: (path: string) => ['pdf', 'specialist-dispatch', path, '-o', join(tmp, 'out.pdf')],
};

const runs = new Map<string, Run>();

before(async () => {
  const jobs: (() => Promise<void>)[] = [];
  Object.entries(hostileFiles).forEach(([name, { content }], i) => {
    const path = join(tmp, `hostile-${i}.json`);
    writeFileSync(path, content());
    for (const [command, args] of Object.entries(commands)) {
      jobs.push(async () => {
        runs.set(`${command} ${name}`, await koiki(args(path)));
      });
    }
  });
  for (const [command, args] of Object.entries(commands)) {
    jobs.push(async () => {
      runs.set(`${command} ない`, await koiki(args(join(tmp, 'no-such-file.json'))));
    });
  }
  await pool(jobs, 2);
});

after(() => rmSync(tmp, { recursive: true, force: true }));

function assertRefused(run: Run | undefined, exits: number[]) {
  assert.ok(run);
  assert.ok(exits.includes(run.code ?? -1), `exit ${run.code}: ${run.output.slice(0, 300)}`);
  assert.match(run.output, /[\u3040-\u30ff\u4e00-\u9fff]/);
  assert.doesNotMatch(run.output, /^\s+at /m, 'no stack trace');
  assert.doesNotMatch(
    run.output,
    /\b[A-Z][A-Za-z]*Error\b|Cannot |undefined/,
    run.output.slice(0, 300),
  );
  assert.ok(run.output.length < 20_000, `output of ${run.output.length} characters`);
}

describe('koiki validate・calc・pdf に悪意のあるファイルを渡すと、終了コード 1 か 2 と日本語のメッセージで断る', () => {
  for (const [name, { exits }] of Object.entries(hostileFiles)) {
    for (const command of Object.keys(commands)) {
      it(`koiki ${command}: ${name} → 終了コード ${exits.join('・')}`, () => {
        assertRefused(runs.get(`${command} ${name}`), exits);
      });
    }
  }

  for (const command of Object.keys(commands)) {
    it(`koiki ${command}: ないファイル → 終了コード 2`, () => {
      assertRefused(runs.get(`${command} ない`), [2]);
    });
  }

  it('50 MB のファイルは読む前に大きさで断る（上限を伝える）', () => {
    const run = runs.get('validate 50 MB のファイル（中身は正しい JSON）');
    assert.match(run?.output ?? '', /大きすぎます（上限 10 MB）/);
  });

  it('様式名（formId）が長くても、メッセージは短いまま', () => {
    const run = runs.get('validate 1 MB の formId');
    assert.match(run?.output ?? '', /formId: x{64}…）/);
  });
});
