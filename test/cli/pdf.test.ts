// `koiki pdf`: the PDF a portal server makes from a claim file, and the exit codes when it cannot.
// Only specialist-dispatch is tested: forms/consolidation-claim has no index.ts yet.
import assert from 'node:assert/strict';
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { fileURLToPath } from 'node:url';
import { MissingGlyphsError, readPdfData } from '@koiki/pdf';
import { reportPdfError } from '../../packages/cli/src/pdf-command.ts';

const root = fileURLToPath(new URL('../../', import.meta.url));
const example = (name: string) => join(root, 'forms/specialist-dispatch/examples', name);
const tmp = mkdtempSync(join(tmpdir(), 'koiki-pdf-cli-'));

function koiki(...args: string[]) {
  const run = spawnSync(process.execPath, [join(root, 'packages/cli/bin/koiki.js'), ...args], {
    cwd: root,
    encoding: 'utf8',
  });
  return { code: run.status, stdout: run.stdout, stderr: run.stderr };
}

describe('koiki pdf', () => {
  it('正しいデータから PDF を作り、終了コード 0（データを読み戻せる）', async () => {
    const out = join(tmp, '申請書.pdf');
    const run = koiki(
      'pdf',
      'specialist-dispatch',
      example('prefecture-three-people.json'),
      '-o',
      out,
    );
    assert.equal(run.code, 0, run.stderr);
    assert.match(run.stdout, /PDF を作成しました/);
    const bytes = new Uint8Array(readFileSync(out));
    assert.equal((await readPdfData(bytes)).formId, 'specialist-dispatch');
    const text = execFileSync('pdftotext', ['-layout', out, '-'], { encoding: 'utf8' });
    assert.match(text, /11,505,000円/);
    assert.match(text, /総務大臣\s+殿/);
  });

  it('TZ=UTC のサーバーで UTC 23:30 に作ると、申請日と作成日時は日本の翌日（令和8年12月1日）', () => {
    // A claim without its own 申請日: the day the PDF is made, in Japan, is printed.
    const claim = JSON.parse(readFileSync(example('prefecture-three-people.json'), 'utf8'));
    delete claim.data.applicant.applicationDate;
    const input = join(tmp, 'no-date.json');
    writeFileSync(input, JSON.stringify(claim));
    const out = join(tmp, 'utc.pdf');
    const run = spawnSync(
      process.execPath,
      [
        '--import',
        join(root, 'test/cli/fixed-clock.mjs'),
        join(root, 'packages/cli/bin/koiki.js'),
        'pdf',
        'specialist-dispatch',
        input,
        '-o',
        out,
      ],
      {
        cwd: root,
        encoding: 'utf8',
        env: { ...process.env, TZ: 'UTC', FIXED_CLOCK: '2026-11-30T23:30:00Z' },
      },
    );
    assert.equal(run.status, 0, run.stderr);
    assert.match(run.stdout, /申請日 令和8年12月1日/);
    const page1 = execFileSync('pdftotext', ['-layout', '-l', '1', out, '-'], { encoding: 'utf8' });
    assert.match(page1, /奈市振第１２３号\s+令和8年12月1日/);
    assert.match(page1, /作成 2026年12月1日 8:30（日本時間）/);
    assert.doesNotMatch(page1, /11月30日/);
  });

  it('--date で申請日を指定できる（データの申請日より優先）、読めない日付は終了コード 2', () => {
    const out = join(tmp, 'dated.pdf');
    const run = koiki(
      'pdf',
      'specialist-dispatch',
      example('prefecture-three-people.json'),
      '-o',
      out,
      '--date',
      '2026-12-15',
    );
    assert.equal(run.code, 0, run.stderr);
    assert.match(run.stdout, /申請日 令和8年12月15日/);
    const page1 = execFileSync('pdftotext', ['-layout', '-l', '1', out, '-'], { encoding: 'utf8' });
    assert.match(page1, /令和8年12月15日/);
    assert.doesNotMatch(page1, /令和8年12月1日/);

    const wrong = koiki(
      'pdf',
      'specialist-dispatch',
      example('prefecture-three-people.json'),
      '-o',
      out,
      '--date',
      '12月15日',
    );
    assert.equal(wrong.code, 2);
    assert.match(wrong.stderr, /--date の「12月15日」を日付として読めません/);
  });

  it('誤りのあるデータは終了コード 1 で、項目ごとの理由を日本語で出す', () => {
    const out = join(tmp, 'invalid.pdf');
    const run = koiki(
      'pdf',
      'specialist-dispatch',
      example('invalid-digital-post.json'),
      '-o',
      out,
    );
    assert.equal(run.code, 1);
    assert.match(run.stderr, /^データに誤りがあるため PDF を作成できません/);
    assert.match(run.stderr, /posts\.0\.occupation: デジタル人材は、この措置の対象外です/);
  });

  it('読めないファイル・知らない様式・-o なしは終了コード 2、スタックトレースは出さない', () => {
    const broken = join(tmp, 'broken.json');
    writeFileSync(broken, '{ not json');
    const cases = [
      ['pdf', 'specialist-dispatch', broken, '-o', join(tmp, 'a.pdf')],
      ['pdf', 'specialist-dispatch', join(tmp, 'none.json'), '-o', join(tmp, 'a.pdf')],
      ['pdf', 'no-such-form', example('prefecture-three-people.json'), '-o', join(tmp, 'a.pdf')],
      ['pdf', 'specialist-dispatch', example('prefecture-three-people.json')],
    ];
    for (const args of cases) {
      const run = koiki(...args);
      assert.equal(run.code, 2, args.join(' '));
      assert.match(run.stderr, /[ぁ-んァ-ン一-龠]/);
      assert.doesNotMatch(run.stderr, /at .*\.ts:\d+/);
    }
  });

  it('書き込めない出力先は終了コード 2', () => {
    const run = koiki(
      'pdf',
      'specialist-dispatch',
      example('prefecture-three-people.json'),
      '-o',
      join(tmp, 'no-such-dir', 'a.pdf'),
    );
    assert.equal(run.code, 2);
    assert.match(run.stderr, /書き込めません/);
  });

  it('フォントにない文字は終了コード 2 で、項目と置き換え候補を示す', () => {
    const messages: string[] = [];
    const code = reportPdfError(
      new MissingGlyphsError([{ path: 'contact.name', char: '髙', suggestion: '高' }]),
      { out: () => {}, err: (text) => messages.push(text) },
    );
    assert.equal(code, 2);
    assert.match(messages.join('\n'), /contact\.name: 「髙」 → 「高」に置き換えてください/);
  });
});
