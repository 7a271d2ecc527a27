// specialist-dispatch 1 → 2: one claim per 団体 and fiscal year. Version 1 held one 連携協約
// (`agreement`) and one 派遣先 (`recipient`); version 2 holds a list of 協約 and each post names its
// 協約 and its 派遣先. A version 1 claim becomes one 協約 whose posts all go to the old 派遣先.
import { isRecord } from '../calculators/draft-data.ts';
import { withoutUndefined } from './migration-step.ts';

/** The version 2 data of a version 1 specialist-dispatch claim; `firstDispatchYear` stays as stated. */
export function specialistFromVersion1(old: unknown): unknown {
  if (!isRecord(old) || 'agreements' in old) return old;
  const { agreement, recipient, ...data } = old;
  const link = withoutUndefined({
    agreementName: isRecord(agreement) ? agreement.name : undefined,
    recipientCode: isRecord(recipient) ? recipient.dantaiCode : undefined,
  });
  const posts = Array.isArray(data.posts) ? data.posts : [];
  // A draft with a 派遣先 but no post yet keeps the 派遣先 in a first post.
  const carried =
    posts.length === 0 && link.recipientCode !== undefined
      ? [link]
      : posts.map((post) => (isRecord(post) ? { ...link, ...post } : post));
  return withoutUndefined({
    ...data,
    agreements: agreement === undefined ? undefined : [agreement],
    posts: data.posts === undefined && carried.length === 0 ? undefined : carried,
  });
}

/** The schemaVersion bare specialist-dispatch data was saved with, told by its shape (1 or `current`). */
export function specialistVersionOfData(data: unknown, current: number): number {
  const v1 =
    isRecord(data) && !('agreements' in data) && ('agreement' in data || 'recipient' in data);
  return v1 ? 1 : current;
}
