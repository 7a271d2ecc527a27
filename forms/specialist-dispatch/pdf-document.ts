// The 申請書 and 算定調書 of the specialist-dispatch claim as a document for @koiki/pdf.
// It follows the form: a 派遣元 shows 人件費 and 募集経費, a 派遣先 its 負担金.
import type { Block, LabelValueRow, PdfDocumentSpec, TableBlock } from '@koiki/pdf';
import {
  type ClaimLine,
  type ClaimResult,
  dispatchExclusion,
  findDantai,
  formatFiscalYear,
  formatWareki,
  formatYen,
  loadDantaiList,
  notificationAuthority,
  postClaimRule,
  type SpecialistDispatch,
  type SpecialistDispatchPost,
} from '@koiki/schemas';
import {
  annexHead,
  claimStatementBlocks,
  labelled,
  letterBlocks,
  letterHead,
} from '../claim-pdf-parts.ts';
import type { PdfContext } from '../form-module.ts';

const FORM_NAME = '連携協約に基づく専門人材派遣に係る特別交付税申請書';
const SUBJECT = '連携協約に基づく専門人材派遣に係る特別交付税の申請について';

type Names = (code: string) => string;

function recipientEligibility(data: SpecialistDispatch): string {
  const exclusion = dispatchExclusion(data.recipient.dantaiCode, data.fiscalYear);
  if (exclusion.excluded) return exclusion.reason;
  return `${formatFiscalYear(data.fiscalYear)}において政令指定都市・中核市・県庁所在地のいずれにも該当しない`;
}

function summaryBlock(data: SpecialistDispatch, names: Names): Block {
  return {
    kind: 'section',
    title: '1　申請の概要',
    rows: [
      {
        label: '申請団体の役割',
        value:
          data.role === '派遣元'
            ? '派遣元（職員を確保し派遣する団体）'
            : '派遣先（自治法派遣により職員を受け入れる団体）',
        path: 'role',
      },
      { label: '派遣先', value: names(data.recipient.dantaiCode), path: 'recipient.dantaiCode' },
      { label: '派遣先の要件', value: recipientEligibility(data), path: 'recipient.dantaiCode' },
    ],
  };
}

type ContentKey = 'basicPolicy' | 'roleSharing' | 'expertise' | 'staffAndPeriod';

function contentRow(data: SpecialistDispatch, key: ContentKey, label: string): LabelValueRow {
  const content = data.agreement[key];
  const value = content.stated
    ? `定めあり（${content.article ?? '条項未記入'}）`
    : key === 'staffAndPeriod'
      ? '協約に定めなし（協定・覚書で定める）'
      : '定めなし';
  return { label, value, path: `agreement.${key}` };
}

function agreementBlocks(data: SpecialistDispatch, names: Names): Block[] {
  const { agreement } = data;
  const codes = agreement.parties.map((party) => party.dantaiCode);
  const rows: LabelValueRow[] = [
    { label: '協約名', value: agreement.name, path: 'agreement.name' },
    {
      label: '締結日',
      value: formatWareki(agreement.concludedDate),
      path: 'agreement.concludedDate',
    },
    {
      label: '届出',
      value: `${formatWareki(agreement.notificationDate)}　${notificationAuthority(codes)}へ届出`,
      path: 'agreement.notificationDate',
    },
    contentRow(data, 'basicPolicy', '基本方針'),
    contentRow(data, 'roleSharing', '役割分担'),
    contentRow(data, 'expertise', '求められる専門性'),
    contentRow(data, 'staffAndPeriod', '人数・派遣期間'),
  ];
  const memorandum = agreement.memorandum;
  if (memorandum) {
    rows.push({
      label: '協定・覚書',
      value: [
        memorandum.name,
        `${formatWareki(memorandum.concludedDate)}締結`,
        `人数・期間の定め：${memorandum.statesStaffAndPeriod ? 'あり' : 'なし'}`,
      ]
        .filter(Boolean)
        .join('　'),
      path: 'agreement.memorandum',
    });
  }
  const parties: TableBlock = {
    kind: 'table',
    title: '協約の当事者',
    columns: [
      { header: '団体名', width: 4 },
      { header: '議会の議決日', width: 3, align: 'center' },
      { header: '告示日', width: 3, align: 'center' },
    ],
    rows: agreement.parties.map((party) => [
      names(party.dantaiCode),
      formatWareki(party.resolutionDate),
      formatWareki(party.noticeDate),
    ]),
    rowPaths: agreement.parties.map((_, index) => `agreement.parties.${index}`),
  };
  return [{ kind: 'section', title: '2　連携協約', rows }, parties];
}

function occupationText(post: SpecialistDispatchPost): string {
  return post.occupation === 'その他' ? `その他（${post.occupationOther ?? ''}）` : post.occupation;
}

