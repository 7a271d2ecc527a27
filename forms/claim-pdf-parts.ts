// The parts of a claim PDF every form prints the same way: 宛先 and the applicant block, the
// 算定調書 (each claim line with its computation in words, totals in 円 and 千円, the caps that
// bound, the parameters and their sources) and the list of attached files.
import type { Block, LabelValueRow } from '@koiki/pdf';
import {
  type ClaimLine,
  type ClaimResult,
  type Dantai,
  formatRate,
  formatThousandYen,
  formatYen,
  formatYenAmount,
  isPrefectureCode,
  toThousandYen,
} from '@koiki/schemas';

/** 宛先: a 都道府県 claims to 総務大臣; a 市町村 claims through its 都道府県 (特別交付税に関する省令 第1条). */
export function addressee(applicant: Dantai | undefined, code: string): string {
  if (isPrefectureCode(code)) return '総務大臣　殿';
  return `${applicant?.prefectureName ?? '都道府県'}知事　殿`;
}

interface ApplicantData {
  applicant: { dantaiCode: string };
  contact: { department: string; name: string; phone: string; extension?: string; email: string };
}

/** The applicant block: 団体名 and the 担当者 (所属・氏名・電話・メール). */
export function applicantRows(
  data: ApplicantData,
  names: (code: string) => string,
): LabelValueRow[] {
  const { contact } = data;
  const phone = contact.extension ? `${contact.phone}（内線 ${contact.extension}）` : contact.phone;
  return [
    { label: '団体名', value: names(data.applicant.dantaiCode), path: 'applicant.dantaiCode' },
    { label: '所属', value: contact.department, path: 'contact.department' },
    { label: '担当者', value: contact.name, path: 'contact.name' },
    { label: '電話', value: phone, path: 'contact.phone' },
    { label: 'メール', value: contact.email, path: 'contact.email' },
  ];
}

export interface StatementOptions {
  /** The 総務省 material's numbering of the lines, e.g. { research: '(1)', smoothing: '(2)' }. */
  lineNumbers: Partial<Record<ClaimLine['kind'], string>>;
  /** Relative width of the first column (line names vary in length between forms). */
  labelWidth: number;
  /** Printed after the computations, before the totals (e.g. what is left of a cumulative cap). */
  afterLines?: Block[];
  /** Notes already printed elsewhere in the document, by path. */
  notesShownElsewhere?: ReadonlySet<string>;
}

/** Where the parameters come from, each source once. */
function sources(amounts: ClaimResult): string[] {
  const cited = amounts.parameters.used.map(({ source }) =>
    source.title.includes(source.publisher)
      ? source.title
      : `${source.publisher}「${source.title}」`,
  );
  return [...new Set(cited)];
}

function linesBlocks(amounts: ClaimResult, options: StatementOptions): Block[] {
  if (amounts.lines.length === 0) {
    return [{ kind: 'paragraph', text: 'この申請で算定される措置額はありません。' }];
  }
  return [
    {
      kind: 'table',
      title: '算定の内訳',
      columns: [
        { header: '区分', width: options.labelWidth },
        { header: '対象経費（円）', width: 1.9, align: 'right' },
        { header: '措置率', width: 1.1, align: 'center' },
        { header: '上限（円）', width: 1.9, align: 'right' },
        { header: '算定額（円）', width: 1.9, align: 'right' },
        { header: '算定額（千円）', width: 1.5, align: 'right' },
        { header: '上限適用', width: 1.3, align: 'center' },
      ],
      rows: amounts.lines.map((line) => [
        `${options.lineNumbers[line.kind] ?? ''} ${line.label}`.trim(),
        formatYen(line.base),
        formatRate(line.rate),
        formatYen(line.cap),
        formatYen(line.amount),
        formatYen(toThousandYen(line.amount)),
        line.capped ? '適用' : '－',
      ]),
      rowPaths: amounts.lines.map((line) => line.path),
    },
    {
      kind: 'section',
      title: '計算式',
      rows: amounts.lines.map((line) => ({
        label: line.label,
        value: line.explanation,
        path: line.path,
      })),
    },
  ];
}

/** The 算定調書, on a page of its own. */
export function claimStatementBlocks(amounts: ClaimResult, options: StatementOptions): Block[] {
  const capped = amounts.lines.filter((line) => line.capped);
  const hidden = options.notesShownElsewhere ?? new Set<string>();
  return [
    { kind: 'pageBreak' },
    { kind: 'heading', text: '算定調書' },
    {
      kind: 'paragraph',
      text: `${amounts.parameters.fiscalYearLabel}　${amounts.parameters.ruleTitle ?? ''}`,
    },
    ...linesBlocks(amounts, options),
    ...(options.afterLines ?? []),
    {
      kind: 'amounts',
      title: '措置額の合計',
      rows: [
        { label: '合計（円）', amount: formatYenAmount(amounts.totals.yen), total: true },
        {
          label: '合計（千円、500円未満切捨て・500円以上切上げ）',
          amount: formatThousandYen(amounts.totals.yen),
          total: true,
        },
      ],
    },
    {
      kind: 'paragraph',
      text:
        capped.length > 0
          ? `上限を適用した行：${capped.map((line) => `${line.label}（上限 ${formatYenAmount(line.cap)}）`).join('、')}`
          : '上限を適用した行はありません。',
    },
    ...amounts.notes
      .filter((note) => !hidden.has(note.path))
      .map((note): Block => ({ kind: 'paragraph', text: `※ ${note.message}`, path: note.path })),
    {
      kind: 'section',
      title: '算定に用いた値',
      rows: [
        ...amounts.parameters.used.map((used) => ({
          label: used.label,
          value: [used.overridden ? `${used.value}（既定値から変更）` : used.value, used.note]
            .filter(Boolean)
            .join('\n'),
        })),
        { label: '出典', value: sources(amounts).join('\n') },
      ],
    },
  ];
}

/** The attached files by checklist item, or なし. */
export function attachmentsBlock(
  files: readonly { kind: string; name: string }[] | undefined,
): Block {
  const list = files ?? [];
  return {
    kind: 'section',
    title: '添付書類',
    rows:
      list.length > 0
        ? list.map((file, index) => ({
            label: file.kind,
            value: file.name,
            path: `attachments.${index}.name`,
          }))
        : [{ label: '添付書類', value: 'なし' }],
  };
}
