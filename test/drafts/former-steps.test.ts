// A draft saved by an older version on a step that has since been renamed reopens on the step
// that asks its questions now, and every step it had reached stays reachable.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { describe, it } from 'node:test';
import { type DraftRecord, migrateDraft } from '@koiki/drafts';
import { consolidationClaim } from '../../forms/consolidation-claim/index.ts';
import { specialistDispatch } from '../../forms/specialist-dispatch/index.ts';

const fixture = (name: string): DraftRecord =>
  JSON.parse(readFileSync(new URL(`../fixtures/v1/${name}`, import.meta.url), 'utf8'));

const stepIds = (steps: readonly { id: string }[]) => steps.map((step) => step.id);

describe('改名した手順で保存された旧版の下書き', () => {
  it('専門人材派遣 版1：「派遣先」で保存した下書きは「派遣する職」で、到達済みの「連携協約」も今の手順で開く', () => {
    const old = {
      ...fixture('specialist-dispatch.v1.draft-record.json'),
      step: 'recipient',
      reached: 'agreement',
    };
    const opened = migrateDraft(old, specialistDispatch.definition);
    assert.ok(opened.ok);
    assert.equal(opened.draft.step, 'posts');
    assert.equal(opened.draft.reached, 'agreements');
    const ids = stepIds(specialistDispatch.definition.steps);
    assert.ok(ids.includes(opened.draft.step) && ids.includes(opened.draft.reached ?? ''));
  });

  it('集約化等 版2：「対象施設」で保存した下書きは「取組」で開き、改名していない手順はそのまま', () => {
    const old = {
      ...fixture('consolidation-claim.v2.draft-record.json'),
      step: 'facilities',
      reached: 'amounts',
    };
    const opened = migrateDraft(old, consolidationClaim.definition);
    assert.ok(opened.ok);
    assert.equal(opened.draft.step, 'initiatives');
    assert.equal(opened.draft.reached, 'amounts');
  });

  it('今の版の下書きは手順を変えない', () => {
    const current = {
      ...fixture('specialist-dispatch.v1.draft-record.json'),
      schemaVersion: specialistDispatch.definition.schemaVersion,
      step: 'agreement',
    };
    const opened = migrateDraft(current, specialistDispatch.definition);
    assert.ok(opened.ok);
    assert.equal(opened.draft.step, 'agreement');
  });
});
