// The words of <koiki-rollup>, in one place (Japanese: the users are prefecture staff).
const count = (n: number) => n.toLocaleString('ja-JP');
const megabytes = (bytes: number) => (bytes / 1024 / 1024).toFixed(1);

export const rollupText = {
  title: '市町村からの申請の取りまとめ',
  intro:
    '市町村から受け取った申請書の PDF、提出データ（JSON）、下書きファイルを読み込むと、申請ごとに内容と措置額を検算し、申請どうしの食い違い（上限の超過、重複など）を確かめて集計します。',
  pickLabel: 'ファイルを選ぶ',
  pickHint: 'PDF・JSON・下書きファイル（.koiki-draft.json）を、まとめて選べます。',
  dropHint: 'ここにファイルをドロップしても読み込めます。',
  reading: (done: number, total: number) =>
    `${count(total)}件中 ${count(done)}件を読み込みました。`,
  checking: (done: number, total: number) => `${count(total)}件中 ${count(done)}件を検算しました。`,
  progressLabel: '読み込みの進み具合',
  readDone: (claims: number, refused: number) =>
    refused === 0
      ? `${count(claims)}件の申請を読み込みました。`
      : `${count(claims)}件の申請を読み込みました。${count(refused)}件のファイルは読み込めませんでした。`,
  tooLarge: (bytes: number) =>
    `ファイルが大きすぎます（${megabytes(bytes)} MB）。申請書のファイルは 30 MB までです。受け取ったファイルか確かめてください。`,
  unreadableFile: 'ファイルを読み取れませんでした。もう一度受け取り直してください。',
  refusedTitle: '読み込めなかったファイル',
  clearRefused: 'この一覧を閉じる',
  storageUnavailable:
    'このブラウザーには受け取った申請を保存できません（プライベートウィンドウや設定のため）。画面を閉じると読み込み直しが必要です。',
  storageFailed:
    '受け取った申請を保存できませんでした。画面を閉じる前に、取りまとめ表を書き出してください。',
  unreadableStored: (n: number) =>
    `保存されていた記録のうち ${count(n)}件は読み取れなかったため、表に含めていません。元のファイルを読み込み直してください。`,
  checkFailed: (reason: string) => `検算できませんでした：${reason}`,
  empty: 'まだ申請を読み込んでいません。',
  tableTitle: '申請の一覧',
  tableCaption: (matching: number, all: number, first: number, last: number) =>
    `申請 ${count(all)}件${matching === all ? '' : `のうち条件に合う ${count(matching)}件`}${
      last - first + 1 < matching ? `（${count(first)}〜${count(last)}件目）` : ''
    }`,
  pagerLabel: '申請の一覧のページ',
  previousPage: '前の100件',
  nextPage: '次の100件',
  pagePosition: (first: number, last: number, total: number) =>
    `${count(first)}〜${count(last)}件目／${count(total)}件`,
  pageShown: (first: number, last: number) =>
    `${count(first)}〜${count(last)}件目を表示しています。`,
  filterStatus: '状態で絞り込む',
  filterText: '団体名・ファイル名で絞り込む',
  allStatuses: 'すべて',
  sortHint: '列の見出しのボタンで並べ替えられます。',
  sorted: (column: string, ascending: boolean) =>
    `${column}の${ascending ? '昇順' : '降順'}に並べ替えました。`,
  shownRows: (shown: number, all: number) =>
    `${count(all)}件中 ${count(shown)}件を表示しています。`,
  columns: {
    status: '状態',
    dantai: '団体',
    form: '様式',
    fiscalYear: '年度',
    yen: '措置額（円）',
    thousandYen: '措置額（千円）',
    reasons: '理由',
    file: 'ファイル',
    detail: '詳細',
  },
  notCounted: '集計に含めない',
  showDetail: (name: string) => `${name}の詳細`,
  detailButton: '詳細',
  unknownDantai: '（不明な団体）',
  totalsTitle: '集計',
  overall: '合計',
  byMeasure: '様式ごと',
  byCategory: '措置区分ごと',
  byDantai: '団体ごと',
  claims: '件数',
  statusCounts: (ok: number, check: number, bad: number) =>
    `OK ${count(ok)}件・要確認 ${count(check)}件・不備 ${count(bad)}件`,
  exportTitle: '書き出しと印刷',
  exportXlsx: '取りまとめ表を Excel（.xlsx）で書き出す',
  exportCsv: '申請の一覧を CSV で書き出す',
  print: '一覧と集計を印刷する',
  exporting: '書き出しています…',
  exported: (fileName: string) => `${fileName} を書き出しました。`,
  exportFailed: '書き出せませんでした。もう一度お試しください。',
  detailTitle: (name: string) => `${name}の申請`,
  back: '一覧に戻る',
  openInAssistant: '申請アシスタントで開く（閲覧のみ）',
  openInAssistantHint:
    'この画面のポータルに申請アシスタントがあるとき、入力内容を変更できない形で表示します。',
  replace: 'ファイルを差し替える',
  replaceHint: '同じ申請の新しいファイルを選ぶと、この申請と入れ替えます。',
  replaced: (fileName: string) => `${fileName} に差し替えました。`,
  replaceRefused: (fileName: string, message: string) =>
    `${fileName} に差し替えられませんでした：${message}`,
  remove: 'この申請を取り除く',
  removed: (fileName: string) => `${fileName} を一覧から取り除きました。`,
  clearAll: '受け取った申請をすべて取り除く',
  clearAllConfirm: '本当にすべて取り除く',
  clearAllCancel: 'やめる',
  clearAllQuestion: (n: number) => `受け取った ${count(n)}件の申請をすべて一覧から取り除きますか。`,
  cleared: 'すべての申請を一覧から取り除きました。',
  findingsTitle: '確認が必要な点',
  noFindings: '確認が必要な点はありません。',
  fileLabel: 'ファイル',
  sourceLabel: '受け取った形',
  sources: { pdf: '申請書の PDF', payload: '提出データ（JSON）', draft: '下書きファイル' },
  migrated: (from: number, to: number) => `版 ${from} のデータを版 ${to} に移して検算しました。`,
  amountsHeading: '算定調書の内訳（受け取ったデータから計算し直した額）',
} as const;
