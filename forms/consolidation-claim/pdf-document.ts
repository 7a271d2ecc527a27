// The 申請書 and 算定調書 of the consolidation claim as a document for @koiki/pdf.
// One claim is one 団体's for one fiscal year: the 算定調書 describes each 取組 in turn (its
// parties, facilities, 集約先 or 「未定」, stages, 完了年度 and cost tables), then the shared
// 算定 part lists the lines grouped by 取組 with the 団体's total.
import type { Block, LabelValueRow, PdfDocumentSpec, TableBlock } from '@koiki/pdf';
import {
  type ClaimLine,
  type ClaimResult,
  type Consolidation,
  completionOf,
  findDantai,
  floorAreaChange,
  formatFiscalYear,
  formatWareki,
  formatYen,
  formatYenAmount,
  loadDantaiList,
  partyCount,
} from '@koiki/schemas';
import {
  annexHead,
  claimStatementBlocks,
  labelled,
  letterBlocks,
  letterHead,
} from '../claim-pdf-parts.ts';
import type { PdfContext } from '../form-module.ts';
import { printedAmounts } from '../printed-amounts.ts';
import { initiativeLabel, partyName, rulesOf, smoothingWindowText } from './answers.ts';

const FORM_NAME = '複数団体による公共施設の集約化・複合化等に係る特別交付税申請書';
const SUBJECT = '複数団体による公共施設の集約化・複合化等に係る特別交付税の申請について';
/** What a group of lines is on paper: 「取組：○○」. */
const GROUP_NAME = '取組';

type Initiative = Consolidation['initiatives'][number];
type Names = (code: string) => string;
type CostItem = { category: string; description: string; amount: number };

/** One 取組 with what its blocks need: its place in the data and the claim around it. */
interface Placed {
  initiative: Initiative;
  at: string;
  index: number;
  data: Consolidation;
  names: Names;
}

const squareMetres = (value: number) =>
  value.toLocaleString('ja-JP', { minimumFractionDigits: 2, maximumFractionDigits: 2 });
const dateOrDash = (iso: string | undefined) => (iso ? formatWareki(iso) : '未定');

function frameworkText(initiative: Initiative): string {
  return initiative.framework === 'その他'
    ? `その他（${initiative.frameworkOther ?? ''}）`
    : initiative.framework;
}

/** 「令和7年度（供用開始日：令和7年10月5日）」, or 「未定」 while its date is not known. */
function completionRow({ initiative, at }: Placed): LabelValueRow {
  const completion = completionOf(initiative);
  const path = `${at}.${completion.datePath}`;
  if (completion.fiscalYear === undefined || !completion.date) {
    return { label: '集約化等完了年度', value: '未定', path };
  }
  return {
    label: '集約化等完了年度',
    value: `${formatFiscalYear(completion.fiscalYear)}（${completion.basis}：${formatWareki(completion.date)}）`,
    path,
  };
}

function summarySection(placed: Placed): Block {
  const { initiative, at, index, data } = placed;
  const rows: LabelValueRow[] = [
    { label: '手法', value: initiative.method, path: `${at}.method` },
    { label: '連携の枠組み', value: frameworkText(initiative), path: `${at}.framework` },
    {
      label: '参加団体の数',
      value: `申請団体を含めて${partyCount(initiative, data.applicant)}団体`,
      path: `${at}.otherParties`,
    },
    {
      label: '集約先',
      value:
        initiative.targetDecided && initiative.targetFacility
          ? initiative.targetFacility.name
          : '未定（調査検討段階）',
      path: `${at}.targetDecided`,
    },
    { label: '申請する措置区分', value: initiative.stages.join('、'), path: `${at}.stages` },
    completionRow(placed),
  ];
  if (initiative.stages.includes('円滑化経費')) {
    rows.push({
      label: '円滑化経費の対象期間',
      value: smoothingWindowText(initiative, data),
      path: `${at}.stages`,
    });
  }
  return { kind: 'section', title: initiativeLabel(initiative, index), rows };
}

