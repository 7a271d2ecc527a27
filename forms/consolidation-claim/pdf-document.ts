// The 申請書 and 算定調書 of the consolidation claim as a document for @koiki/pdf.
// It follows the form: each stage claimed has its cost table; 円滑化経費 adds its 完了年度,
// the 5-year window and the earlier years' amounts.
import type { Block, LabelValueRow, PdfDocumentSpec, TableBlock } from '@koiki/pdf';
import {
  type ClaimLine,
  type ClaimResult,
  type Consolidation,
  completionFiscalYear,
  completionOf,
  findDantai,
  floorAreaChange,
  formatFiscalYear,
  formatWareki,
  formatYen,
  formatYenAmount,
  loadDantaiList,
  partyCount,
  smoothingWindow,
} from '@koiki/schemas';
import {
  annexHead,
  claimStatementBlocks,
  labelled,
  letterBlocks,
  letterHead,
} from '../claim-pdf-parts.ts';
import type { PdfContext } from '../form-module.ts';
import { partyName, rulesOf, smoothingWindowText } from './answers.ts';

const FORM_NAME = '複数団体による公共施設の集約化・複合化等に係る特別交付税申請書';
const SUBJECT = '複数団体による公共施設の集約化・複合化等に係る特別交付税の申請について';

type Names = (code: string) => string;
type CostItem = { category: string; description: string; amount: number };

const squareMetres = (value: number) =>
  value.toLocaleString('ja-JP', { minimumFractionDigits: 2, maximumFractionDigits: 2 });
const dateOrDash = (iso: string | undefined) => (iso ? formatWareki(iso) : '未定');

/** Section numbers follow what this claim prints: 「1」「2」… without gaps. */
function numbering(): (title: string) => string {
  let count = 0;
  return (title) => {
    count += 1;
    return `${count}　${title}`;
  };
}

function initiativeBlocks(data: Consolidation, names: Names, numbered: (t: string) => string) {
  const { initiative } = data;
  const framework =
    initiative.framework === 'その他'
      ? `その他（${initiative.frameworkOther ?? ''}）`
      : initiative.framework;
  const section: Block = {
    kind: 'section',
    title: numbered('取組の概要'),
    rows: [
      { label: '取組の名称', value: initiative.name, path: 'initiative.name' },
      { label: '手法', value: initiative.method, path: 'initiative.method' },
      { label: '連携の枠組み', value: framework, path: 'initiative.framework' },
      {
        label: '参加団体の数',
        value: `申請団体を含めて${partyCount(data)}団体`,
        path: 'otherParties',
      },
    ],
  };
  const parties: TableBlock = {
    kind: 'table',
    title: '参加団体',
    columns: [
      { header: '区分', width: 1.6, align: 'center' },
      { header: '団体名', width: 3.4 },
      { header: '役割', width: 5 },
    ],
    rows: [
      ['申請団体', names(data.applicant.dantaiCode), initiative.applicantRole],
      ...data.otherParties.map((party) => [
        party.kind === '地方公共団体' ? '参加団体' : '一部事務組合等',
        partyName(party, names),
        party.role,
      ]),
    ],
    rowPaths: [
      'initiative.applicantRole',
      ...data.otherParties.map((_, index) => `otherParties.${index}`),
    ],
  };
  return [section, parties];
}