function employmentText(post: SpecialistDispatchPost): string {
  if (post.employment !== '任期の定めのない常勤職員') return post.employment;
  const confirmed =
    post.confirmations?.mainDutyIsMunicipalSupport && post.confirmations.hiredAsSpecialist;
  return `${post.employment}\n（要件①②${confirmed ? '確認済' : '未確認'}）`;
}

function postsBlock(data: SpecialistDispatch): TableBlock {
  return {
    kind: 'table',
    title: '3　派遣職員・ポスト',
    columns: [
      { header: 'No.', width: 0.8, align: 'center', nowrap: true },
      { header: 'ポスト名・職員', width: 3.4 },
      { header: '職種', width: 1.5 },
      { header: '採用形態', width: 2.4 },
      { header: '派遣形態', width: 1.8, nowrap: true },
      { header: '派遣期間', width: 2.6, nowrap: true },
    ],
    rows: data.posts.map((post, index) => [
      String(index + 1),
      post.staffName ? `${post.postName}\n（${post.staffName}）` : post.postName,
      occupationText(post),
      employmentText(post),
      postClaimRule(post.dispatchForm)?.firstYearOnly
        ? `${post.dispatchForm}\n（${post.firstDispatchYear ? '初年度' : '2年度目以降'}）`
        : '自治法派遣以外',
      `${formatWareki(post.periodFrom)}～\n${formatWareki(post.periodTo)}`,
    ]),
    rowPaths: data.posts.map((_, index) => `posts.${index}`),
  };
}

/** Per person: what the form asked for this role. */
function costsBlock(data: SpecialistDispatch): TableBlock {
  const sender = data.role === '派遣元';
  return {
    kind: 'table',
    title: sender ? '4　人件費と派遣先からの負担金' : '4　負担金',
    columns: sender
      ? [
          { header: 'No.', width: 0.8, align: 'center' },
          { header: 'ポスト名', width: 4 },
          { header: '人件費（円）', width: 2.5, align: 'right' },
          { header: '負担金（円）', width: 2.5, align: 'right' },
        ]
      : [
          { header: 'No.', width: 0.8, align: 'center' },
          { header: 'ポスト名', width: 4 },
          { header: '負担金（円）', width: 2.5, align: 'right' },
        ],
    rows: data.posts.map((post, index) => {
      const amount = (value: number | undefined, none: string) =>
        value === undefined ? none : formatYen(value);
      const cells = [String(index + 1), post.postName];
      if (sender) cells.push(amount(post.personnelCost, '対象外'), amount(post.contribution, '－'));
      else cells.push(amount(post.contribution, '対象外'));
      return cells;
    }),
    rowPaths: data.posts.map((_, index) => `posts.${index}`),
  };
}

function recruitmentBlock(data: SpecialistDispatch): TableBlock {
  const items = data.recruitmentItems ?? [];
  const total = items.reduce((sum, item) => sum + item.amount, 0);
  return {
    kind: 'table',
    title: '5　募集経費',
    columns: [
      { header: 'No.', width: 0.8, align: 'center' },
      { header: '経費の内容', width: 6.5 },
      { header: '金額（円）', width: 2.5, align: 'right' },
    ],
    rows: [
      ...items.map((item, index) => [String(index + 1), item.description, formatYen(item.amount)]),
      ['', '計', formatYen(total)],
    ],
    rowPaths: [...items.map((_, index) => `recruitmentItems.${index}`), 'recruitmentItems'],
  };
}

// The numbering of the 総務省 material: (1) 募集経費, (2) 人件費 or 負担金.
const lineNumbers: Partial<Record<ClaimLine['kind'], string>> = {
  recruitment: '(1)',
  personnel: '(2)',
  contribution: '(2)',
};

/** The whole document; 団体 names come from the reference list (loaded here). */
export async function specialistDispatchPdf(
  context: PdfContext<SpecialistDispatch>,
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
  const blocks: Block[] = [
    ...letterBlocks(data, {
      body: `${fiscalYear}の特別交付税（地方公務員の人材確保に係る特別交付税措置）について、連携協約に基づく専門人材の派遣に関し、下記のとおり申請します。`,
      fiscalYear,
      amounts,
      lineNumbers,
      attachments: data.attachments,
      filesAppended: context.attachments.length > 0,
    }),
    ...annexHead(amounts, applicantName),
    summaryBlock(data, names),
    ...agreementBlocks(data, names),
    postsBlock(data),
    costsBlock(data),
  ];
  if (data.role === '派遣元') blocks.push(recruitmentBlock(data));
  if (data.remarks)
    blocks.push({ kind: 'box', label: '備考', text: data.remarks, heightMm: 20, path: 'remarks' });
  blocks.push(...claimStatementBlocks(amounts, { lineNumbers, labelWidth: 3 }));
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
      subject: `${applicantName} ${fiscalYear} 連携協約に基づく専門人材派遣（${data.role}）`,
      keywords: ['特別交付税', '連携協約', '専門人材派遣', fiscalYear],
    },
    attachments: labelled(context.attachments, data.attachments),
  };
}
