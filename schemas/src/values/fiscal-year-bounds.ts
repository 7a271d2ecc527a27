// The one range of fiscal years the kit accepts anywhere: parsers, schemas, JSON Schema, fields.
import { eras } from './eras.ts';

const oldestEra = eras[eras.length - 1] as (typeof eras)[number];

/**
 * 平成元年度 (1989): the oldest 年度 the kit can name in 和暦 (eras.ts lists 令和 and 平成 only),
 * so every accepted year can be printed as the form writes it.
 */
export const FIRST_FISCAL_YEAR = Number(oldestEra.start.slice(0, 4));

/**
 * 9998年度: its last day (9999-03-31) is the last 年度末 an ISO 8601 date writes with four digits,
 * so every accepted year's 年度初め and 年度末 can be stored and compared as ISO dates.
 */
export const LAST_FISCAL_YEAR = 9998;
