// How many characters each kind of text the forms ask may have. The schema checks them, so the
// JSON Schema a portal server uses and the fields' counters carry the same numbers.

export const TEXT_LIMITS = {
  /** 担当者・派遣職員の氏名. */
  personName: 40,
  /** 担当者の所属. */
  department: 60,
  /** 電話番号, with hyphens. */
  phone: 20,
  /** 内線番号. */
  extension: 6,
  email: 120,
  /** Official titles: 協約名, 協定・覚書の名称, 取組の名称. */
  title: 120,
  /** Names and short descriptions: ポスト名, 施設名, 経費の内容, 組合の名称, 枠組み（その他）. */
  name: 60,
  /** A party's role in the 取組. */
  role: 80,
  /** 条項 (e.g. 第3条第2項) and 職種（その他）. */
  short: 40,
  /** 首長名 on the 鑑. */
  headName: 30,
  /** 文書番号 on the 鑑. */
  documentNumber: 30,
  /** 備考. */
  remarks: 400,
} as const;
