// The parts of a claim PDF every form prints the same way: the 鑑 (the cover letter of a Japanese
// 公文書: 文書番号 and 申請日, 宛先 殿, the head of the 団体 as issuer, the body, 「記」, numbered
// items, 「以上」, the 担当者 block), the 別紙 head, and the 算定調書 (each claim line with its
// computation in words, totals in 円 and 千円, the caps that bound, the parameters and their
// official sources).
//
// How a form's pdf-document.ts uses them (v2 claims, one 団体 × one 年度):
//   letterHead(data, context) and letterBlocks(data, { …, amounts, lineNumbers, groupName })
//   annexHead(amounts, applicantName), then the form's own detail blocks, then
//   claimStatementBlocks(amounts, { lineNumbers, labelWidth, groupName, afterGroup? })
// Pass the ClaimResult as computed (with `withSchemaValidity` applied): lines are grouped by
// `line.group` (a table per 連携協約 / 取組 with its 小計, lines of the whole claim first), the
// 団体's total follows in 円 and 千円, `claimable: false` marks every amount 「参考」 with the
// reasons first, and notes with `warning: true` are printed as 「確認事項」. `groupName` is the
// word for a group on paper (「連携協約」 or 「取組」); `afterGroup(group)` adds blocks after one
// group (e.g. what is left of that 取組's 円滑化経費 cap).
import type {
  AmountRow,
  Block,
  LabelValueRow,
  PdfAttachment,
  PdfDocumentSpec,
  TextLine,
} from '@koiki/pdf';
import {
  type ClaimLine,
  type ClaimResult,
  type Dantai,
  formatRate,
  formatThousandYen,
  formatWareki,
  formatYen,
  formatYenAmount,
  headOfficeName,
  isPrefectureCode,
  type RuleSource,
  toThousandYen,
} from '@koiki/schemas';
import { type ClaimLineGroup, claimLineGroups } from './claim-line-groups.ts';

/** 宛先: a 都道府県 claims to 総務大臣; a 市町村 claims through its 都道府県 (特別交付税に関する省令 第1条). */
export function addressee(applicant: Dantai | undefined, code: string): string {
  if (isPrefectureCode(code)) return '総務大臣　殿';
  return `${applicant?.prefectureName ?? '都道府県'}知事　殿`;
}

interface LetterData {
  applicant: {
    dantaiCode: string;
    headName: string;
    documentNumber: string;
    applicationDate?: string | undefined;
    sealNote?: string | undefined;
  };
  contact: { department: string; name: string; phone: string; extension?: string; email: string };
}

/** What the 鑑 needs besides the data: the applicant in the 団体 list, and today in Japan. */
export interface LetterContext {
  applicant: Dantai | undefined;
  /** The 申請日 when the form leaves it out: the day the PDF is made, in Asia/Tokyo (ISO). */
  today: string;
}

/** The head of page 1: 文書番号 and 申請日 top right, 宛先 殿, the issuer and the seal note. */
export function letterHead(
  data: LetterData,
  context: LetterContext,
): Pick<PdfDocumentSpec, 'reference' | 'addressee' | 'sender'> {
  const { applicant } = data;
  const dantai = context.applicant;
  const office = dantai ? headOfficeName(dantai.name, dantai.kind) : applicant.dantaiCode;
  const sender: TextLine[] = [
    { text: `${office}　${applicant.headName}`, path: 'applicant.headName' },
  ];
  if (applicant.sealNote)
    sender.push({ text: `（${applicant.sealNote}）`, path: 'applicant.sealNote' });
  return {
    reference: [
      { text: applicant.documentNumber, path: 'applicant.documentNumber' },
      {
        text: formatWareki(applicant.applicationDate ?? context.today),
        path: 'applicant.applicationDate',
      },
    ],
    addressee: addressee(dantai, applicant.dantaiCode),
    sender,
  };
}

/** The 担当者 block at the bottom right of the 鑑: 所属・氏名・電話・メール. */
function contactRows(data: LetterData): LabelValueRow[] {
  const { contact } = data;
  const phone = contact.extension ? `${contact.phone}（内線 ${contact.extension}）` : contact.phone;
  return [
    { label: '担当所属', value: contact.department, path: 'contact.department' },
    { label: '担当者', value: contact.name, path: 'contact.name' },
    { label: '電話', value: phone, path: 'contact.phone' },
    { label: 'メール', value: contact.email, path: 'contact.email' },
  ];
}

