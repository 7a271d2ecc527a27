// 連携協約に基づく専門人材派遣 as the shared contract knows it.
import { calculateSpecialistDispatch } from '../calculators/specialist-dispatch-calculator.ts';
import { specialistDispatchMessages } from '../messages/specialist-dispatch-messages.ts';
import {
  specialistFromVersion1,
  specialistVersionOfData,
} from '../migrations/specialist-dispatch-v1.ts';
import { specialistDispatchRules } from '../rules/specialist-dispatch-rules.ts';
import { defineFormContract } from './form-contract.ts';
import { specialistDispatchFields, specialistDispatchSchema } from './specialist-dispatch.ts';
import {
  DISPATCH_ATTACHMENT_KINDS,
  DISPATCH_FORMS,
  DISPATCH_ROLES,
  EMPLOYMENT_TYPES,
  OCCUPATIONS,
} from './specialist-dispatch-choices.ts';
import { specialistDispatchIdentity } from './specialist-dispatch-identity.ts';

export const specialistDispatchContract = defineFormContract({
  ...specialistDispatchIdentity,
  schema: specialistDispatchSchema,
  fields: specialistDispatchFields,
  calculate: (data) => calculateSpecialistDispatch(data),
  rules: specialistDispatchRules,
  messages: specialistDispatchMessages,
  // Listed, not `import * as`: a namespace object costs the bundle a runtime helper chunk.
  choices: {
    DISPATCH_ROLES,
    OCCUPATIONS,
    EMPLOYMENT_TYPES,
    DISPATCH_FORMS,
    DISPATCH_ATTACHMENT_KINDS,
  },
  migrate: { 1: specialistFromVersion1 },
  versionOfData: (data) => specialistVersionOfData(data, specialistDispatchIdentity.schemaVersion),
});
