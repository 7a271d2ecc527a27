// Hints and answer lists the training questions share.
import type { FieldOption } from '@koiki/engine';
import { POLICY_DOCUMENTS, type PolicyDocument } from '@koiki/schemas/forms/training-claim';

export { plain } from '../plain-options.ts';

export const dateHint = '例：令和7年3月25日（西暦 2025-03-25 でも入力できます）';
export const fiscalYearHint = (example: string, seireki: number) =>
  `例：${example}（${seireki} でも入力できます）`;
export const yenHint = (example: string) =>
  `円単位で入力します。「30万」のようにも入力できます。例：${example}`;
export const staffCountHint = (example: string) => `人数を数字で入力します。例：${example}`;
export const dantaiHint = '団体名・ふりがな・団体コードで探せます。';
export const locationHint = '章・節と頁を入力します。';

const documentLabels: Record<PolicyDocument, string> = {
  人材育成基本方針: '人材育成基本方針（新たに策定したもの）',
  実施計画: '基本方針の実施計画',
};

export const documentOptions: FieldOption[] = POLICY_DOCUMENTS.map((value) => ({
  value,
  label: documentLabels[value],
}));