export interface LetterOptions {
  /** The body sentence, ending 「下記のとおり申請します。」. */
  body: string;
  /** 対象年度 as printed (「令和8年度」). */
  fiscalYear: string;
  amounts: ClaimResult;
  /** The 総務省 material's numbering of the lines, e.g. { research: '(1)', smoothing: '(2)' }. */
  lineNumbers: Partial<Record<ClaimLine['kind'], string>>;
  /** What a line's group is on paper (「連携協約」, 「取組」), as in StatementOptions. */
  groupName?: string;
  /** The checklist of attached files (kind and name), as the form's data holds it. */
  attachments: readonly { kind: string; name: string }[] | undefined;
  /** True when the files themselves follow the 算定調書 with their own list (添付書類一覧). */
  filesAppended: boolean;
}

/** What a group is called in the 鑑: 「連携協約「○○」」, or its name alone. */
function groupInLetter(group: NonNullable<ClaimLine['group']>, options: LetterOptions): string {
  return options.groupName ? `${options.groupName}「${group.label}」` : group.label;
}

/**
 * 申請額 and its breakdown, one per line: the lines of the whole claim, then each 連携協約 / 取組
 * as its 小計 (the 算定調書 has the detail). When not claimable, 0円 and the sum as 参考.
 */
function amountText(amounts: ClaimResult, options: LetterOptions): string {
  const total = `${formatYenAmount(amounts.totals.yen)}（${formatThousandYen(amounts.totals.yen)}）`;
  const lines = claimLineGroups(amounts.lines).flatMap((entry) =>
    entry.group
      ? [`${groupInLetter(entry.group, options)}　${formatYenAmount(entry.subtotal)}`]
      : entry.lines.map((line) =>
          `${options.lineNumbers[line.kind] ?? ''} ${line.label}　${formatYenAmount(line.amount)}`.trim(),
        ),
  );
  if (amounts.claimable) return [total, ...lines].join('\n');
  const reference = `このままでは申請できないため0円です（算定額の合計 ${formatYenAmount(amounts.referenceTotals.yen)} は参考）`;
  return [total, reference, ...lines.map((line) => `参考：${line}`)].join('\n');
}

/** Each attached file once: here when only the checklist is known, else in the 添付書類一覧. */
function attachmentsText(options: LetterOptions): string {
  const list = options.attachments ?? [];
  if (list.length === 0) return 'なし';
  if (options.filesAppended) return `別添「添付書類一覧」のとおり（${list.length}件）`;
  return list.map((file) => `${file.kind}（${file.name}）`).join('\n');
}

/** The 鑑 after its head: body, 「記」, numbered items, 「以上」, the 担当者 block, then a new page. */
export function letterBlocks(data: LetterData, options: LetterOptions): Block[] {
  const items: [string, string, string?][] = [
    ['対象年度', options.fiscalYear],
    ['申請額', amountText(options.amounts, options)],
    ['算定の内容', '別紙「算定調書」のとおり'],
    ['添付書類', attachmentsText(options), 'attachments'],
  ];
  return [
    { kind: 'paragraph', text: `　${options.body}` },
    { kind: 'paragraph', text: '記', align: 'center' },
    {
      kind: 'list',
      rows: items.map(([label, value, path], index) => ({
        label: `${index + 1}　${label}`,
        value,
        ...(path ? { path } : {}),
      })),
    },
    { kind: 'paragraph', text: '以上', align: 'right' },
    { kind: 'cornerBox', rows: contactRows(data) },
    { kind: 'pageBreak' },
  ];
}

/** The head of the 別紙: its mark, the heading, the measure and the applicant. */
export function annexHead(amounts: ClaimResult, applicantName: string): Block[] {
  return [
    { kind: 'paragraph', text: '別紙' },
    { kind: 'heading', text: '算定調書' },
    {
      kind: 'section',
      rows: [
        { label: '申請団体', value: applicantName, path: 'applicant.dantaiCode' },
        {
          label: '措置',
          value: `${amounts.parameters.fiscalYearLabel}　${amounts.parameters.ruleTitle ?? ''}`,
        },
      ],
    },
  ];
}

