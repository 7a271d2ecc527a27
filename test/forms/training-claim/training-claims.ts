// Claims of the training form used by its own tests: a 町's own-staff training and a 県's
// wide-area training with two participating 村 (長野県 and its 町村, real codes).
import type { TrainingClaim } from '@koiki/schemas/forms/training-claim';

const contact = {
  department: '総務課 人事係',
  name: '宮本 千尋',
  phone: '026-247-3111',
  email: 'somu@town.obuse.example.lg.jp',
};

const challenge = {
  name: 'GX（脱炭素）の推進',
  planName: '第六次小布施町総合計画',
  planLocation: '基本計画 第2章 3(1)・24頁',
  policyPlace: { document: '人材育成基本方針', location: '第3章 1・8頁' },
} as const;

const programme = {
  name: 'GX推進リーダー育成研修',
  challengeName: challenge.name,
  purpose: '脱炭素の施策を企画・推進できる職員を育てる',
  schedule: '令和8年6月～令和9年2月に全6回',
  targetStaff: '主事・主任級の一般行政職員',
  contentPlace: { document: '人材育成基本方針', location: '第4章 2・15頁' },
  staffTarget: 30,
  targetFiscalYear: 2028,
  targetPlace: { document: '人材育成基本方針', location: '第4章 3・17頁' },
} as const;

/** 小布施町 trains its own staff: two 開催 lines and three 受講 lines, each 区分 with an odd 円. */
export function ownStaffClaim(): TrainingClaim {
  return {
    applicant: { dantaiCode: '205419', headName: '大宮 透', documentNumber: '小総第２１５号' },
    contact,
    fiscalYear: 2026,
    trainingKind: '自団体職員向け',
    policy: { name: '小布施町人材育成基本方針', adoptedDate: '2025-03-25' },
    challenges: [{ ...challenge, policyPlace: { ...challenge.policyPlace } }],
    programmes: [
      {
        ...programme,
        contentPlace: { ...programme.contentPlace },
        targetPlace: { ...programme.targetPlace },
      },
    ],
    costItems: [
      { category: '講師謝金', description: 'GX推進研修 講師謝金（3回分）', amount: 180_000 },
      { category: '講師旅費', description: 'GX推進研修 講師旅費', amount: 45_321 },
      { category: 'eラーニング利用料', description: 'アカウント利用料（20人分）', amount: 66_000 },
      { category: '外部研修受講料', description: '自治体GX実務研修 受講料', amount: 38_500 },
      { category: '職員旅費', description: '外部研修受講の旅費', amount: 13_345 },
    ],
  };
}

/** 長野県 holds a wide-area training with 川上村 and 南牧村: 開催経費 only. */
export function wideAreaClaim(): TrainingClaim {
  return {
    applicant: { dantaiCode: '200000', headName: '阿部 守一', documentNumber: '人第１０１号' },
    contact: { ...contact, department: '総務部 人事課', email: 'jinji@pref.nagano.example.lg.jp' },
    fiscalYear: 2026,
    trainingKind: '広域研修',
    policy: {
      name: '長野県人材育成基本方針',
      adoptedDate: '2024-10-01',
      implementationPlanName: '長野県人材育成実施計画',
    },
    challenges: [
      {
        name: '多文化共生',
        planName: 'しあわせ信州創造プラン3.0',
        planLocation: '第4編 2・88頁',
        policyPlace: { document: '実施計画', location: '第2章 1・5頁' },
      },
    ],
    programmes: [
      {
        name: '多文化共生推進研修（県・市町村合同）',
        challengeName: '多文化共生',
        purpose: '外国人住民の相談に応じられる職員を県と市町村で育てる',
        schedule: '令和8年7月～12月に全4回',
        targetStaff: '県と参加市町村の窓口担当職員',
        contentPlace: { document: '実施計画', location: '第3章 2・12頁' },
        staffTarget: 40,
        targetFiscalYear: 2028,
        targetPlace: { document: '実施計画', location: '第3章 3・14頁' },
        wideAreaStated: true,
      },
    ],
    participants: [
      {
        dantaiCode: '203041',
        staffTarget: 4,
        policyName: '川上村人材育成基本方針',
        meetsRequirements: true,
      },
      {
        dantaiCode: '203050',
        staffTarget: 3,
        policyName: '南牧村人材育成基本方針',
        meetsRequirements: true,
      },
    ],
    costItems: [
      { category: '講師謝金', description: '多文化共生研修 講師謝金（4回分）', amount: 240_000 },
      { category: '研修委託費', description: '研修運営の委託', amount: 550_001 },
    ],
  };
}
