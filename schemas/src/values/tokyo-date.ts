// Dates as a Japanese office reads them: the calendar day in Asia/Tokyo (UTC+9, no daylight
// saving), whatever the time zone of the browser or server that asks.
const JST_OFFSET_MS = 9 * 60 * 60 * 1000;

const pad = (n: number) => String(n).padStart(2, '0');

/** The day `now` falls on in Japan, as an ISO date ('2026-12-01'). */
export function tokyoDate(now: Date = new Date()): string {
  const jst = new Date(now.getTime() + JST_OFFSET_MS);
  return `${jst.getUTCFullYear()}-${pad(jst.getUTCMonth() + 1)}-${pad(jst.getUTCDate())}`;
}

/** The hour and minute of `now` in Japan ('08:30'). */
export function tokyoTime(now: Date): string {
  const jst = new Date(now.getTime() + JST_OFFSET_MS);
  return `${pad(jst.getUTCHours())}:${pad(jst.getUTCMinutes())}`;
}
