// The steps and questions every claim ends with: 添付書類 and 備考, 確認, PDF の作成と提出.
import type { FieldDefinition, StepDefinition } from '@koiki/engine';
import { plain } from './plain-options.ts';

export const remarksField: FieldDefinition<unknown> = {
  path: 'remarks',
  label: '備考',
  control: 'textarea',
  hint: '審査する方に伝えたいことがあれば書きます。',
};

/** 添付書類 (the form's kinds of document, and which ones it expects) with 備考. */
export function attachmentsStep<Data>(
  kinds: readonly string[],
  hint: string,
): StepDefinition<Data> {
  return {
    id: 'attachments',
    title: '添付書類',
    description: [
      '申請書と一緒に提出する書類を添付します。PDF・JPEG・PNG のファイルは、申請書の PDF の後ろに結合されます。',
    ],
    fields: [
      {
        path: 'attachments',
        label: '添付書類',
        control: 'attachment',
        options: plain(kinds),
        hint,
      },
      remarksField,
    ],
  };
}

/** 確認: every answer with 「変更」. */
export function reviewStep<Data>(): StepDefinition<Data> {
  return { id: 'review', title: '確認', kind: 'review', fields: [] };
}

/** The last step: the PDF, print and submit. Nothing is submitted on arrival, so not 「完了」. */
export function doneStep<Data>(): StepDefinition<Data> {
  return {
    id: 'done',
    title: 'PDF の作成と提出',
    kind: 'done',
    description: [
      '申請書・算定調書・添付書類を1つの PDF にまとめます。「PDF を作成」を押し、保存または印刷して提出してください。ポータルから提出する場合は「提出する」を押します。',
    ],
    fields: [],
  };
}
