export { KoikiAssistant } from './koiki-assistant.ts';