function partiesTable({ initiative, at, data, names }: Placed): TableBlock {
  return {
    kind: 'table',
    title: '参加団体',
    columns: [
      { header: '区分', width: 1.6, align: 'center' },
      { header: '団体名', width: 3.4 },
      { header: '役割', width: 5 },
    ],
    rows: [
      ['申請団体', names(data.applicant.dantaiCode), initiative.applicantRole],
      ...initiative.otherParties.map((party) => [
        party.kind === '地方公共団体' ? '参加団体' : '一部事務組合等',
        partyName(party, names),
        party.role,
      ]),
    ],
    rowPaths: [
      `${at}.applicantRole`,
      ...initiative.otherParties.map((_, index) => `${at}.otherParties.${index}`),
    ],
  };
}

const facilityColumns = (first: string, dateHeader: string): TableBlock['columns'] => [
  { header: first, width: 0.7, align: 'center' },
  { header: '施設名', width: 3.4 },
  { header: '設置団体', width: 1.8 },
  { header: '施設類型', width: 1.9 },
  { header: '延床面積（㎡）', width: 1.8, align: 'right' },
  { header: dateHeader, width: 2.2, align: 'center', nowrap: true },
];

function sourcesTable({ initiative, at, names }: Placed): TableBlock {
  const before = floorAreaChange(initiative).before;
  const sources = initiative.sourceFacilities;
  return {
    kind: 'table',
    title: '集約元の施設',
    columns: facilityColumns('No.', '供用廃止（予定）日'),
    rows: [
      ...sources.map((facility, index) => [
        String(index + 1),
        facility.name,
        names(facility.ownerCode),
        facility.type,
        squareMetres(facility.floorArea),
        dateOrDash(facility.closureDate),
      ]),
      ['', '集約前の合計', '', '', squareMetres(before), ''],
    ],
    rowPaths: [
      ...sources.map((_, index) => `${at}.sourceFacilities.${index}`),
      `${at}.sourceFacilities`,
    ],
  };
}