export interface StatementOptions {
  /** The 総務省 material's numbering of the lines, e.g. { research: '(1)', smoothing: '(2)' }. */
  lineNumbers: Partial<Record<ClaimLine['kind'], string>>;
  /** Relative width of the first column (line names vary in length between forms). */
  labelWidth: number;
  /** What a line's group is on paper (「連携協約」, 「取組」): its table is titled 「連携協約：○○」. */
  groupName?: string;
  /** Printed after one group's table and computations (e.g. what is left of that 取組's cap). */
  afterGroup?: (group: NonNullable<ClaimLine['group']>) => Block[];
  /** Printed after the computations, before the totals (e.g. what is left of a cumulative cap). */
  afterLines?: Block[];
  /** Notes already printed elsewhere in the document, by path (warnings are always printed as 確認事項). */
  notesShownElsewhere?: ReadonlySet<string>;
}

/** A source as cited on paper: issuer, 「document」 and its date. */
export function citation(source: RuleSource): string {
  return `${source.publisher}「${source.title}」（${source.issued}）`;
}

/** Where the parameters come from, each source once. */
function sources(amounts: ClaimResult): string[] {
  return [...new Set(amounts.parameters.used.map(({ source }) => citation(source)))];
}

const REFERENCE = '（参考）';

/** The title of a group's table: 「連携協約：○○」, or 「団体全体」 for the lines of the whole claim. */
function groupTitle(entry: ClaimLineGroup, options: StatementOptions, grouped: boolean): string {
  if (!entry.group) return grouped ? '団体全体' : '算定の内訳';
  return options.groupName ? `${options.groupName}：${entry.group.label}` : entry.group.label;
}

/** One group's table (its lines and, for a 協約 or 取組, its 小計) and its computations in words. */
function groupBlocks(
  entry: ClaimLineGroup,
  amounts: ClaimResult,
  options: StatementOptions,
  grouped: boolean,
): Block[] {
  const reference = amounts.claimable ? '' : REFERENCE;
  const amountHeader = amounts.claimable ? '算定額' : '参考額';
  const rows = entry.lines.map((line) => [
    `${options.lineNumbers[line.kind] ?? ''} ${line.label}`.trim(),
    formatYen(line.base),
    formatRate(line.rate),
    line.cap === null ? '上限なし' : formatYen(line.cap),
    formatYen(line.amount),
    formatYen(toThousandYen(line.amount)),
    line.capped ? '適用' : '－',
  ]);
  const rowPaths = entry.lines.map((line) => line.path);
  if (entry.group) {
    rows.push([
      `小計${reference}`,
      '',
      '',
      '',
      formatYen(entry.subtotal),
      formatYen(toThousandYen(entry.subtotal)),
      '',
    ]);
    rowPaths.push(entry.group.path);
  }
  return [
    {
      kind: 'table',
      title: `${groupTitle(entry, options, grouped)}${reference}`,
      columns: [
        { header: '区分', width: options.labelWidth },
        { header: '対象経費（円）', width: 1.9, align: 'right' },
        { header: '措置率', width: 1.1, align: 'center', nowrap: true },
        { header: '上限（円）', width: 1.9, align: 'right' },
        { header: `${amountHeader}（円）`, width: 1.9, align: 'right' },
        { header: `${amountHeader}（千円）`, width: 1.5, align: 'right' },
        { header: '上限適用', width: 1.3, align: 'center', nowrap: true },
      ],
      rows,
      rowPaths,
    },
    {
      kind: 'section',
      title: '計算式',
      rows: entry.lines.map((line) => ({
        label: line.label,
        value: line.explanation,
        path: line.path,
      })),
    },
    ...(entry.group && options.afterGroup ? options.afterGroup(entry.group) : []),
  ];
}

function linesBlocks(amounts: ClaimResult, options: StatementOptions): Block[] {
  if (amounts.lines.length === 0) {
    return [{ kind: 'paragraph', text: 'この申請で算定される措置額はありません。' }];
  }
  const groups = claimLineGroups(amounts.lines);
  const grouped = groups.some((entry) => entry.group);
  return groups.flatMap((entry) => groupBlocks(entry, amounts, options, grouped));
}

/** Why nothing is claimable, before the lines: they are then printed as 参考 only. */
function referenceNotice(amounts: ClaimResult): Block[] {
  if (amounts.claimable) return [];
  return [
    {
      kind: 'paragraph',
      text: '【参考】この申請は、このままでは申請できません（申請できる額：0円）。下の算定額はすべて参考で、次の点を直すと申請額になります。',
    },
    ...amounts.issues.map(
      (issue): Block => ({ kind: 'paragraph', text: `・${issue.message}`, path: issue.path }),
    ),
  ];
}

