// A v3 claim of 大村市 for 令和9年度 with two 取組, written for the form's tests: the library
// 集約化 in its third 円滑化 year, and a research-only 取組 whose 集約先 is not decided yet.
import type { Consolidation } from '@koiki/schemas';

type Initiative = Consolidation['initiatives'][number];

/** 取組 1: 円滑化経費 12,400,000円 × 0.8 = 9,920,000円, but only 50,000,000 − 42,000,000 = 8,000,000円 are left. */
export const libraryInitiative: Initiative = {
  name: '県立・市立図書館の集約による県市一体型図書館の整備',
  method: '集約化',
  framework: '協議会',
  applicantRole: '集約先施設の設置・運営',
  otherParties: [
    {
      kind: '地方公共団体',
      dantaiCode: '420000',
      role: '集約元施設（県立図書館）の設置者・共同運営',
    },
  ],
  sourceFacilities: [
    {
      name: '長崎県立長崎図書館',
      ownerCode: '420000',
      type: '図書館',
      floorArea: 6925.4,
      closureDate: '2025-03-31',
    },
    {
      name: '大村市立図書館',
      ownerCode: '422053',
      type: '図書館',
      floorArea: 3280.15,
      closureDate: '2025-03-31',
    },
  ],
  targetDecided: true,
  targetFacility: {
    kind: '新設',
    name: '県市一体型図書館',
    ownerCode: '422053',
    type: '図書館',
    floorArea: 9860,
    serviceStartDate: '2025-10-05',
  },
  stages: ['円滑化経費'],
  smoothingItems: [
    {
      category: '広報・説明会',
      description: '新図書館の利用案内の作成・配布と地区別説明会',
      amount: 2_400_000,
    },
    {
      category: '住民の移動費用',
      description: '周辺地区から新図書館への巡回バスの運行委託',
      amount: 6_800_000,
    },
    {
      category: '備品',
      description: '利用者増に対応する閲覧席・自動貸出機の追加',
      amount: 3_200_000,
    },
  ],
  earlierReceipts: [
    { fiscalYear: 2025, amount: 18_000_000 },
    { fiscalYear: 2026, amount: 24_000_000 },
  ],
};

/** 取組 2: 調査検討経費 12,000,000円 × 1/2 = 6,000,000円, capped at 5,000,000円 per 団体. */
export const poolResearchInitiative: Initiative = {
  name: '市民プールと県立武道館の複合化に向けた調査検討',
  method: '複合化',
  framework: 'その他',
  frameworkOther: '県と2市の覚書に基づく検討会',
  applicantRole: '検討会の事務局',
  otherParties: [
    { kind: '地方公共団体', dantaiCode: '420000', role: '集約元施設（県立武道館）の設置者' },
    { kind: '地方公共団体', dantaiCode: '422045', role: '利用者の多い隣接市として検討に参加' },
  ],
  sourceFacilities: [
    { name: '大村市民プール', ownerCode: '422053', type: '体育施設', floorArea: 2410.5 },
    { name: '長崎県立武道館', ownerCode: '420000', type: '体育施設', floorArea: 3120 },
  ],
  targetDecided: false,
  stages: ['調査検討経費'],
  researchItems: [
    {
      category: '利用実態・立地等の調査・分析',
      description: '両施設の利用実態調査と複合化の候補地の比較（委託）',
      amount: 11_400_000,
    },
    { category: '協議会の開催', description: '県市検討会の開催経費', amount: 600_000 },
  ],
};

/** The whole claim: 8,000,000 + 5,000,000 = 13,000,000円. */
export function twoInitiatives(): Consolidation {
  return {
    applicant: {
      dantaiCode: '422053',
      headName: '大村 誠',
      documentNumber: '大企第３１２号',
      applicationDate: '2027-12-01',
      sealNote: '公印省略',
    },
    contact: {
      department: '大村市 教育委員会 教育政策課',
      name: '松尾 恵',
      phone: '0957-53-4111',
      extension: '371',
      email: 'kyoiku@city.omura.example.lg.jp',
    },
    fiscalYear: 2027,
    initiatives: [structuredClone(libraryInitiative), structuredClone(poolResearchInitiative)],
  };
}
