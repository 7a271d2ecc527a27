// The 申請書 and 算定調書 of the specialist-dispatch claim as a document for @koiki/pdf.
// It follows the form: each 連携協約 with its parties and the posts dispatched under it, then the
// amounts per person (a 派遣元 its 人件費, a 派遣先 its 負担金) and a 派遣元's 募集経費 for the claim.
import type { Block, LabelValueRow, PdfDocumentSpec, TableBlock } from '@koiki/pdf';
import {
  type ClaimLine,
  dispatchExclusion,
  findDantai,
  formatFiscalYear,
  formatWareki,
  formatYen,
  isFirstDispatchYear,
  isPlannedPost,
  loadDantaiList,
  notificationAuthority,
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
import { printedAmounts } from '../printed-amounts.ts';

const FORM_NAME = '連携協約に基づく専門人材派遣に係る特別交付税申請書';
const SUBJECT = '連携協約に基づく専門人材派遣に係る特別交付税の申請について';

type Names = (code: string) => string;

type Agreement = SpecialistDispatch['agreements'][number];

/** A 派遣先's standing under the designation rule in the claim year, in the words of the 調書. */
function recipientEligibility(code: string, fiscalYear: number): string {
  const exclusion = dispatchExclusion(code, fiscalYear);
  if (exclusion.excluded) return exclusion.reason;
  return `${formatFiscalYear(fiscalYear)}において政令指定都市・中核市・県庁所在地のいずれにも該当しない`;
}

function summaryBlock(data: SpecialistDispatch): Block {
  const planned = data.posts.filter((post) => isPlannedPost(post, data.fiscalYear)).length;
  const posts =
    planned > 0 ? `${data.posts.length}（うち予定 ${planned}）` : `${data.posts.length}`;
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
      { label: '連携協約の数', value: `${data.agreements.length}`, path: 'agreements' },
      { label: '派遣する職の数', value: posts, path: 'posts' },
    ],
  };
}

type ContentKey = 'basicPolicy' | 'roleSharing' | 'expertise' | 'staffAndPeriod';

function contentRow(
  agreement: Agreement,
  at: string,
  key: ContentKey,
  label: string,
): LabelValueRow {
  const content = agreement[key];
  const value = content.stated
    ? `定めあり（${content.article ?? '条項未記入'}）`
    : key === 'staffAndPeriod'
      ? '協約に定めなし（協定・覚書で定める）'
      : '定めなし';
  return { label, value, path: `${at}.${key}` };
}

function memorandumRow(agreement: Agreement, at: string): LabelValueRow[] {
  const memorandum = agreement.memorandum;
  if (!memorandum) return [];
  return [
    {
      label: '協定・覚書',
      value: [
        memorandum.name,
        `${formatWareki(memorandum.concludedDate)}締結`,
        `人数・期間の定め：${memorandum.statesStaffAndPeriod ? 'あり' : 'なし'}`,
      ]
        .filter(Boolean)
        .join('　'),
      path: `${at}.memorandum`,
    },
  ];
}

/** 「2-1　協約名」: its dates, 届出 and contents. */
function agreementSection(agreement: Agreement, index: number): Block {
  const at = `agreements.${index}`;
  const codes = agreement.parties.map((party) => party.dantaiCode);
  return {
    kind: 'section',
    title: `2-${index + 1}　${agreement.name}`,
    rows: [
      {
        label: '締結日',
        value: formatWareki(agreement.concludedDate),
        path: `${at}.concludedDate`,
      },
      {
        label: '届出',
        value: `${formatWareki(agreement.notificationDate)}　${notificationAuthority(codes)}へ届出`,
        path: `${at}.notificationDate`,
      },
      contentRow(agreement, at, 'basicPolicy', '基本方針'),
      contentRow(agreement, at, 'roleSharing', '役割分担'),
      contentRow(agreement, at, 'expertise', '求められる専門性'),
      contentRow(agreement, at, 'staffAndPeriod', '人数・派遣期間'),
      ...memorandumRow(agreement, at),
    ],
  };
}

