export {
  consolidationMessages,
  formatConsolidationMessage,
} from './consolidation-claim-messages.ts';
export type { DomainMessageCode, MessageFormatter, MessageTable } from './domain-messages.ts';
export { domainMessages, formatMessage, messageFormatter } from './domain-messages.ts';
export type { IssueCarrier, IssueLike } from './issues-by-path.ts';
export { dotPath, issuesByPath } from './issues-by-path.ts';
export { jaErrorMap, safeParseJa } from './ja-error-map.ts';
export {
  formatDispatchMessage,
  specialistDispatchMessages,
} from './specialist-dispatch-messages.ts';
