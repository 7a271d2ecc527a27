// The amounts are computed once per data change and shared by the step, the review and the PDF.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { createSession, type FormDefinition } from '@koiki/engine';
import { type ClaimResult, formatYenAmount } from '@koiki/schemas';
import { consolidationClaim } from '../../forms/consolidation-claim/index.ts';
import type { FormModule } from '../../forms/form-module.ts';
import { NO_AMOUNTS_MESSAGE } from '../../forms/printed-amounts.ts';
import { specialistDispatch } from '../../forms/specialist-dispatch/index.ts';
import { consolidationExample, dispatchExample } from '../schemas/calculators/example-data.ts';

const forms: [string, FormModule, () => unknown][] = [
  ['specialist-dispatch', specialistDispatch as FormModule, dispatchExample],
  ['consolidation-claim', consolidationClaim as FormModule, consolidationExample],
];

describe('措置額は1回の計算を画面・確認・PDF で共有する', () => {
  for (const [id, module, example] of forms) {
    it(`${id}: 算定結果の手順、確認、PDF を作っても計算は1回`, async () => {
      let calls = 0;
      const calculate = module.definition.calculate;
      const counted: FormDefinition<unknown> = {
        ...module.definition,
        calculate: (data: unknown) => {
          calls += 1;
          return calculate(data);
        },
      };
      const session = createSession(counted, { data: example() });
      const shown = session.amounts;
      assert.equal(session.amounts, shown);
      const payload = session.submitPayload();
      assert.equal(payload.amounts, shown);
      // The PDF prints the payload's amounts as they are: a total no calculator would give shows.
      const marked = {
        ...(shown as ClaimResult),
        totals: { yen: 123_456_789, thousandYen: 123_457 },
      };
      const spec = await module.pdfDocument({
        payload: { ...payload, amounts: marked },
        submitDate: '2026-11-20',
        attachments: [],
      });
      const printed = spec.blocks.flatMap((block) =>
        block.kind === 'amounts' ? block.rows.map((row) => row.amount) : [],
      );
      assert.ok(printed.includes(formatYenAmount(123_456_789)), printed.join(' / '));
      assert.equal(calls, 1);
      session.set('remarks', '変更');
      assert.notEqual(session.amounts, shown);
      assert.equal(calls, 2);
    });
  }
});

describe('措置額のない申請は PDF にしない', () => {
  for (const [id, module, example] of forms) {
    it(`${id}: 計算結果がない（計算に失敗した）ときは、理由を日本語で示して作らない`, async () => {
      const session = createSession(module.definition as FormDefinition<unknown>, {
        data: example(),
      });
      const payload = { ...session.submitPayload(), amounts: undefined };
      await assert.rejects(
        module.pdfDocument({ payload, submitDate: '2026-11-20', attachments: [] }),
        { message: NO_AMOUNTS_MESSAGE },
      );
    });
  }
});
