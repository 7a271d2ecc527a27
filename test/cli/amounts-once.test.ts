// `koiki pdf` computes the claim amounts once: the 算定調書 prints what was computed for the payload.
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, describe, it } from 'node:test';
import { fileURLToPath } from 'node:url';
import { formRegistry } from '@koiki/forms';
import type { ClaimResult } from '@koiki/schemas';
import { runCli } from '../../packages/cli/src/run-cli.ts';

const root = fileURLToPath(new URL('../../', import.meta.url));
const tmp = mkdtempSync(join(tmpdir(), 'koiki-amounts-once-'));
after(() => rmSync(tmp, { recursive: true, force: true }));

describe('koiki pdf の措置額', () => {
  it('計算は1回で、その結果を PDF に載せる', async () => {
    const entry = formRegistry.find((form) => form.id === 'specialist-dispatch');
    assert.ok(entry);
    // The CLI loads the same module object, so counting its calculator counts the CLI's calls.
    const module = await entry.load();
    const calculate = module.definition.calculate;
    let calls = 0;
    module.definition.calculate = (data) => {
      calls += 1;
      return calculate(data) as ClaimResult;
    };
    try {
      const lines: string[] = [];
      const io = {
        out: (text: string) => lines.push(text),
        err: (text: string) => lines.push(text),
      };
      const file = join(root, 'forms/specialist-dispatch/examples/prefecture-three-people.json');
      const code = await runCli(['pdf', 'specialist-dispatch', file, '-o', join(tmp, 'a.pdf')], io);
      assert.equal(code, 0, lines.join('\n'));
      assert.equal(calls, 1);
    } finally {
      module.definition.calculate = calculate;
    }
  });
});
