// The questions for the 鑑 (the cover letter of the 申請書), the same in every form: the head's
// name as the issuer, the 文書番号, the 申請日 and the seal note. A portal may prefill the head's
// name, the 文書番号's prefix and the seal note through `prefill({ applicant: { … } })`.
import type { FieldDefinition } from '@koiki/engine';
import { SEAL_NOTES } from '@koiki/schemas';

export const letterFields: FieldDefinition<unknown>[] = [
  {
    path: 'applicant.headName',
    label: '首長の氏名',
    control: 'text',
    required: true,
    hint: '申請者として「奈良県知事　山下 真」のように記載します。例：山下 真',
  },
  {
    path: 'applicant.documentNumber',
    label: '文書番号',
    control: 'text',
    required: true,
    hint: '申請書の右上に記載します。例：奈総第１２３号',
  },
  {
    path: 'applicant.applicationDate',
    label: '申請日',
    control: 'date',
    hint: '空欄のときは PDF を作成した日（日本時間）になります。例：令和8年12月1日',
  },
  {
    path: 'applicant.sealNote',
    label: '公印の表示',
    control: 'select',
    hint: '申請者名の下に記載します。記載しないときは空欄のままにします。',
    options: SEAL_NOTES.map((value) => ({ value, label: value })),
  },
];
