// The messages every form shares, keyed by code, and how a message table is filled in. Each form
// keeps its own messages beside its schema (e.g. specialist-dispatch-messages.ts); generic messages
// come from zod's ja locale. Placeholders are written {name}.

/** Message texts keyed by code. */
export type MessageTable = Readonly<Record<string, string>>;

/** Fills in the message of one code; a form's formatter knows its own codes and the shared ones. */
export type MessageFormatter<Code extends string> = (
  code: Code,
  params?: Readonly<Record<string, string | number>>,
) => string;

export const domainMessages = {
  'rules.measureNotInForce':
    '{measure}は{since}に創設された措置のため、{fiscalYear}は対象になりません。対象年度を確認してください。',
  'common.required': '入力してください。',
  'common.choose': '選んでください。',
  'common.isoDate': '日付を「2026-11-23」の形式（西暦・ISO 8601）で入力してください。',
  'common.wholeYen': '金額は0以上の整数（円単位）で入力してください。',
  'common.dantaiCode':
    '団体コード「{code}」は正しくありません。6桁の全国地方公共団体コード（検査数字を含む）を入力してください。',
  'common.phone':
    '電話番号は「03-5253-5111」のように、市外局番から半角数字とハイフンで入力してください。',
  'common.email': 'メールアドレスは「tanto@pref.example.lg.jp」の形式で入力してください。',
  'common.nonJis':
    '「{chars}」は国のシステムで扱えない文字です（{reasons}）。JIS第1・第2水準の文字に置き換えてください（例：髙→高、①→1）。',
  'common.floorArea': '延床面積は0以上の数（㎡）で入力してください。',
  'common.fiscalYear': '年度は西暦の数（例：2026）で入力してください。',
  'common.otherText': '「その他」を選んだときは、その内容を入力してください。',
  'common.notAfter': '{earlier}は{later}以前の日付にしてください。',
} as const;

export type DomainMessageCode = keyof typeof domainMessages;

/** The formatter of `table` together with the shared messages. */
export function messageFormatter<T extends MessageTable>(
  table: T,
): MessageFormatter<DomainMessageCode | (keyof T & string)> {
  const all: MessageTable = { ...domainMessages, ...table };
  return (code, params = {}) =>
    (all[code] ?? code).replace(/\{(\w+)\}/g, (whole, name: string) =>
      name in params ? String(params[name]) : whole,
    );
}

/** The Japanese message of a shared `code` with its {placeholders} filled in. */
export const formatMessage: MessageFormatter<DomainMessageCode> = messageFormatter({});
