/** The forms the assistant offers: one line per form. */
export interface FormEntry {
  id: string;
  title: string;
  summary: string;
}

export const formRegistry: readonly FormEntry[] = [
  {
    id: 'specialist-dispatch',
    title: '連携協約に基づく専門人材派遣',
    summary: '都道府県が連携協約により市町村へ派遣する専門人材の募集経費・人件費・負担金',
  },
  {
    id: 'consolidation-claim',
    title: '複数団体による公共施設の集約化・複合化等',
    summary: '複数団体による公共施設の集約化等の調査検討経費・円滑化経費',
  },
];
