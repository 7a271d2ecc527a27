import type { AssistantTranslation } from './translation.ts';

export const ja: AssistantTranslation = {
  lang: 'ja',
  title: '特別交付税 申請アシスタント',
  chooseForm: '作成する申請書を選んでください。',
  openPanel: '申請アシスタントを開く',
  closePanel: '閉じる',
  panelLabel: '特別交付税 申請アシスタント',
  resizeHandle: 'パネルの幅を変える',
  resizeHint: '左右の矢印キーで幅を変えられます。',
  loadingForm: '様式を読み込んでいます…',
  loadFailed: (detail) =>
    `様式を読み込めませんでした（${detail}）。ページを再読み込みしてください。`,
  backToChooser: '申請書の選択に戻る',
};
