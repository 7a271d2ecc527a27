// The title of a 団体's head as a 申請書 names its issuer: 「奈良県知事」, 「川上村長」, 「千代田区長」.
import type { DantaiKind } from './dantai.ts';

/** Kinds of 団体 that may issue a claim; 一部事務組合・広域連合 are not in the 団体 list but have heads too. */
export type IssuerKind = DantaiKind | '一部事務組合' | '広域連合';

const titles: Record<IssuerKind, string> = {
  都道府県: '知事',
  政令市: '市長',
  市: '市長',
  特別区: '区長',
  町: '町長',
  村: '村長',
  一部事務組合: '管理者',
  広域連合: '広域連合長',
};

/** The head's title for a kind of 団体: 知事・市長・町長・村長・区長・管理者・広域連合長. */
export function headTitle(kind: IssuerKind): string {
  return titles[kind];
}

/**
 * 団体名 joined with its head's title, the shared part written once:
 * 奈良県 + 知事 → 奈良県知事, 川上村 + 村長 → 川上村長, ○○広域連合 + 広域連合長 → ○○広域連合長.
 */
export function headOfficeName(name: string, kind: IssuerKind): string {
  const title = headTitle(kind);
  for (let shared = Math.min(name.length, title.length - 1); shared > 0; shared--) {
    if (name.endsWith(title.slice(0, shared))) return name + title.slice(shared);
  }
  return name + title;
}