function partiesTable(agreement: Agreement, index: number, names: Names): TableBlock {
  return {
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
    rowPaths: agreement.parties.map((_, p) => `agreements.${index}.parties.${p}`),
  };
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

/** 派遣形態 and where the post stands this year: 初年度, 2年度目以降 (both derived), or 予定. */
function dispatchText(post: SpecialistDispatchPost, fiscalYear: number): string {
  const form = post.dispatchForm === '自治法派遣' ? '自治法派遣' : '自治法派遣以外';
  if (isPlannedPost(post, fiscalYear)) return `${form}\n（予定）`;
  return `${form}\n（${isFirstDispatchYear(post, fiscalYear) ? '初年度' : '2年度目以降'}）`;
}

/** The posts of the claim with their number (1-based, as in the form). */
function numberedPosts(data: SpecialistDispatch) {
  return data.posts.map((post, index) => ({ post, index, no: String(index + 1) }));
}

/** The posts under one 協約, each with its 派遣先 and its 派遣要件. */
function postsTable(
  data: SpecialistDispatch,
  agreement: Agreement,
  names: Names,
): TableBlock | undefined {
  const posts = numberedPosts(data).filter(({ post }) => post.agreementName === agreement.name);
  if (posts.length === 0) return undefined;
  return {
    kind: 'table',
    title: 'この協約による派遣',
    columns: [
      { header: 'No.', width: 0.8, align: 'center', nowrap: true },
      { header: 'ポスト名・職員', width: 3 },
      { header: '派遣先', width: 1.8 },
      { header: '職種', width: 1.4 },
      { header: '採用形態', width: 2.2 },
      { header: '派遣形態', width: 1.8, nowrap: true },
      { header: '派遣期間', width: 2.6, nowrap: true },
    ],
    rows: posts.map(({ post, no }) => [
      no,
      post.staffName ? `${post.postName}\n（${post.staffName}）` : post.postName,
      names(post.recipientCode),
      occupationText(post),
      employmentText(post),
      dispatchText(post, data.fiscalYear),
      `${formatWareki(post.periodFrom)}～\n${formatWareki(post.periodTo)}`,
    ]),
    rowPaths: posts.map(({ index }) => `posts.${index}`),
  };
}

/** 派遣先 of the 協約's posts and whether each meets the designation rule this year. */
function recipientsSection(data: SpecialistDispatch, agreement: Agreement, names: Names): Block[] {
  const codes = [
    ...new Set(
      data.posts
        .filter((post) => post.agreementName === agreement.name)
        .map((post) => post.recipientCode),
    ),
  ];
  if (codes.length === 0) return [];
  return [
    {
      kind: 'section',
      rows: codes.map((code) => ({
        label: `派遣先の要件（${names(code)}）`,
        value: recipientEligibility(code, data.fiscalYear),
      })),
    },
  ];
}

/** 「2　連携協約と派遣する職」: each 協約 with its parties, then the posts under it. */
function agreementBlocks(data: SpecialistDispatch, names: Names): Block[] {
  const blocks: Block[] = [{ kind: 'heading', text: '2　連携協約と派遣する職' }];
  data.agreements.forEach((agreement, index) => {
    blocks.push(agreementSection(agreement, index), partiesTable(agreement, index, names));
    const posts = postsTable(data, agreement, names);
    if (posts) blocks.push(posts, ...recipientsSection(data, agreement, names));
    else
      blocks.push({
        kind: 'paragraph',
        text: 'この協約による派遣する職は、この申請にはありません。',
      });
  });
  return blocks;
}

/** Per person: what the form asked for this role; a planned post has no amounts this year. */
function costsBlock(data: SpecialistDispatch): TableBlock {
  const sender = data.role === '派遣元';
  const agreementNo = (post: SpecialistDispatchPost) =>
    `2-${data.agreements.findIndex((agreement) => agreement.name === post.agreementName) + 1}`;
  return {
    kind: 'table',
    title: sender ? '3　人件費と派遣先からの負担金' : '3　負担金',
    columns: [
      { header: 'No.', width: 0.8, align: 'center' },
      { header: '協約', width: 1, align: 'center', nowrap: true },
      { header: 'ポスト名', width: 4 },
      ...(sender
        ? [
            { header: '人件費（円）', width: 2.5, align: 'right' as const },
            { header: '負担金（円）', width: 2.5, align: 'right' as const },
          ]
        : [{ header: '負担金（円）', width: 2.5, align: 'right' as const }]),
    ],
    rows: numberedPosts(data).map(({ post, no }) => {
      const planned = isPlannedPost(post, data.fiscalYear);
      const amount = (value: number | undefined, none: string) =>
        planned ? '予定' : value === undefined ? none : formatYen(value);
      const cells = [no, agreementNo(post), post.postName];
      if (sender) cells.push(amount(post.personnelCost, '対象外'), amount(post.contribution, '－'));
      else cells.push(amount(post.contribution, '対象外'));
      return cells;
    }),
    rowPaths: data.posts.map((_, index) => `posts.${index}`),
  };
}

/** `number` follows the sections printed before it (3 when there is no post). */
function recruitmentBlocks(data: SpecialistDispatch, number: number): Block[] {
  const items = data.recruitmentItems ?? [];
  const total = items.reduce((sum, item) => sum + item.amount, 0);
  const blocks: Block[] = [
    {
      kind: 'table',
      title: `${number}　募集経費（申請団体の全体）`,
      columns: [
        { header: 'No.', width: 0.8, align: 'center' },
        { header: '経費の内容', width: 6.5 },
        { header: '金額（円）', width: 2.5, align: 'right' },
      ],
      rows: [
        ...items.map((item, index) => [
          String(index + 1),
          item.description,
          formatYen(item.amount),
        ]),
        ['', '計', formatYen(total)],
      ],
      rowPaths: [...items.map((_, index) => `recruitmentItems.${index}`), 'recruitmentItems'],
    },
  ];
  const occupations = data.recruitedOccupations ?? [];
  if (data.posts.length === 0 && occupations.length > 0) {
    blocks.push({
      kind: 'section',
      rows: [
        {
          label: '募集した職種',
          value: occupations.join('、'),
          path: 'recruitedOccupations',
        },
      ],
    });
  }
  return blocks;
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
  const amounts = printedAmounts(payload);
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
      groupName: '連携協約',
      attachments: data.attachments,
      filesAppended: context.attachments.length > 0,
    }),
    ...annexHead(amounts, applicantName),
    summaryBlock(data),
    ...agreementBlocks(data, names),
    // A year of recruitment only has no post, so no amounts per person.
    ...(data.posts.length > 0 ? [costsBlock(data)] : []),
  ];
  if (data.role === '派遣元')
    blocks.push(...recruitmentBlocks(data, data.posts.length > 0 ? 4 : 3));
  if (data.remarks)
    blocks.push({ kind: 'box', label: '備考', text: data.remarks, heightMm: 20, path: 'remarks' });
  blocks.push(
    ...claimStatementBlocks(amounts, { lineNumbers, labelWidth: 3, groupName: '連携協約' }),
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
      subject: `${applicantName} ${fiscalYear} 連携協約に基づく専門人材派遣（${data.role}）`,
      keywords: ['特別交付税', '連携協約', '専門人材派遣', fiscalYear],
    },
    attachments: labelled(context.attachments, data.attachments),
  };
}
