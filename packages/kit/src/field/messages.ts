// Every text a field words by itself, in one place. None is an error shown on the page (the
// session words those): the badge, the count, the warning prefix, and the native-form bubble texts
// (missingText, missingChoice) that only a host page's own <form> shows.

export const fieldMessages = {
  errorPrefix: 'エラー：',
  warningPrefix: '注意：',
  required: '※必須',
  optional: '※任意',
  missingText: (label: string) => `${label}を入力してください。`,
  choose: '選んでください',
  missingChoice: (label: string) => `${label}を選んでください。`,
  missingOption: (value: string) => `${value}（今の選択肢にありません）`,
  missingChoiceNote: (value: string) =>
    `選んでいた「${value}」は今の選択肢にありません（名前が変わったか、削除されました）。選び直してください。`,
  remaining: (left: number) => `残り${left}文字`,
  overBy: (over: number) => `${over}文字超過`,
  nonJis: (list: string) => `次の文字は国の様式で使えない可能性があります：${list}`,
} as const;
