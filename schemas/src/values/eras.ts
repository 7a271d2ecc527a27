// The 元号 this kit can name, newest first, with the first day of each (元号法; 平成: 昭和64年1月7日の翌日,
// 令和: 天皇の退位等に関する皇室典範特例法 施行日). Dates before the oldest era here are not accepted.
export const eras = [
  { name: '令和', initial: 'R', start: '2019-05-01' },
  { name: '平成', initial: 'H', start: '1989-01-08' },
] as const;

export type Era = (typeof eras)[number]['name'];