function facilityBlocks(
  data: Consolidation,
  names: Names,
  numbered: (t: string) => string,
): Block[] {
  const area = floorAreaChange(data);
  const target = data.targetFacility;
  const sources: TableBlock = {
    kind: 'table',
    title: `${numbered('対象施設')}（集約元）`,
    columns: [
      { header: 'No.', width: 0.7, align: 'center' },
      { header: '施設名', width: 3.4 },
      { header: '設置団体', width: 1.8 },
      { header: '施設類型', width: 1.9 },
      { header: '延床面積（㎡）', width: 1.8, align: 'right' },
      { header: '供用廃止（予定）日', width: 2.2, align: 'center', nowrap: true },
    ],
    rows: [
      ...data.sourceFacilities.map((facility, index) => [
        String(index + 1),
        facility.name,
        names(facility.ownerCode),
        facility.type,
        squareMetres(facility.floorArea),
        dateOrDash(facility.closureDate),
      ]),
      ['', '集約前の合計', '', '', squareMetres(area.before), ''],
    ],
    rowPaths: [
      ...data.sourceFacilities.map((_, index) => `sourceFacilities.${index}`),
      'sourceFacilities',
    ],
  };
  const targetTable: TableBlock = {
    kind: 'table',
    title: '集約先',
    columns: [
      { header: '区分', width: 0.7, align: 'center' },
      { header: '施設名', width: 3.4 },
      { header: '設置団体', width: 1.8 },
      { header: '施設類型', width: 1.9 },
      { header: '延床面積（㎡）', width: 1.8, align: 'right' },
      { header: '供用開始（予定）日', width: 2.2, align: 'center', nowrap: true },
    ],
    rows: [
      [
        target.kind,
        target.name,
        names(target.ownerCode),
        target.type,
        squareMetres(target.floorArea),
        data.initiative.method === '機能統合' && !target.serviceStartDate
          ? '－（機能統合）'
          : dateOrDash(target.serviceStartDate),
      ],
    ],
    rowPaths: ['targetFacility'],
  };
  const change =
    area.change < 0
      ? `${squareMetres(-area.change)}㎡ 減少`
      : area.change > 0
        ? `${squareMetres(area.change)}㎡ 増加`
        : '増減なし';
  const areaSection: Block = {
    kind: 'section',
    title: '延床面積の増減',
    rows: [
      {
        label: '集約前 → 集約後',
        value: `${squareMetres(area.before)}㎡ → ${squareMetres(area.after)}㎡（${change}）`,
        path: 'targetFacility.floorArea',
      },
      {
        label: '参考',
        value:
          '公共施設等適正管理推進事業債（集約化・複合化事業）は、集約後の延床面積の減少が要件です。' +
          (area.decreased
            ? 'この取組は延床面積が減少します。'
            : 'この取組は延床面積が減少しません。'),
      },
    ],
  };
  return [sources, targetTable, areaSection];
}

function stagesBlock(data: Consolidation, numbered: (t: string) => string): Block {
  const rows: LabelValueRow[] = [
    { label: '申請する措置区分', value: data.stages.join('、'), path: 'stages' },
  ];
  // The 完了年度 is derived from one asked date; the same function gives it to the step and the calculator.
  const completion = completionOf(data);
  if (
    data.stages.includes('円滑化経費') &&
    completion.fiscalYear !== undefined &&
    completion.date
  ) {
    rows.push(
      {
        label: '集約化等完了年度',
        value: formatFiscalYear(completion.fiscalYear),
        path: completion.datePath,
      },
      {
        label: '完了年度の根拠',
        value: `${completion.basis}：${formatWareki(completion.date)}`,
        path: completion.datePath,
      },
      {
        label: '円滑化経費の対象期間',
        value: smoothingWindowText(data),
        path: completion.datePath,
      },
    );
  }
  return { kind: 'section', title: numbered('措置区分'), rows };
}

function costTable(title: string, items: readonly CostItem[], path: string): TableBlock {
  const total = items.reduce((sum, item) => sum + item.amount, 0);
  return {
    kind: 'table',
    title,
    columns: [
      { header: 'No.', width: 0.6, align: 'center' },
      { header: '区分', width: 3 },
      { header: '経費の内容', width: 4.6 },
      { header: '金額（円）', width: 1.8, align: 'right' },
    ],
    rows: [
      ...items.map((item, index) => [
        String(index + 1),
        item.category,
        item.description,
        formatYen(item.amount),
      ]),
      ['', '計', '', formatYen(total)],
    ],
    rowPaths: [...items.map((_, index) => `${path}.${index}`), path],
  };
}

function earlierReceiptsTable(data: Consolidation): TableBlock {
  const receipts = [...(data.earlierReceipts ?? [])].sort((a, b) => a.fiscalYear - b.fiscalYear);
  const total = receipts.reduce((sum, receipt) => sum + receipt.amount, 0);
  return {
    kind: 'table',
    title: '前年度までに措置された円滑化経費',
    columns: [
      { header: '年度', width: 3 },
      { header: '措置額（円）', width: 3, align: 'right' },
    ],
    rows:
      receipts.length > 0
        ? [
            ...receipts.map((receipt) => [
              formatFiscalYear(receipt.fiscalYear),
              formatYen(receipt.amount),
            ]),
            ['計', formatYen(total)],
          ]
        : [['なし（初年度）', '－']],
    rowPaths: receipts.length > 0 ? receipts.map(() => 'earlierReceipts') : ['earlierReceipts'],
  };
}

