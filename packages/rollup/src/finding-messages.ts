// The words of every roll-up finding. Amounts are written as the claims write them.
import { formatYenAmount } from '@koiki/schemas';

export const findingMessages = {
  migrationFailed: (reason: string) =>
    `データを今の版に移行できませんでした（${reason}）。団体に今の版で作り直してもらってください。`,
  unknownShape: 'データの形が、この様式のどの版の形とも合いません',
  schemaIssue: (where: string, message: string) => (where ? `${where}：${message}` : message),
  confirmedWarning: (message: string) => `申請団体が確認済みの注意：${message}`,
  overriddenParameter: (label: string, value: string) =>
    `算定に用いた値「${label}」は申請団体が入力した値（${value}）です。根拠を確認してください。`,
  statedAmountsUnreadable:
    'ファイルに記載の算定結果（amounts）が読み取れません。ファイルが書き換えられた可能性があります。',
  statedAmountsDiffer: (differences: readonly string[], migrated: boolean) =>
    `ファイルに記載の額が、データから計算し直した額と違います（${differences.join('、')}）。${
      migrated
        ? '旧版で作られたファイルのため、算定方法の変更による差の可能性があります。'
        : 'ファイルが書き換えられた可能性があります。'
    }集計には計算し直した額を用います。`,
  amountDifference: (label: string, stated: number, recomputed: number) =>
    `${label} 記載 ${formatYenAmount(stated)} → 再計算 ${formatYenAmount(recomputed)}`,
  duplicateOlder: (newer: string) =>
    `同じ団体・年度・様式の同じ申請を、より新しいファイル${newer}でも受け取っています。新しい方を集計し、このファイルは集計から外しました。`,
  additionalClaim: (others: string) =>
    `同じ団体・年度・様式の別の申請（文書番号が違うもの）${others}も受け取っています。追加の申請として合算しています。差し替えの申請なら、古い方を外してください。`,
  dantaiCapExceeded: (
    category: string,
    cap: number,
    total: number,
    others: string,
    capNote: string,
  ) =>
    `${category}の措置額が、この団体の他の申請${others}と合わせて ${formatYenAmount(total)} になり、上限 ${formatYenAmount(cap)}（${capNote}）を ${formatYenAmount(total - cap)} 超えます。`,
} as const;