/** Each group's 小計 (when there are several) and the 団体's total in 円 and 千円; 参考 when not claimable. */
function totalsBlock(amounts: ClaimResult, options: StatementOptions): Block {
  const groups = claimLineGroups(amounts.lines);
  const grouped = groups.some((entry) => entry.group);
  const reference = amounts.claimable ? '' : REFERENCE;
  const subtotals: AmountRow[] =
    groups.length > 1
      ? groups.map((entry) => ({
          label: `${groupTitle(entry, options, grouped)}${reference}`,
          amount: formatYenAmount(entry.subtotal),
          ...(entry.group ? { path: entry.group.path } : {}),
        }))
      : [];
  const thousand = '千円、500円未満切捨て・500円以上切上げ';
  const yen = amounts.referenceTotals.yen;
  const totals: AmountRow[] = amounts.claimable
    ? [
        { label: '合計（円）', amount: formatYenAmount(amounts.totals.yen), total: true },
        {
          label: `合計（${thousand}）`,
          amount: formatThousandYen(amounts.totals.yen),
          total: true,
        },
      ]
    : [
        { label: '参考：算定額の合計（円）', amount: formatYenAmount(yen) },
        { label: `参考：算定額の合計（${thousand}）`, amount: formatThousandYen(yen) },
        { label: '申請できる額', amount: formatYenAmount(0), total: true },
      ];
  return { kind: 'amounts', title: `措置額の合計${reference}`, rows: [...subtotals, ...totals] };
}

/** The lines whose cap bound, with the cap and, for a 協約 or 取組, its name. */
function cappedText(amounts: ClaimResult): string {
  const capped = amounts.lines.filter((line) => line.capped);
  if (capped.length === 0) return '上限を適用した行はありません。';
  const each = capped.map((line) =>
    line.group
      ? `${line.label}（${line.group.label}、上限 ${formatYenAmount(line.cap ?? 0)}）`
      : `${line.label}（上限 ${formatYenAmount(line.cap ?? 0)}）`,
  );
  return `上限を適用した行：${each.join('、')}`;
}

/** Warnings the user confirmed (e.g. a party outside the prefecture), printed as 「確認事項」. */
function warningsBlocks(amounts: ClaimResult): Block[] {
  const warnings = amounts.notes.filter((note) => note.warning);
  if (warnings.length === 0) return [];
  return [
    {
      kind: 'table',
      title: '確認事項',
      columns: [
        { header: '番号', width: 0.8, align: 'center', nowrap: true },
        { header: '内容', width: 9 },
      ],
      rows: warnings.map((note, index) => [String(index + 1), note.message]),
      rowPaths: warnings.map((note) => note.path),
    },
  ];
}

/**
 * The computation part of the 算定調書, flowing on after the claim's details: a table per
 * 連携協約 / 取組 with its 小計, the 団体's total in 円 and 千円, the caps that bound, the
 * 確認事項, notes and the parameters with their sources. When the claim is not claimable, every
 * amount is marked 「参考」 and the reasons come first.
 */
export function claimStatementBlocks(amounts: ClaimResult, options: StatementOptions): Block[] {
  const hidden = options.notesShownElsewhere ?? new Set<string>();
  return [
    { kind: 'heading', text: '措置額の算定' },
    ...referenceNotice(amounts),
    ...linesBlocks(amounts, options),
    ...(options.afterLines ?? []),
    totalsBlock(amounts, options),
    { kind: 'paragraph', text: cappedText(amounts) },
    ...warningsBlocks(amounts),
    ...amounts.notes
      .filter((note) => !note.warning && !hidden.has(note.path))
      .map((note): Block => ({ kind: 'paragraph', text: `※ ${note.message}`, path: note.path })),
    {
      kind: 'section',
      title: '算定に用いた値',
      rows: [
        ...amounts.parameters.used.map((used) => ({
          label: used.label,
          // A value the applicant entered replaces the material's figure, so its note no longer applies.
          value: used.overridden
            ? `${used.value}（申請団体が入力した値）`
            : [used.value, used.note].filter(Boolean).join('　'),
        })),
      ],
      note: `出典：${sources(amounts).join('、')}`,
    },
  ];
}

/** The files to append, each with its checklist item (e.g. 「連携協約書の写し」) for the 添付書類一覧. */
export function labelled(
  files: readonly PdfAttachment[],
  checklist: readonly { kind: string; name: string }[] | undefined,
): PdfAttachment[] {
  const unused = [...(checklist ?? [])];
  return files.map((file) => {
    const at = unused.findIndex((item) => item.name === file.name);
    if (at < 0) return file;
    const [item] = unused.splice(at, 1);
    return item ? { ...file, label: item.kind } : file;
  });
}