function costBlocks(data: Consolidation, numbered: (t: string) => string): Block[] {
  const blocks: Block[] = [];
  if (data.stages.includes('調査検討経費')) {
    blocks.push(costTable(numbered('調査検討経費'), data.researchItems ?? [], 'researchItems'));
  }
  if (data.stages.includes('円滑化経費')) {
    blocks.push(
      costTable(numbered('円滑化経費'), data.smoothingItems ?? [], 'smoothingItems'),
      earlierReceiptsTable(data),
    );
  }
  return blocks;
}

// The numbering of the 総務省 material: (1) 調査検討経費, (2) 円滑化経費.
const lineNumbers: Partial<Record<ClaimLine['kind'], string>> = {
  research: '(1)',
  smoothing: '(2)',
};

// The calculator's notes on the floor area and on the cap left are printed as their own blocks
// (延床面積の増減, 円滑化経費の上限), so the 算定調書 does not repeat them and stays on one page.
const notesShownElsewhere = new Set(['targetFacility.floorArea', 'smoothingItems']);

function windowSpan(data: Consolidation, completionYear: number): string {
  const { first, last } = smoothingWindow(completionYear, rulesOf(data));
  return `${formatFiscalYear(first)}～${formatFiscalYear(last)}`;
}

/** 円滑化経費's cap over the window: the total, what earlier years used, this year, what is left. */
function capLeftBlocks(data: Consolidation, amounts: ClaimResult): Block[] {
  const line = amounts.lines.find((l) => l.kind === 'smoothing');
  const completionYear = completionFiscalYear(data);
  if (!line || completionYear === undefined) return [];
  const total = rulesOf(data).smoothing.capPerConsolidation.value;
  const earlier = total - line.cap;
  return [
    {
      kind: 'amounts',
      title: `円滑化経費の上限（${windowSpan(data, completionYear)}の合計）`,
      rows: [
        { label: '上限（集約化等1件・1団体あたりの合計）', amount: formatYenAmount(total) },
        {
          label: '前年度までの措置額',
          amount: formatYenAmount(earlier),
          path: 'earlierReceipts',
        },
        {
          label: '今年度の算定額',
          amount: formatYenAmount(line.amount),
          path: 'smoothingItems',
        },
        {
          label: '上限の残り（今年度の措置後）',
          amount: formatYenAmount(line.cap - line.amount),
          total: true,
        },
      ],
    },
  ];
}

/** The whole document; 団体 names come from the reference list (loaded here). */
export async function consolidationClaimPdf(
  context: PdfContext<Consolidation>,
): Promise<PdfDocumentSpec> {
  const { payload } = context;
  const data = payload.data;
  // The amounts the session computed from this same data: the step, the review and the PDF share them.
  const amounts = payload.amounts as ClaimResult;
  const list = await loadDantaiList();
  const names: Names = (code) => findDantai(list, code)?.name ?? code;
  const applicantCode = data.applicant.dantaiCode;
  const applicantName = names(applicantCode);
  const fiscalYear = formatFiscalYear(data.fiscalYear);
  const numbered = numbering();
  const blocks: Block[] = [
    ...letterBlocks(data, {
      body: `${fiscalYear}の特別交付税（複数団体による公共施設の集約化・複合化等に係る特別交付税措置）について、下記のとおり申請します。`,
      fiscalYear,
      amounts,
      lineNumbers,
      attachments: data.attachments,
      filesAppended: context.attachments.length > 0,
    }),
    ...annexHead(amounts, applicantName),
    ...initiativeBlocks(data, names, numbered),
    ...facilityBlocks(data, names, numbered),
    stagesBlock(data, numbered),
    ...costBlocks(data, numbered),
  ];
  if (data.remarks)
    blocks.push({ kind: 'box', label: '備考', text: data.remarks, heightMm: 20, path: 'remarks' });
  blocks.push(
    ...claimStatementBlocks(amounts, {
      lineNumbers,
      labelWidth: 2.4,
      afterLines: capLeftBlocks(data, amounts),
      notesShownElsewhere,
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
      subject: `${applicantName} ${fiscalYear} 複数団体による公共施設の集約化・複合化等（${data.stages.join('・')}）`,
      keywords: ['特別交付税', '公共施設', '集約化', fiscalYear],
    },
    attachments: labelled(context.attachments, data.attachments),
  };
}
