// Every message the 団体 picker shows or announces, worded in one place.
export const dantaiPickerMessages = {
  loading: '読み込み中…',
  loadFailed: '団体の一覧を読み込めませんでした。ページを再読み込みしてください。',
  found: (count: number) => `${count}件見つかりました`,
  tooMany: (count: number) => `${count}件以上見つかりました。続けて入力すると絞り込めます。`,
  none: '見つかりませんでした。別の名前、読みがな、または団体コードで探してください。',
  code: (code: string) => `団体コード：${code}`,
  listLabel: (label: string) => `${label}の候補`,
  notChosen: '一覧から団体を選んでください。名前・読みがな・団体コードで探せます。',
  missing: (label: string) => `${label}を選んでください。`,
  hint: '名前、読みがな（例：かわかみ）、または団体コード（6桁）の一部を入力し、候補から選んでください。',
} as const;
