// Arbitrary partial claim data: the right keys with values of every kind, right or wrong,
// as a half-typed draft, an imported file or a careless server client may hold them.
import {
  CONSOLIDATION_METHODS,
  CONSOLIDATION_STAGES,
  DISPATCH_FORMS,
  DISPATCH_ROLES,
  EMPLOYMENT_TYPES,
  FACILITY_TYPES,
  OCCUPATIONS,
  PARTY_KINDS,
} from '@koiki/schemas';
import fc from 'fast-check';

const M = Number.MAX_SAFE_INTEGER;

/** Anything JSON can hold and a few things it cannot (NaN, Infinity, -0). */
const junk = fc.oneof(
  fc.constantFrom(
    null,
    undefined,
    true,
    '',
    '600万',
    NaN,
    Infinity,
    -Infinity,
    -0,
    -1,
    0.5,
    1e300,
    1.7e308,
  ),
  fc.string({ maxLength: 8 }),
  fc.double(),
  fc.object({ maxDepth: 1, maxKeys: 2 }),
);

/** Usually the right kind of value, sometimes anything at all. */
const orJunk = <T>(good: fc.Arbitrary<T>) =>
  fc.oneof({ weight: 4, arbitrary: good }, { weight: 1, arbitrary: junk });

/** Amounts at the edges that matter: 0, 1, around the caps and the largest safe integer. */
export const edgeAmount = fc.oneof(
  fc.constantFrom(
    0,
    1,
    499,
    500,
    999,
    1_000,
    1_999_999,
    2_000_000,
    2_000_001,
    9_999_999,
    10_000_000,
  ),
  fc.constantFrom(
    10_000_001,
    11_999_999,
    12_000_000,
    12_000_001,
    62_499_999,
    62_500_000,
    62_500_001,
  ),
  fc.constantFrom(M - 1, M, Math.floor(M / 2)),
  fc.nat({ max: M }),
  fc.nat({ max: 100_000_000 }),
);

const amount = orJunk(edgeAmount);
const fiscalYear = orJunk(
  fc.oneof(fc.integer({ min: 2015, max: 2040 }), fc.integer({ min: -10_000, max: 1_000_000 })),
);
const dantaiCode = orJunk(
  fc.constantFrom('131016', '131041', '202037', '203033', '010006', '130001', '000000', '12345'),
);
const date = orJunk(
  fc.oneof(
    fc.constantFrom(
      '2026-04-01',
      '2027-03-31',
      '2025-01-01',
      '2026-02-30',
      'R8.4.1',
      '1989-01-07',
      '0001-01-01',
    ),
    fc
      .date({ min: new Date('1900-01-01'), max: new Date('9999-12-31'), noInvalidDate: true })
      .map((d) => d.toISOString().slice(0, 10)),
  ),
);
const rows = <T>(row: fc.Arbitrary<T>) => orJunk(fc.array(orJunk(row), { maxLength: 4 }));
const bool = orJunk(fc.boolean());
const choice = <T>(values: readonly T[]) => orJunk(fc.constantFrom(...values));

const record = (shape: Record<string, fc.Arbitrary<unknown>>) =>
  fc.record(shape, { requiredKeys: [] });

const agreementNames = ['協約A', '協約B', ''];

export const dispatchData = record({
  fiscalYear,
  role: choice(DISPATCH_ROLES),
  applicant: orJunk(record({ dantaiCode })),
  agreements: rows(
    record({
      name: choice(agreementNames),
      concludedDate: date,
      notificationDate: date,
      parties: rows(record({ dantaiCode, resolutionDate: date, noticeDate: date })),
      basicPolicy: orJunk(record({ stated: bool })),
      roleSharing: orJunk(record({ stated: bool })),
      expertise: orJunk(record({ stated: bool })),
      staffAndPeriod: orJunk(record({ stated: bool })),
      memorandum: orJunk(record({ statesStaffAndPeriod: bool, concludedDate: date })),
    }),
  ),
  posts: rows(
    record({
      agreementName: choice(agreementNames),
      recipientCode: dantaiCode,
      postName: orJunk(fc.string({ maxLength: 6 })),
      occupation: choice(OCCUPATIONS),
      occupationOther: orJunk(fc.string({ maxLength: 6 })),
      employment: choice(EMPLOYMENT_TYPES),
      confirmations: orJunk(record({ mainDutyIsMunicipalSupport: bool, hiredAsSpecialist: bool })),
      dispatchForm: choice(DISPATCH_FORMS),
      periodFrom: date,
      periodTo: date,
      firstDispatchYear: bool,
      personnelCost: amount,
      contribution: amount,
    }),
  ),
  recruitmentItems: rows(record({ amount })),
  recruitedOccupations: orJunk(fc.subarray([...OCCUPATIONS])),
  outsideAreaConfirmed: bool,
});

const initiativeData = record({
  method: choice(CONSOLIDATION_METHODS),
  integrationDecisionDate: date,
  otherParties: rows(record({ dantaiCode, kind: choice(PARTY_KINDS) })),
  stages: orJunk(fc.subarray([...CONSOLIDATION_STAGES])),
  sourceFacilities: rows(
    record({ type: choice(FACILITY_TYPES), floorArea: orJunk(fc.double({ min: 0, max: 1e6 })) }),
  ),
  targetDecided: bool,
  targetFacility: orJunk(
    record({
      type: choice(FACILITY_TYPES),
      floorArea: orJunk(fc.double({ min: 0, max: 1e6 })),
      serviceStartDate: date,
    }),
  ),
  researchItems: rows(record({ amount })),
  smoothingItems: rows(record({ amount })),
  earlierReceipts: rows(record({ fiscalYear, amount })),
});

export const consolidationData = record({
  fiscalYear,
  applicant: orJunk(record({ dantaiCode })),
  initiatives: rows(initiativeData),
});
