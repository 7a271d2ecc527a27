// An answer as a person reads it on the review page: 「6,000,000円」, 「令和8年4月1日（2026年）」, 団体名.
import type { FieldDefinition } from '@koiki/engine';
import {
  type Dantai,
  findDantai,
  formatDecimal,
  formatFiscalYear,
  formatWarekiWithSeireki,
  formatYen,
} from '@koiki/schemas';

export interface DisplayContext {
  dantaiList: readonly Dantai[] | undefined;
  scope: unknown;
  root: unknown;
}

const optionLabel = (field: FieldDefinition<unknown>, value: unknown) =>
  field.options?.find((option) => option.value === value)?.label ?? String(value);

/** Display text for one value; '' when nothing is entered. */
export function displayValue(
  field: FieldDefinition<unknown>,
  value: unknown,
  context: DisplayContext,
): string {
  if (field.control === 'info') return field.display?.(context.scope, context.root) ?? '';
  if (value === undefined || value === null || value === '') return '';
  switch (field.control) {
    case 'yen':
      return typeof value === 'number' && Number.isSafeInteger(value)
        ? `${formatYen(value)}円`
        : String(value);
    case 'decimal':
      return typeof value === 'number' ? formatDecimal(value) : String(value);
    case 'date':
      return typeof value === 'string'
        ? safely(() => formatWarekiWithSeireki(value), value)
        : String(value);
    case 'fiscal-year':
      return typeof value === 'number'
        ? safely(() => formatFiscalYear(value), String(value))
        : String(value);
    case 'dantai':
      return dantaiText(String(value), context.dantaiList);
    case 'radio':
    case 'select':
      return optionLabel(field, value);
    case 'checkbox':
      return Array.isArray(value)
        ? value.map((v) => optionLabel(field, v)).join('、')
        : optionLabel(field, value);
    case 'boolean':
      return value === true ? 'はい' : value === false ? 'いいえ' : '';
    case 'attachment':
      return Array.isArray(value)
        ? value.map((file) => String((file as { name?: unknown }).name ?? '')).join('、')
        : '';
    default:
      return String(value);
  }
}

function dantaiText(code: string, list: readonly Dantai[] | undefined): string {
  const dantai = list ? findDantai(list, code) : undefined;
  if (!dantai) return code;
  const prefecture = dantai.kind === '都道府県' ? '' : `（${dantai.prefectureName}）`;
  return `${dantai.name}${prefecture} ${dantai.code}`;
}

function safely(format: () => string, fallback: string): string {
  try {
    return format();
  } catch {
    return fallback;
  }
}
