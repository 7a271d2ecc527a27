// Every message the draft store shows, in one place.
export const messages = {
  storageUnavailable:
    'このブラウザーには保存できません。入力内容は画面上に残っています。ファイルに書き出して保存してください。',
  storageFull:
    '保存する場所が足りないため、下書きを保存できません。入力内容は画面上に残っています。ファイルに書き出して保存するか、不要な下書きを削除してください。',
  saveFailed:
    '下書きを保存できませんでした。入力内容は画面上に残っています。続けて入力すると保存し直します。心配なときはファイルに書き出してください。',
  conflict:
    'この下書きは別のタブ（画面）で更新されました。「この画面の内容を残す」「別の画面の内容にする」「この画面の内容を別の下書きとして保存」から選んでください。',
  revisionConflict: (storedRev: number, attemptedRev: number) =>
    `下書きは別の画面で更新されています（保存済みの版 ${storedRev}、この画面の版 ${attemptedRev}）。`,
  alreadyExists: '同じ番号の下書きがすでにあるため、元に戻せませんでした。',
  copySuffix: '（コピー）',
  rescuedSuffix: '（閉じる直前の内容）',
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
  unknownForm: (formId: string) =>
    `この画面では扱えない様式の下書きです（様式: ${formId}）。対応する様式の画面で読み込んでください。`,
  futureSchemaVersion: (version: number, supported: number) =>
    `この下書きは新しい版の様式（版 ${version}）で作られています。この画面は版 ${supported} までです。最新の版の画面で開いてください。`,
  migrationMissing: (from: number) =>
    `古い版（版 ${from}）の下書きを今の様式に移せませんでした。作成した方にお問い合わせください。`,
  migrationFailed: (from: number) =>
    `古い版（版 ${from}）の下書きを今の様式に移す途中で問題が起きました。入力し直してください。`,
  attachmentBroken: (name: string) =>
    `添付ファイル「${name}」が壊れています。もう一度書き出したファイルを選んでください。`,
  attachmentType: (name: string, type: string) =>
    `添付ファイル「${name}」の種類（${type || '不明'}）は読み込めません。添付できるのは PDF・JPEG・PNG です。`,
  attachmentUnsafePdf: (name: string) =>
    `添付ファイル「${name}」は PDF の構造が異常（ページ数が極端に多い、入れ子が深すぎる等）なため読み込めません。元の PDF を開いて保存し直してから添付してください。`,
  attachmentMismatch: (name: string) =>
    `添付ファイル「${name}」の中身が種類と一致しません。元のファイルを添付し直してください。`,
  importNotSaved:
    '下書きを読み込みましたが、このブラウザーには保存できませんでした。入力内容は画面上に残っています。',
} as const;
