// Who filed a claim and under which 文書番号, read from the applicant block every form shares
// (schemas/src/forms/common.ts, applicantSchema). The fiscal year comes from the calculator.

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

function applicantOf(data: unknown): Record<string, unknown> {
  return isRecord(data) && isRecord(data.applicant) ? data.applicant : {};
}

/** The applicant's 6-digit 団体コード, or null while missing or malformed. */
export function applicantCode(data: unknown): string | null {
  const code = applicantOf(data).dantaiCode;
  return typeof code === 'string' && /^\d{6}$/.test(code) ? code : null;
}

/** The 申請書's 文書番号 as written (trimmed), or null. */
export function documentNumberOf(data: unknown): string | null {
  const number = applicantOf(data).documentNumber;
  return typeof number === 'string' && number.trim() !== '' ? number.trim() : null;
}

/** Text compared across claims: 全角/半角 and spaces folded, so 「第２０５号」 equals 「第205号」. */
export function comparable(text: string): string {
  return text.normalize('NFKC').replace(/\s+/g, '');
}
