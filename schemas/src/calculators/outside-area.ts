// A 連携協約 party or 派遣先 outside the applicant's prefecture is not forbidden by the material,
// but unusual (SPEC §2.1): the user confirms it and the 算定調書 prints it. Never a refusal.
import type { SpecialistDispatch } from '../forms/specialist-dispatch.ts';
import { formatDispatchMessage } from '../messages/specialist-dispatch-messages.ts';
import { designations } from '../reference/index.ts';
import { isValidDantaiCode } from '../values/index.ts';
import type { ClaimNote } from './claim-result.ts';
import { type DraftData, isSixDigits, rows } from './draft-data.ts';

type Draft = DraftData<SpecialistDispatch>;

/** The prefecture a 団体コード belongs to (its first two digits), by name. */
export function prefectureName(code: string): string {
  const prefix = code.slice(0, 2);
  return (
    designations.県庁所在地.find((capital) => capital.code.startsWith(prefix))?.prefecture ?? prefix
  );
}

const isCode = (code: unknown): code is string => isSixDigits(code) && isValidDantaiCode(code);

/** `label(name)` for a name typed, `fallback` (its number) while none is. */
function named(name: unknown, fallback: string, label: (name: string) => string): string {
  return typeof name === 'string' && name.trim() !== '' ? label(name) : fallback;
}

/** One warning per 団体 (協約 party or 派遣先) outside the applicant's prefecture, at its first path. */
export function outsideAreaWarnings(data: Draft): ClaimNote[] {
  const applicant = data.applicant?.dantaiCode;
  if (!isCode(applicant)) return [];
  const area = applicant.slice(0, 2);
  const seen = new Set<string>();
  const warnings: ClaimNote[] = [];
  const check = (code: unknown, path: string, what: string) => {
    if (!isCode(code) || code.slice(0, 2) === area || seen.has(code)) return;
    seen.add(code);
    warnings.push({
      path,
      warning: true,
      message: formatDispatchMessage('dispatch.outsideArea', {
        what,
        prefecture: prefectureName(code),
        applicantPrefecture: prefectureName(applicant),
        code,
      }),
    });
  };
  // Named by the 協約 or the post it sits in, so the user finds it without counting rows.
  rows(data.agreements).forEach((agreement, a) => {
    const where = named(agreement.name, `${a + 1}件目の連携協約`, (name) => `連携協約「${name}」`);
    rows(agreement.parties).forEach((party, p) => {
      check(party.dantaiCode, `agreements.${a}.parties.${p}.dantaiCode`, `${where}の当事者`);
    });
  });
  rows(data.posts).forEach((post, index) => {
    const where = named(post.postName, `${index + 1}件目の派遣`, (name) => `「${name}」`);
    check(post.recipientCode, `posts.${index}.recipientCode`, `${where}の派遣先`);
  });
  return warnings;
}
