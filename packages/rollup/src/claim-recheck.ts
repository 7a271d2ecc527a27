// One claim on its own: brought to its form's current version, re-validated with the form's
// schema, its amounts recomputed with the form's calculator and compared with what the file
// states. Cross-claim checks come after (check-claims.ts).
import {
  type ClaimResult,
  dotPath,
  migrateClaim,
  toThousandYen,
  withSchemaValidity,
} from '@koiki/schemas';
import { applicantCode, documentNumberOf } from './claim-facts.ts';
import { type ClaimUnderCheck, finding } from './claim-under-check.ts';
import { findingMessages } from './finding-messages.ts';
import type { CatalogForm } from './form-catalog.ts';
import type { ReceivedClaim } from './received-claim.ts';
import type { ClaimFinding } from './rollup-report.ts';
import { compareStatedAmounts } from './stated-amounts.ts';

/** Amounts of data no calculator could read: nothing claimable. */
function noAmounts(): ClaimResult {
  const zero = { yen: 0, thousandYen: toThousandYen(0) };
  return {
    lines: [],
    claimable: false,
    totals: zero,
    referenceTotals: zero,
    issues: [],
    notes: [],
    parameters: { fiscalYear: null, fiscalYearLabel: '', ruleTitle: null, used: [] },
  };
}

function migrated(
  received: ReceivedClaim,
  form: CatalogForm,
): { ok: true; data: unknown } | { ok: false; message: string } {
  try {
    const result = migrateClaim(form.contract, received.data, received.schemaVersion);
    return result.ok ? { ok: true, data: result.data } : result;
  } catch {
    // A migration step met data of a shape no version of the form ever wrote (a hand-made file).
    return { ok: false, message: findingMessages.unknownShape };
  }
}

function calculated(form: CatalogForm, data: unknown, valid: boolean): ClaimResult {
  try {
    const draft = typeof data === 'object' && data !== null ? data : {};
    return withSchemaValidity(form.contract.calculate(draft), valid);
  } catch {
    return noAmounts();
  }
}

/** The schema's issues, then the calculator's that the schema did not already word. */
function validityFindings(
  result: { error?: { issues: readonly { path: readonly PropertyKey[]; message: string }[] } },
  amounts: ClaimResult,
): ClaimFinding[] {
  const findings: ClaimFinding[] = [];
  const seen = new Set<string>();
  const add = (path: string, message: string, code: string) => {
    const key = `${path}\n${message}`;
    if (seen.has(key)) return;
    seen.add(key);
    findings.push(finding('不備', code, findingMessages.schemaIssue(path, message), path));
  };
  for (const issue of result.error?.issues ?? [])
    add(dotPath(issue.path), issue.message, 'rollup.schema');
  for (const issue of amounts.issues) add(issue.path, issue.message, issue.code);
  return findings;
}

/** Confirmed warnings and parameters the applicant replaced: a person should look at them. */
function reviewFindings(amounts: ClaimResult): ClaimFinding[] {
  const warnings = amounts.notes
    .filter((note) => note.warning)
    .map((note) =>
      finding(
        '要確認',
        'rollup.warning',
        findingMessages.confirmedWarning(note.message),
        note.path,
      ),
    );
  const overridden = amounts.parameters.used
    .filter((parameter) => parameter.overridden)
    .map((parameter) =>
      finding(
        '要確認',
        'rollup.overriddenParameter',
        findingMessages.overriddenParameter(parameter.label, parameter.value),
      ),
    );
  return [...warnings, ...overridden];
}

function statedAmountFindings(
  received: ReceivedClaim,
  form: CatalogForm,
  amounts: ClaimResult,
): ClaimFinding[] {
  if (received.statedAmounts === undefined) return [];
  const comparison = compareStatedAmounts(received.statedAmounts, amounts);
  if (comparison.kind === 'same') return [];
  if (comparison.kind === 'unreadable')
    return [finding('不備', 'rollup.statedAmounts', findingMessages.statedAmountsUnreadable)];
  const older = received.schemaVersion < form.contract.schemaVersion;
  return [
    finding(
      older ? '要確認' : '不備',
      'rollup.statedAmounts',
      findingMessages.statedAmountsDiffer(comparison.differences, older),
    ),
  ];
}

/** The claim checked on its own, ready for the cross-claim checks. */
export function recheckClaim(received: ReceivedClaim, form: CatalogForm): ClaimUnderCheck {
  const migration = migrated(received, form);
  const data = migration.ok ? migration.data : received.data;
  const findings: ClaimFinding[] = [];
  let amounts: ClaimResult;
  if (migration.ok) {
    const validation = form.contract.validator.safeParse(data);
    amounts = calculated(form, data, validation.success);
    const invalid = validityFindings(validation, amounts);
    // A claim that is 不備 anyway is not also asked to be looked at for what its user confirmed.
    const review = invalid.length === 0 ? reviewFindings(amounts) : [];
    findings.push(...invalid, ...review, ...statedAmountFindings(received, form, amounts));
  } else {
    amounts = noAmounts();
    findings.push(
      finding('不備', 'rollup.migration', findingMessages.migrationFailed(migration.message)),
    );
  }
  return {
    received,
    form,
    data,
    amounts,
    dantaiCode: applicantCode(data),
    fiscalYear: amounts.parameters.fiscalYear,
    documentNumber: documentNumberOf(data),
    findings,
    superseded: false,
  };
}
