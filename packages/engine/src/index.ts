// @koiki/engine: a form session from a form definition. DOM-free; runs in Node and the browser.
export {
  checkDefinition,
  type DefinitionProblem,
} from './definition-check.ts';
export type {
  Answer,
  DraftData,
  FieldControl,
  FieldDefinition,
  FieldOption,
  FormDefinition,
  FormOutline,
  FormSchema,
  RevealCondition,
  SchemaIssue,
  SchemaResult,
  StepDefinition,
  StepKind,
} from './form-definition.ts';
export { hasContract } from './form-definition.ts';
export { groupByPath, type Issue, type RawValues } from './issues.ts';
export { messages as engineMessages } from './messages.ts';
export { getAt, isWithin, joinPath, removeAt, setAt, splitPath } from './path.ts';
export { answerReveals, isRequired, type Reveal, revealUnder } from './reveal.ts';
export { expandFields, itemPath, type PlacedQuestion, type SectionPlace } from './sections.ts';
export {
  createSession,
  FormSession,
  type SessionChange,
  type SessionListener,
  type SessionSnapshot,
  type StepResult,
  type SubmitPayload,
} from './session.ts';
export { hiddenPaths, shownFields, visibleFields, visibleSteps } from './visibility.ts';
