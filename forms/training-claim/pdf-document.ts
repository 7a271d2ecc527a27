// The 申請書 and 算定調書 of the training claim as a document for @koiki/pdf: the 鑑, then the
// 別紙 with the 基本方針, each 課題 and programme with where requirements ①–③ are written, the
// participating 市町村 of a 広域研修, the cost lines by 区分, and the shared 算定 part.
import type { Block, LabelValueRow, PdfDocumentSpec, TableBlock } from '@koiki/pdf';
import {
  type ClaimResult,
  findDantai,
  formatFiscalYear,
  formatWareki,
  formatYen,
  loadDantaiList,
} from '@koiki/schemas';
import { COST_GROUPS, type TrainingClaim } from '@koiki/schemas/forms/training-claim';
import {
  annexHead,
  claimStatementBlocks,
  labelled,
  letterBlocks,
  letterHead,
} from '../claim-pdf-parts.ts';
import type { PdfContext } from '../form-module.ts';
import { printedAmounts } from '../printed-amounts.ts';
import { costGroupOf, itemLabel } from './answers.ts';
import { computationBlocks } from './pdf-computation.ts';

const FORM_NAME = '新たな政策課題に関する人材育成の研修に係る特別交付税申請書';
const SUBJECT = '新たな政策課題に関する人材育成の研修に係る特別交付税の申請について';

type Names = (code: string) => string;
type Place = TrainingClaim['challenges'][number]['policyPlace'];
type Programme = TrainingClaim['programmes'][number];

/** 「人材育成基本方針 第3章 1・8頁」: the document and where in it. */
const placeText = (place: Place) => `${place.document} ${place.location}`;

function policySection(data: TrainingClaim): Block {
  const rows: LabelValueRow[] = [
    { label: '研修の区分', value: data.trainingKind, path: 'trainingKind' },
    { label: '人材育成基本方針', value: data.policy.name, path: 'policy.name' },
    { label: '策定日', value: formatWareki(data.policy.adoptedDate), path: 'policy.adoptedDate' },
  ];
  if (data.policy.implementationPlanName) {
    rows.push({
      label: '実施計画',
      value: data.policy.implementationPlanName,
      path: 'policy.implementationPlanName',
    });
  }
  return { kind: 'section', title: '研修の根拠', rows };
}

function challengesTable(data: TrainingClaim): TableBlock {
  return {
    kind: 'table',
    title: '新たな政策課題（要件①）',
    columns: [
      { header: 'No.', width: 0.6, align: 'center' },
      { header: '課題', width: 2.4 },
      { header: '中長期的な計画等と記載箇所', width: 3.6 },
      { header: '基本方針等での位置づけ', width: 3.4 },
    ],
    rows: data.challenges.map((challenge, index) => [
      String(index + 1),
      challenge.name,
      `${challenge.planName}\n${challenge.planLocation}`,
      placeText(challenge.policyPlace),
    ]),
    rowPaths: data.challenges.map((_, index) => `challenges.${index}`),
  };
}

function programmeSection(programme: Programme, index: number, wideArea: boolean): Block {
  const at = `programmes.${index}`;
  const rows: LabelValueRow[] = [
    { label: '課題', value: programme.challengeName, path: `${at}.challengeName` },
    { label: '研修の目的', value: programme.purpose, path: `${at}.purpose` },
    { label: '実施スケジュール', value: programme.schedule, path: `${at}.schedule` },
    { label: '対象職員', value: programme.targetStaff, path: `${at}.targetStaff` },
    {
      label: '研修内容の記載（要件②）',
      value: placeText(programme.contentPlace),
      path: `${at}.contentPlace`,
    },
    {
      label: '数値目標（要件③）',
      value: `${programme.staffTarget}人（${formatFiscalYear(programme.targetFiscalYear)}まで）　${placeText(programme.targetPlace)}`,
      path: `${at}.staffTarget`,
    },
  ];
  if (wideArea) {
    rows.push({
      label: '広域研修と市町村目標の明示',
      value: programme.wideAreaStated ? 'あり' : 'なし',
      path: `${at}.wideAreaStated`,
    });
  }
  return { kind: 'section', title: itemLabel('研修プログラム', programme.name, index), rows };
}

