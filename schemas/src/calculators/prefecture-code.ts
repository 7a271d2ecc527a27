/** A 都道府県's 団体コード has 000 as its 市区町村 part (SPEC §3: 010006 北海道, 130001 東京都). */
export function isPrefectureCode(code: string): boolean {
  return /^\d{2}000\d$/.test(code);
}

/**
 * Where a 連携協約 is notified (地方自治法 第252条の2第2項): to 総務大臣 when a 都道府県 is a party,
 * otherwise to the 都道府県知事. Derived from the parties, never asked.
 */
export function notificationAuthority(partyCodes: readonly string[]): '総務大臣' | '都道府県知事' {
  return partyCodes.some(isPrefectureCode) ? '総務大臣' : '都道府県知事';
}
