// Every message a field shows by itself, worded in one place (the rules that trigger them live in
// the fields). Japanese first; each one says what to do.

export const fieldMessages = {
  errorPrefix: 'エラー：',
  warningPrefix: '注意：',
  required: '※必須',
  optional: '※任意',
  missingText: (label: string) => `${label}を入力してください。`,
  choose: '選んでください',
  missingChoice: (label: string) => `${label}を選んでください。`,
  tooLong: (over: number, max: number) =>
    `${over}文字多すぎます。${max}文字以内で入力してください。`,
  remaining: (left: number) => `残り${left}文字`,
  overBy: (over: number) => `${over}文字超過`,
  nonJis: (list: string) => `次の文字は国の様式で使えない可能性があります：${list}`,
} as const;