/** The decided 集約先 and the change in floor area; nothing while the study is still open. */
function targetBlocks({ initiative, at, names }: Placed): Block[] {
  const target = initiative.targetFacility;
  if (!initiative.targetDecided || !target) return [];
  const area = floorAreaChange(initiative);
  const start =
    initiative.method === '機能統合' && !target.serviceStartDate
      ? '－（機能統合）'
      : dateOrDash(target.serviceStartDate);
  const change =
    area.change < 0
      ? `${squareMetres(-area.change)}㎡ 減少`
      : area.change > 0
        ? `${squareMetres(area.change)}㎡ 増加`
        : '増減なし';
  return [
    {
      kind: 'table',
      title: '集約先の施設',
      columns: facilityColumns('区分', '供用開始（予定）日'),
      rows: [
        [
          target.kind,
          target.name,
          names(target.ownerCode),
          target.type,
          squareMetres(target.floorArea),
          start,
        ],
      ],
      rowPaths: [`${at}.targetFacility`],
    },
    {
      kind: 'section',
      title: '延床面積の増減',
      rows: [
        {
          label: '集約前 → 集約後',
          value: `${squareMetres(area.before)}㎡ → ${squareMetres(area.after)}㎡（${change}）`,
          path: `${at}.targetFacility.floorArea`,
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
    },
  ];
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

function earlierReceiptsTable({ initiative, at }: Placed): TableBlock {
  const receipts = [...(initiative.earlierReceipts ?? [])].sort(
    (a, b) => a.fiscalYear - b.fiscalYear,
  );
  const total = receipts.reduce((sum, receipt) => sum + receipt.amount, 0);
  const path = `${at}.earlierReceipts`;
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
    rowPaths: receipts.length > 0 ? [...receipts.map(() => path), path] : [path],
  };
}

function costBlocks(placed: Placed): Block[] {
  const { initiative, at } = placed;
  const blocks: Block[] = [];
  if (initiative.stages.includes('調査検討経費')) {
    blocks.push(costTable('調査検討経費', initiative.researchItems ?? [], `${at}.researchItems`));
  }
  if (initiative.stages.includes('円滑化経費')) {
    blocks.push(
      costTable('円滑化経費', initiative.smoothingItems ?? [], `${at}.smoothingItems`),
      earlierReceiptsTable(placed),
    );
  }
  return blocks;
}

/** Everything the 算定調書 says about one 取組 before the amounts. */
function initiativeBlocks(placed: Placed): Block[] {
  return [
    summarySection(placed),
    partiesTable(placed),
    sourcesTable(placed),
    ...targetBlocks(placed),
    ...costBlocks(placed),
  ];
}

// The numbering of the 総務省 material: (1) 調査検討経費, (2) 円滑化経費.
const lineNumbers: Partial<Record<ClaimLine['kind'], string>> = {
  research: '(1)',
  smoothing: '(2)',
};

/** 円滑化経費's cap over the window of one 取組: the total, earlier years, this year, what is left. */
function capLeftBlocks(
  data: Consolidation,
  amounts: ClaimResult,
  group: NonNullable<ClaimLine['group']>,
): Block[] {
  const line = amounts.lines.find((l) => l.kind === 'smoothing' && l.group?.path === group.path);
  if (!line || line.cap === null) return [];
  const total = rulesOf(data).smoothing.capPerConsolidation.value;
  return [
    {
      kind: 'amounts',
      title: `円滑化経費の上限（${group.label}）`,
      rows: [
        { label: '上限（集約化等1件・1団体あたりの合計）', amount: formatYenAmount(total) },
        {
          label: '前年度までの措置額',
          amount: formatYenAmount(total - line.cap),
          path: `${group.path}.earlierReceipts`,
        },
        { label: '今年度の算定額', amount: formatYenAmount(line.amount), path: line.path },
        {
          label: '上限の残り（今年度の措置後）',
          amount: formatYenAmount(line.cap - line.amount),
          total: true,
        },
      ],
    },
  ];
}

/**
 * The calculator's notes on the floor area and on the cap left are printed as their own blocks
 * (延床面積の増減, 円滑化経費の上限), so the 算定調書 does not repeat them.
 */
function notesShownElsewhere(data: Consolidation): Set<string> {
  return new Set(
    data.initiatives.flatMap((_, index) => [
      `initiatives.${index}.targetFacility.floorArea`,
      `initiatives.${index}.smoothingItems`,
    ]),
  );
}

/** The whole document; 団体 names come from the reference list (loaded here). */
export async function consolidationClaimPdf(
  context: PdfContext<Consolidation>,
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
  const stages = [...new Set(data.initiatives.flatMap((initiative) => initiative.stages))];
  const blocks: Block[] = [
    ...letterBlocks(data, {
      body: `${fiscalYear}の特別交付税（複数団体による公共施設の集約化・複合化等に係る特別交付税措置）について、下記のとおり申請します。`,
      fiscalYear,
      amounts,
      lineNumbers,
      groupName: GROUP_NAME,
      attachments: data.attachments,
      filesAppended: context.attachments.length > 0,
    }),
    ...annexHead(amounts, applicantName),
    ...data.initiatives.flatMap((initiative, index) =>
      initiativeBlocks({ initiative, at: `initiatives.${index}`, index, data, names }),
    ),
  ];
  if (data.remarks)
    blocks.push({ kind: 'box', label: '備考', text: data.remarks, heightMm: 20, path: 'remarks' });
  blocks.push(
    ...claimStatementBlocks(amounts, {
      lineNumbers,
      labelWidth: 2.4,
      groupName: GROUP_NAME,
      afterGroup: (group) => capLeftBlocks(data, amounts, group),
      notesShownElsewhere: notesShownElsewhere(data),
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
      subject: `${applicantName} ${fiscalYear} 複数団体による公共施設の集約化・複合化等（${data.initiatives.length}件：${stages.join('・')}）`,
      keywords: ['特別交付税', '公共施設', '集約化', fiscalYear],
    },
    attachments: labelled(context.attachments, data.attachments),
  };
}
