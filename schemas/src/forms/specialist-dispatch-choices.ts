// The fixed answer lists of the specialist-dispatch form. Its rule table says which of them the
// measure counts or excludes.

/** 申請団体の役割 in the specialist-dispatch claim. */
export const DISPATCH_ROLES = ['派遣元', '派遣先'] as const;
export type DispatchRole = (typeof DISPATCH_ROLES)[number];

/** 職種 offered for a dispatched post; デジタル人材・技術職員 are listed so the form can refuse them with a reason. */
export const OCCUPATIONS = [
  '保健師',
  '保育士',
  '税務',
  '用地',
  '社会福祉士',
  '管理栄養士',
  '精神保健福祉士',
  '司書',
  '学芸員',
  '森林管理',
  'デジタル人材',
  '技術職員',
  'その他',
] as const;
export type Occupation = (typeof OCCUPATIONS)[number];

/** 採用形態 (SPEC §2.1 ※3). */
export const EMPLOYMENT_TYPES = ['任期の定めのない常勤職員', '任期付職員', '非常勤職員'] as const;
export type EmploymentType = (typeof EMPLOYMENT_TYPES)[number];

/** 派遣形態: 自治法派遣 (地方自治法 第252条の17) decides who claims the person's amount. */
export const DISPATCH_FORMS = ['自治法派遣', 'その他'] as const;
export type DispatchForm = (typeof DISPATCH_FORMS)[number];

/** 添付書類 of the specialist-dispatch claim. */
export const DISPATCH_ATTACHMENT_KINDS = [
  '協約書の写し',
  '協定・覚書',
  '議決書',
  '告示',
  '経費の内訳',
  'その他',
] as const;
