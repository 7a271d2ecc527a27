// Variations of the forms' example claims, for the roll-up demo's samples and the roll-up's
// browser test: the same claim some years later (every date and fiscal year moved together, so
// the claim stays valid), with another 文書番号, or with other 募集経費.
const isoDate = /^(\d{4})(-\d{2}-\d{2})$/;

type Json = unknown;

/** `data` moved `years` later: each `fiscalYear` and each ISO date (YYYY-MM-DD) alike. */
export function shiftYears(data: Json, years: number): Json {
  if (Array.isArray(data)) return data.map((item) => shiftYears(item, years));
  if (typeof data === 'object' && data !== null) {
    return Object.fromEntries(
      Object.entries(data).map(([key, value]) => [
        key,
        key === 'fiscalYear' && typeof value === 'number'
          ? value + years
          : shiftYears(value, years),
      ]),
    );
  }
  const date = typeof data === 'string' ? isoDate.exec(data) : null;
  return date ? `${Number(date[1]) + years}${date[2]}` : data;
}

/** Every `name` under `key` (e.g. each 取組's name and its facilities' names) with `suffix`: a
 * variation then tells of another 集約化 rather than the same one told differently. */
export function withNamesMarked(data: Json, key: string, suffix: string): Json {
  const mark = (value: Json): Json => {
    if (Array.isArray(value)) return value.map(mark);
    if (typeof value !== 'object' || value === null) return value;
    return Object.fromEntries(
      Object.entries(value).map(([k, v]) => [
        k,
        k === 'name' && typeof v === 'string' ? `${v}${suffix}` : mark(v),
      ]),
    );
  };
  const claim = data as Record<string, Json>;
  return key in claim ? { ...claim, [key]: mark(claim[key]) } : data;
}

type WithApplicant = { applicant: Record<string, unknown> };

/** `data` under another 文書番号 (a separate 申請 of the same 団体 and year). */
export function withDocumentNumber(data: Json, documentNumber: string): Json {
  const claim = data as WithApplicant;
  return { ...claim, applicant: { ...claim.applicant, documentNumber } };
}

/** A specialist-dispatch claim whose 募集経費 are `amounts` (one item each). */
export function withRecruitmentCosts(data: Json, amounts: readonly number[]): Json {
  return {
    ...(data as object),
    recruitmentItems: amounts.map((amount, index) => ({
      description: `専門職の募集経費（${index + 1}）`,
      amount,
    })),
  };
}

/** The 団体コード and fiscal year a claim is filed under (what makes two claims the same 申請 slot). */
export function claimSlot(formId: string, data: Json): string {
  const claim = data as WithApplicant & { fiscalYear?: number };
  return `${formId} ${String(claim.applicant?.dantaiCode)} ${claim.fiscalYear}`;
}
