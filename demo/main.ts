// The demo portal loads the assistant the way a real portal would: one module.
import '@koiki/assistant/koiki-assistant.js';
