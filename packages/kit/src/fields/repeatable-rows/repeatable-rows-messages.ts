// Every message the repeatable rows show or announce, worded in one place. Rows are numbered
// from 1 as people count them.
export const rowMessages = {
  row: (n: number) => `${n}行目`,
  rowNumber: '行',
  cellLabel: (label: string, n: number) => `${label}（${n}行目）`,
  add: '行を追加',
  added: (n: number) => `${n}行目を追加しました。`,
  remove: '削除',
  removeName: (n: number) => `${n}行目を削除`,
  removed: (n: number) => `${n}行目を削除しました。`,
  undo: '元に戻す',
  undone: '元に戻しました。',
  up: '上へ',
  down: '下へ',
  upName: (n: number) => `${n}行目を上へ移動`,
  downName: (n: number) => `${n}行目を下へ移動`,
  moved: (from: number, to: number) => `${from}行目を${to}行目に移動しました。`,
  max: (max: number) => `行は${max}行まで入力できます。`,
  total: (label: string) => `${label}の合計`,
  missing: (label: string) => `${label}を1行以上入力してください。`,
  rowProblems: (rows: string) => `${rows}に確かめてほしい入力があります。`,
  pasteHelp: (labels: string) =>
    `表計算ソフトからコピーした行を、欄を選んで貼り付けられます（列の順：${labels}）。見出しの行は読み飛ばします。`,
  pasted: (count: number, first: number) => `${first}行目から${count}行を貼り付けました。`,
  pasteProblems: (cells: string) =>
    `読み取れなかった欄は入力のまま残しました。確かめてください：${cells}。`,
  unreadableCell: (text: string, reason: string) =>
    `貼り付けた「${text}」を読み取れませんでした。${reason}`,
  notAskedCell: (text: string, label: string) =>
    `貼り付けた「${text}」は、この行の回答では「${label}」を入力しないため使っていません（入力のまま残しています）。`,
  notAskedInRow: (n: number, cells: string) =>
    `${n}行目の回答では使わない値（入力のまま残しています）：${cells}`,
} as const;
