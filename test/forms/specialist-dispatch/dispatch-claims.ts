// Two v2 claims written for this form's tests, independent of the examples folder: 長野県 as
// 派遣元 with three 協約 to three villages (one post continuing, one planned), and 川上村 as
// 派遣先 under 自治法派遣. Hand figures are in the tests that use them.
import type { SpecialistDispatch } from '@koiki/schemas';

const content = (article: string) => ({ stated: true, article });

/** A 協約 between 長野県 (200000) and one village, with the given 協約名. */
function naganoAgreement(village: string, name: string): SpecialistDispatch['agreements'][number] {
  return {
    name,
    parties: [
      { dantaiCode: '200000', resolutionDate: '2025-12-18', noticeDate: '2026-01-27' },
      { dantaiCode: village, resolutionDate: '2025-12-12', noticeDate: '2026-01-23' },
    ],
    concludedDate: '2026-01-20',
    notificationDate: '2026-02-03',
    basicPolicy: content('第2条'),
    roleSharing: content('第3条'),
    expertise: content('第4条'),
    staffAndPeriod: content('第5条'),
  };
}

export const KAWAKAMI = '長野県と川上村との専門人材の確保及び派遣に関する連携協約';
export const MINAMIMAKI = '長野県と南牧村との専門人材の確保及び派遣に関する連携協約';
export const KITAAIKI = '長野県と北相木村との専門人材の確保及び派遣に関する連携協約';

const letter = {
  headName: '阿部 守一',
  documentNumber: '長市第１２３号',
  applicationDate: '2026-12-01',
  sealNote: '公印省略' as const,
};

const contact = {
  department: '長野県 企画振興部 市町村課',
  name: '小林 直子',
  phone: '026-235-7064',
  email: 'shichoson@pref.nagano.example.lg.jp',
};

/**
 * 長野県 令和8年度, 派遣元, three 協約:
 * - 川上村: 保健師, from 2026-04-01 (first year), 人件費 7,200,000 − 負担金 1,000,000 → 3,100,000;
 * - 南牧村: 税務, continuing since 2025-04-01, 人件費 13,000,000 → 6,500,000 capped at 6,000,000;
 * - 北相木村: 保育士, planned from 2027-04-01 (no amounts);
 * - 募集経費 1,500,000 + 900,000 = 2,400,000 × 0.5 = 1,200,000 → capped at 1,000,000 per 団体.
 * Total 3,100,000 + 6,000,000 + 1,000,000 = 10,100,000円.
 */
export const naganoSender: SpecialistDispatch = {
  applicant: { dantaiCode: '200000', ...letter },
  contact,
  fiscalYear: 2026,
  role: '派遣元',
  agreements: [
    naganoAgreement('203041', KAWAKAMI),
    naganoAgreement('203050', MINAMIMAKI),
    naganoAgreement('203076', KITAAIKI),
  ],
  posts: [
    {
      agreementName: KAWAKAMI,
      recipientCode: '203041',
      postName: '保健福祉課 保健師',
      staffName: '山本 香織',
      occupation: '保健師',
      employment: '任期付職員',
      dispatchForm: 'その他',
      periodFrom: '2026-04-01',
      periodTo: '2027-03-31',
      personnelCost: 7_200_000,
      contribution: 1_000_000,
    },
    {
      agreementName: MINAMIMAKI,
      recipientCode: '203050',
      postName: '税務課 徴収担当',
      staffName: '森田 健一',
      occupation: '税務',
      employment: '任期付職員',
      dispatchForm: 'その他',
      periodFrom: '2025-04-01',
      periodTo: '2028-03-31',
      personnelCost: 13_000_000,
    },
    {
      agreementName: KITAAIKI,
      recipientCode: '203076',
      postName: 'こども園 保育士',
      occupation: '保育士',
      employment: '任期付職員',
      dispatchForm: 'その他',
      periodFrom: '2027-04-01',
      periodTo: '2028-03-31',
    },
  ],
  recruitmentItems: [
    { description: '求人情報サイトへの募集広告掲載料', amount: 1_500_000 },
    { description: '専門職採用説明会の会場借上料', amount: 900_000 },
  ],
};

/** 川上村 令和8年度, 派遣先: one 自治法派遣 post from 2026-04-01, 負担金 5,000,000 × 0.5 = 2,500,000円. */
export const kawakamiReceiver: SpecialistDispatch = {
  applicant: { dantaiCode: '203041', ...letter, headName: '藤原 忠彦' },
  contact: { ...contact, department: '川上村 総務課' },
  fiscalYear: 2026,
  role: '派遣先',
  agreements: [naganoAgreement('203041', KAWAKAMI)],
  posts: [
    {
      agreementName: KAWAKAMI,
      recipientCode: '203041',
      postName: '保健福祉課 保健師',
      staffName: '山本 香織',
      occupation: '保健師',
      employment: '任期付職員',
      dispatchForm: '自治法派遣',
      periodFrom: '2026-04-01',
      periodTo: '2027-03-31',
      contribution: 5_000_000,
    },
  ],
};
