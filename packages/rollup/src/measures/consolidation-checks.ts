// 複数団体による公共施設の集約化・複合化等 across claims. Every 団体 of one 集約化等 files its own
// claim, and the 集約化等完了年度 (which opens the 円滑化経費 window) and the parties must be told
// the same way by all of them. Two claims' 取組 are taken for one 集約化等 when one names the
// other 団体 as a party and they share a facility or a name.
import {
  completionFiscalYear,
  consolidationFormId,
  consolidationRules,
  formatFiscalYear,
  initiativesOf,
  type PlacedInitiative,
  rulesFor,
} from '@koiki/schemas';
import { comparable } from '../claim-facts.ts';
import { type ClaimUnderCheck, fileNames, finding } from '../claim-under-check.ts';
import type { DantaiCap, DantaiNames, MeasureChecks } from './measure-checks.ts';
import { records, text } from './untrusted-data.ts';

const messages = {
  completionDiffers: (name: string, years: string) =>
    `同じ集約化等（${name}）の集約化等完了年度が申請によって違います（${years}）。完了年度は円滑化経費の対象期間を決めるため、参加団体に確認してください。`,
  partiesDiffer: (name: string, parties: string) =>
    `同じ集約化等（${name}）の参加団体が申請によって違います（${parties}）。参加団体に確認してください。`,
} as const;

/** Sightings compared pairwise under one name or facility, at most. */
const MAX_SIGHTINGS_PER_KEY = 500;

interface Sighting {
  readonly claim: ClaimUnderCheck;
  readonly placed: PlacedInitiative;
  readonly applicant: string;
  readonly name: string;
  readonly parties: ReadonlySet<string>;
  readonly facilities: readonly string[];
  readonly completion: number | undefined;
}

function facilityKey(facility: Record<string, unknown>): string | undefined {
  const owner = text(facility.ownerCode);
  const name = comparable(text(facility.name));
  return owner && name ? `${owner}\n${name}` : undefined;
}

function sightingsOf(claim: ClaimUnderCheck): Sighting[] {
  const applicant = claim.dantaiCode;
  if (applicant === null || typeof claim.data !== 'object' || claim.data === null) return [];
  return initiativesOf(claim.data).map((placed) => {
    const initiative = placed.initiative as Record<string, unknown>;
    const others = records(initiative.otherParties).map((party) => text(party.dantaiCode));
    const target =
      typeof initiative.targetFacility === 'object' && initiative.targetFacility !== null
        ? [initiative.targetFacility as Record<string, unknown>]
        : [];
    const facilities = [...records(initiative.sourceFacilities), ...target]
      .map(facilityKey)
      .filter((key): key is string => key !== undefined);
    return {
      claim,
      placed,
      applicant,
      name: comparable(text(initiative.name)),
      parties: new Set([applicant, ...others.filter((code) => code !== '')]),
      facilities,
      completion: completionFiscalYear(placed.initiative),
    };
  });
}

function sameConsolidation(a: Sighting, b: Sighting): boolean {
  if (a.applicant === b.applicant) return false;
  if (!a.parties.has(b.applicant) && !b.parties.has(a.applicant)) return false;
  return (a.name !== '' && a.name === b.name) || a.facilities.some((f) => b.facilities.includes(f));
}

/** Pairs of sightings of one 集約化等, found through shared names and facilities (not all pairs). */
function matchedPairs(sightings: readonly Sighting[]): [Sighting, Sighting][] {
  const byKey = new Map<string, Sighting[]>();
  for (const sighting of sightings) {
    const keys = new Set([`name\n${sighting.name}`, ...sighting.facilities.map((f) => `f\n${f}`)]);
    for (const key of keys) {
      const group = byKey.get(key) ?? [];
      group.push(sighting);
      byKey.set(key, group);
    }
  }
  const pairs = new Map<string, [Sighting, Sighting]>();
  const ids = new Map(sightings.map((s, index) => [s, index]));
  for (const [key, group] of byKey) {
    // No real set of claims shares one name or facility this often: comparing all pairs would
    // only let a hostile file stall the roll-up.
    if (key === 'name\n' || group.length > MAX_SIGHTINGS_PER_KEY) continue;
    for (let i = 0; i < group.length; i++) {
      for (let j = i + 1; j < group.length; j++) {
        const a = group[i] as Sighting;
        const b = group[j] as Sighting;
        if (!sameConsolidation(a, b)) continue;
        pairs.set(`${ids.get(a)}-${ids.get(b)}`, [a, b]);
      }
    }
  }
  return [...pairs.values()];
}

function partiesText(sighting: Sighting, names: DantaiNames): string {
  return [...sighting.parties].map(names).join('・');
}

function flagPair(
  pair: [Sighting, Sighting],
  status: '不備' | '要確認',
  code: string,
  message: string,
): void {
  const [a, b] = pair;
  a.claim.findings.push(finding(status, code, message, a.placed.at, [b.claim]));
  b.claim.findings.push(finding(status, code, message, b.placed.at, [a.claim]));
}

function checkPair(pair: [Sighting, Sighting], names: DantaiNames): void {
  const [a, b] = pair;
  const name = text((a.placed.initiative as Record<string, unknown>).name) || '名称なし';
  if (a.completion !== undefined && b.completion !== undefined && a.completion !== b.completion) {
    const years = [a, b]
      .map((s) => `${fileNames([s.claim])}は${formatFiscalYear(s.completion as number)}`)
      .join('、');
    flagPair(pair, '不備', 'rollup.completionDiffers', messages.completionDiffers(name, years));
  }
  const sameParties =
    a.parties.size === b.parties.size && [...a.parties].every((code) => b.parties.has(code));
  if (!sameParties) {
    const parties = [a, b]
      .map((s) => `${fileNames([s.claim])}は${partiesText(s, names)}`)
      .join('、');
    flagPair(pair, '要確認', 'rollup.partiesDiffer', messages.partiesDiffer(name, parties));
  }
}

export const consolidationChecks: MeasureChecks = {
  formId: consolidationFormId,
  dantaiCaps(fiscalYear: number): readonly DantaiCap[] {
    const lookup = rulesFor(consolidationRules, fiscalYear);
    if (!lookup.ok) return [];
    const { capPerDantai } = lookup.rules.research;
    return [
      {
        kind: 'research',
        label: '調査検討経費',
        cap: capPerDantai.value,
        note: capPerDantai.note ?? '',
      },
    ];
  },
  checkAcrossClaims(claims, names) {
    const sightings = claims.flatMap(sightingsOf);
    for (const pair of matchedPairs(sightings)) checkPair(pair, names);
  },
};