function participantsTable(data: TrainingClaim, names: Names): Block[] {
  const participants = data.participants ?? [];
  if (data.trainingKind !== '広域研修' || participants.length === 0) return [];
  const total = participants.reduce((sum, participant) => sum + participant.staffTarget, 0);
  return [
    {
      kind: 'table',
      title: '参加市町村と数値目標',
      columns: [
        { header: 'No.', width: 0.6, align: 'center' },
        { header: '市町村', width: 2 },
        { header: '数値目標（人）', width: 1.6, align: 'right' },
        { header: '人材育成基本方針', width: 4.2 },
        { header: '要件①～③', width: 1.4, align: 'center', nowrap: true },
      ],
      rows: [
        ...participants.map((participant, index) => [
          String(index + 1),
          names(participant.dantaiCode),
          String(participant.staffTarget),
          participant.policyName,
          participant.meetsRequirements ? '満たす' : '満たさない',
        ]),
        ['', '計', String(total), '', ''],
      ],
      rowPaths: [...participants.map((_, index) => `participants.${index}`), 'participants'],
    },
  ];
}

/** The cost lines grouped by 区分, each 区分 with its 小計, and the whole 対象経費. */
function costTable(data: TrainingClaim): TableBlock {
  const rows: string[][] = [];
  const rowPaths: string[] = [];
  for (const group of COST_GROUPS) {
    const items = data.costItems
      .map((item, index) => ({ item, index }))
      .filter(({ item }) => costGroupOf(item.category) === group);
    if (items.length === 0) continue;
    for (const { item, index } of items) {
      rows.push([group, item.category, item.description, formatYen(item.amount)]);
      rowPaths.push(`costItems.${index}`);
    }
    const subtotal = items.reduce((sum, { item }) => sum + item.amount, 0);
    rows.push([`${group} 小計`, '', '', formatYen(subtotal)]);
    rowPaths.push('costItems');
  }
  const total = data.costItems.reduce((sum, item) => sum + item.amount, 0);
  rows.push(['対象経費の計', '', '', formatYen(total)]);
  rowPaths.push('costItems');
  return {
    kind: 'table',
    title: '対象経費の内訳',
    columns: [
      { header: '区分', width: 2.4 },
      { header: '経費', width: 2.2 },
      { header: '内容', width: 4 },
      { header: '金額（円）', width: 1.8, align: 'right' },
    ],
    rows,
    rowPaths,
  };
}

/** Everything the 算定調書 says about the training before the amounts. */
function detailBlocks(data: TrainingClaim, names: Names): Block[] {
  const wideArea = data.trainingKind === '広域研修';
  return [
    policySection(data),
    challengesTable(data),
    ...data.programmes.map((programme, index) => programmeSection(programme, index, wideArea)),
    ...participantsTable(data, names),
    costTable(data),
  ];
}

/** The 鑑's body: the measure as the rule table names it (「…地方交付税措置（特別交付税）」). */
function bodyText(fiscalYear: string, amounts: ClaimResult): string {
  const measure =
    amounts.parameters.ruleTitle ?? '新たな政策課題に関する人材育成の研修に係る特別交付税';
  return `${fiscalYear}の${measure}について、下記のとおり申請します。`;
}

/** The whole document; 団体 names come from the reference list (loaded here). */
export async function trainingClaimPdf(
  context: PdfContext<TrainingClaim>,
): Promise<PdfDocumentSpec> {
  const { payload } = context;
  const data = payload.data;
  // The amounts the session computed from this same data: the step, the review and the PDF share them.
  const amounts = printedAmounts(payload);
  const list = await loadDantaiList();
  const names: Names = (code) => findDantai(list, code)?.name ?? code;
  const applicantCode = data.applicant.dantaiCode;
  const applicantName = names(applicantCode);
  const fiscalYear = formatFiscalYear(data.fiscalYear);
  const blocks: Block[] = [
    ...letterBlocks(data, {
      body: bodyText(fiscalYear, amounts),
      fiscalYear,
      amounts,
      lineNumbers: {},
      attachments: data.attachments,
      filesAppended: context.attachments.length > 0,
    }),
    ...annexHead(amounts, applicantName),
    ...detailBlocks(data, names),
  ];
  if (data.remarks)
    blocks.push({ kind: 'box', label: '備考', text: data.remarks, heightMm: 20, path: 'remarks' });
  blocks.push(
    ...claimStatementBlocks(amounts, {
      lineNumbers: {},
      labelWidth: 2.4,
      afterLines: computationBlocks(amounts),
    }),
  );
  return {
    title: SUBJECT,
    formName: FORM_NAME,
    formId: payload.formId,
    schemaVersion: payload.schemaVersion,
    ...letterHead(data, { applicant: findDantai(list, applicantCode), today: context.submitDate }),
    blocks,
    data,
    meta: {
      author: applicantName,
      subject: `${applicantName} ${fiscalYear} 新たな政策課題に関する人材育成の研修（${data.trainingKind}）`,
      keywords: ['特別交付税', '人材育成', '研修', fiscalYear],
    },
    attachments: labelled(context.attachments, data.attachments),
  };
}
