// Every message the draft store shows, in one place.
export const messages = {
  storageUnavailable:
    'このブラウザーには保存できません。入力内容は画面上に残っています。ファイルに書き出して保存してください。',
  storageBlocked:
    '別のタブ（画面）で開いている古い版の画面が下書きの保存先を使っているため、保存できません。入力内容は画面上に残っています。ファイルに書き出してから、そのタブを閉じ、この画面を再読み込みしてください。',
  storageFull:
    '保存する場所が足りないため、下書きを保存できません。入力内容は画面上に残っています。ファイルに書き出して保存するか、不要な下書きを削除してください。',
  saveFailed:
    '下書きを保存できませんでした。入力内容は画面上に残っています。続けて入力すると保存し直します。心配なときはファイルに書き出してください。',
  conflict:
    'この下書きは別のタブ（画面）で更新されました。「この画面の内容で保存する」「別の画面の内容にする」「この画面の内容を別の下書きとして保存」から選んでください。',
  revisionConflict: (storedRev: number, attemptedRev: number) =>
    `下書きは別の画面で更新されています（保存済みの版 ${storedRev}、この画面の版 ${attemptedRev}）。`,
  alreadyExists: '同じ番号の下書きがすでにあるため、元に戻せませんでした。',
  copySuffix: '（コピー）',
  rescuedSuffix: '（閉じる直前の内容）',
  unknownForm: (formId: string) =>
    `この画面では扱えない様式の下書きです（様式: ${formId}）。対応する様式の画面で読み込んでください。`,
  futureSchemaVersion: (version: number, supported: number) =>
    `この下書きは新しい版の様式（版 ${version}）で作られています。この画面は版 ${supported} までです。最新の版の画面で開いてください。`,
  migrationMissing: (from: number) =>
    `古い版（版 ${from}）の下書きを今の様式に移せませんでした。作成した方にお問い合わせください。`,
  migrationFailed: (from: number) =>
    `古い版（版 ${from}）の下書きを今の様式に移す途中で問題が起きました。入力し直してください。`,
} as const;
