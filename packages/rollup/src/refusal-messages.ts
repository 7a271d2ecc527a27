// Why a received file is refused, in the words the prefecture's staff read. Each says what is
// wrong and what to ask the 団体 for.

const accepted =
  'このツールで作成した PDF、提出データ（JSON）、または下書きファイルを受け付けます。';

export const refusalMessages = {
  empty: `ファイルが空です（0 バイト）。送られてきたファイルをもう一度受け取ってください。${accepted}`,
  tooLarge: (limitMb: number) =>
    `ファイルが大きすぎます（JSON の上限 ${limitMb} MB）。申請のデータだけのファイルを送ってもらってください。`,
  notText: `このファイルは PDF でも JSON でもありません。${accepted}`,
  notJson: `JSON として読めません（書式が壊れています）。元のファイルを送り直してもらってください。`,
  truncated: `JSON が途中で切れています（送信やコピーの途中で欠けた可能性があります）。元のファイルを送り直してもらってください。`,
  tooDeep: (limit: number) =>
    `JSON の入れ子が深すぎるため読み込みません（上限 ${limit} 段）。申請のデータではない可能性があります。`,
  notObject: `JSON の中身が申請のデータの形ではありません。${accepted}`,
  draftBundle:
    '複数の下書きをまとめたファイル（「すべて書き出す」で作ったもの）です。取りまとめには、申請ごとの PDF か提出データ（JSON）、または1件ずつ書き出した下書きファイルを使ってください。',
  noFormId: `どの様式の申請か分かりません（formId がありません）。様式のデータだけのファイルではなく、${accepted}`,
  unknownForm: (formId: string, known: string) =>
    `様式「${formId}」は取りまとめで扱えません。扱える様式は ${known} です。`,
  badVersion: (version: string) =>
    `schemaVersion「${version}」は版の番号として読めません（1 以上の整数が必要です）。`,
  newerVersion: (version: number, current: number, title: string) =>
    `「${title}」の schemaVersion ${version} のデータは、この版（${current}）より新しい版で作られたため読み込めません。取りまとめのツールを新しい版にしてください。`,
  noData: `申請のデータ（data）がありません。${accepted}`,
  tooManyRows: (limit: number) =>
    `申請のデータに ${limit.toLocaleString('ja-JP')} 行を超える一覧があります。1団体の申請としては多すぎるため読み込みません。`,
} as const;

/** A value from a file as it may appear in a message: short, and never its own toString(). */
export function shownValue(value: unknown): string {
  if (typeof value === 'string') return value.length > 64 ? `${value.slice(0, 64)}…` : value;
  if (typeof value === 'number' || typeof value === 'boolean' || value === null)
    return String(value);
  return '文字列でも数でもない値';
}
