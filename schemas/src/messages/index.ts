export type { DomainMessageCode } from './domain-messages.ts';
export { domainMessages, formatMessage } from './domain-messages.ts';
export type { IssueCarrier, IssueLike } from './issues-by-path.ts';
export { dotPath, issuesByPath } from './issues-by-path.ts';
export { jaErrorMap, safeParseJa } from './ja-error-map.ts';
