// The messages of the training form (新たな政策課題に関する人材育成の研修), keyed by code. Figures
// and names from the rule table come in as {placeholders}; the words stay here.
import { messageFormatter } from '../../messages/domain-messages.ts';

export const trainingMessages = {
  'training.staffCountTooSmall': '{min}以上の整数（人）で入力してください。',
  'training.staffCountTooLarge': '{max}以下の整数（人）で入力してください。',
  'training.kindByOrdinaryAllocation':
    '{level}が「{kind}」の研修を行うときは{allocation}で措置されるため、この様式（特別交付税の申請）の対象ではありません。',
  'training.kindNotForLevel':
    '「{kind}」の研修は{levels}が開催して申請するものです。申請団体は{level}のため、この区分では申請できません。自団体の職員向けの研修は「{otherKind}」を選んでください。',
  'training.categoryNotForKind':
    '「{kind}」の研修で対象となる経費は{groups}だけです。「{category}」は{group}のため対象外です。',
  'training.policyBeforeGuideline':
    '人材育成基本方針の策定日（{adopted}）が、「人材育成・確保基本方針策定指針」の公表日（{published}）より前です。この措置は、指針を参考に新たに策定した基本方針に基づく研修が対象です。',
  'training.challengesRequired': '新たな政策課題を1件以上入力してください。',
  'training.challengeDuplicate':
    '同じ名称の政策課題が2件あります。研修プログラムから選べるように、名称で区別してください。',
  'training.challengeUnknown':
    '政策課題「{name}」は、入力した新たな政策課題にありません。基本方針に位置づけた政策課題から選び直してください。',
  'training.programmesRequired': '研修プログラムを1件以上入力してください。',
  'training.staffTargetRequired':
    '{owner}の育成する職員数の数値目標（人）を入力してください。数値目標の設定は措置の要件（③）です。',
  'training.wideAreaNotStated':
    '広域研修では、研修プログラムに市町村を含む広域的な研修であることと、市町村の数値目標を明示する必要があります。明示していれば「はい」を選んでください。',
  'training.participantsRequired':
    '広域研修では、研修に参加する市町村を1団体以上入力してください。',
  'training.participantPrefecture':
    '団体コード「{code}」は都道府県のコードです。参加団体には、職員が研修に参加する市町村を入力してください。',
  'training.participantIsApplicant':
    '申請団体自身は参加市町村に入れません。職員が研修に参加する市町村を入力してください。',
  'training.participantDuplicate': '同じ市町村が2回入っています。重複を削除してください。',
  'training.participantRequirements':
    '参加する市町村も要件①～③（新たな政策課題の基本方針への位置づけ、研修内容の明示、育成する職員数の数値目標）を満たす必要があります。満たしていれば「はい」を選んでください。',
  'training.implementationPlanRequired':
    '記載箇所に実施計画を選んだときは、実施計画の名称を入力してください。',
  'training.costItemsRequired': '対象経費を1件以上入力してください。',
} as const;

export type TrainingMessageCode = keyof typeof trainingMessages;

/** A training message (or a shared one) with its {placeholders} filled in. */
export const formatTrainingMessage = messageFormatter(trainingMessages);
