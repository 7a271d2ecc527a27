// Messages about draft files (import and export), apart so they load with the file code only.
export const fileMessages = {
  fileTooLarge: (limitMb: number) =>
    `ファイルが大きすぎます（上限 ${limitMb} MB）。この入力画面で書き出した下書きのファイルを選んでください。`,
  fileNotJson:
    '下書きのファイルとして読み取れません。この入力画面で書き出したファイル（.json）を選んでください。',
  fileTruncated: 'ファイルが途中で切れています。もう一度書き出したファイルを選んでください。',
  fileTooDeep:
    'ファイルの中身の入れ子が深すぎるため読み込めません。この入力画面で書き出したファイルを選んでください。',
  fileNotDraft: (detail: string) =>
    `この入力画面の下書きファイルではないか、壊れています（${detail}）。書き出し直したファイルを選んでください。`,
  fileNewerFormat:
    '新しい版の入力画面で書き出されたファイルです。この画面を最新の版にしてから読み込んでください。',
  attachmentBroken: (name: string) =>
    `添付ファイル「${name}」が壊れています。もう一度書き出したファイルを選んでください。`,
  attachmentType: (name: string, type: string) =>
    `添付ファイル「${name}」の種類（${type || '不明'}）は読み込めません。添付できるのは PDF・JPEG・PNG です。`,
  attachmentUnsafePdf: (name: string) =>
    `添付ファイル「${name}」は PDF の構造が異常（ページ数が極端に多い、入れ子が深すぎる等）なため読み込めません。元の PDF を開いて保存し直してから添付してください。`,
  attachmentMismatch: (name: string) =>
    `添付ファイル「${name}」の中身が種類と一致しません。元のファイルを添付し直してください。`,
  bundleEmpty: 'このファイルには下書きが入っていません。',
  bundleResult: (imported: number, refused: number) =>
    refused === 0
      ? `下書きを${imported}件読み込みました。`
      : `下書きを${imported}件読み込みました。${refused}件は読み込めませんでした。`,
  importNotSaved:
    '下書きを読み込みましたが、このブラウザーには保存できませんでした。入力内容は画面上に残っています。',
} as const;
