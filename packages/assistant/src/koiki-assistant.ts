import { type FormEntry, formRegistry } from '@koiki/forms';
import { html, LitElement } from 'lit';
import { assistantStyles } from './koiki-assistant.styles.ts';
import { rememberedPanelOpen, rememberPanelOpen } from './panel-memory.ts';
import { clampPanelWidth, panelWidth, panelWidthSheet, setPanelWidth } from './panel-width.ts';
import { translationFor } from './translations/index.ts';

export type AssistantMode = 'inline' | 'panel';

/** The embeddable assistant: one element, inline in the page or as a side panel. */
export class KoikiAssistant extends LitElement {
  static override properties = {
    form: { type: String, reflect: true },
    mode: { type: String, reflect: true },
    lang: { noAccessor: true },
    submitUrl: { type: String, attribute: 'submit-url' },
    assetsBase: { type: String, attribute: 'assets-base' },
    open: { type: Boolean, state: true },
  };
  static override styles = assistantStyles;

  form: string | null = null;
  mode: AssistantMode = 'inline';
  submitUrl: string | null = null;
  assetsBase: string | null = null;
  open = false;
  private width = panelWidth.initial;
  private readonly widthSheet = panelWidthSheet();

  override attributeChangedCallback(name: string, old: string | null, value: string | null): void {
    super.attributeChangedCallback(name, old, value);
    // `lang` keeps its native accessor, so Lit is told of a change here.
    if (name === 'lang') this.requestUpdate();
  }

  override connectedCallback(): void {
    super.connectedCallback();
    this.open = rememberedPanelOpen();
  }

  protected override firstUpdated(): void {
    const root = this.renderRoot as ShadowRoot;
    root.adoptedStyleSheets = [...root.adoptedStyleSheets, this.widthSheet];
  }

  private get text() {
    return translationFor(this.lang);
  }

  override render() {
    return this.mode === 'panel'
      ? this.renderPanel()
      : html`<section class="inline" aria-labelledby="title">
      <h2 id="title" part="title">${this.text.title}</h2>
      ${this.renderContent()}
    </section>`;
  }

  private renderPanel() {
    if (!this.open) {
      return html`<button class="launcher" part="launcher" @click=${() => this.setOpen(true)}>
        ${this.text.openPanel}
      </button>`;
    }
    return html`<aside class="panel" part="panel" aria-labelledby="title" @keydown=${this.onPanelKeydown}>
      <div
        class="resize"
        role="separator"
        tabindex="0"
        aria-orientation="vertical"
        aria-label=${this.text.resizeHandle}
        aria-describedby="resize-hint"
        aria-valuemin=${panelWidth.min}
        aria-valuemax=${panelWidth.max}
        aria-valuenow=${this.width}
        @keydown=${this.onResizeKey}
        @pointerdown=${this.onResizeStart}
      ></div>
      <span id="resize-hint" class="visually-hidden">${this.text.resizeHint}</span>
      <div class="panel-header">
        <h2 id="title" part="title">${this.text.title}</h2>
        <button class="close" @click=${() => this.setOpen(false)}>${this.text.closePanel}</button>
      </div>
      <div class="panel-body">${this.renderContent()}</div>
    </aside>`;
  }

  private renderContent() {
    const chosen = formRegistry.find((f) => f.id === this.form);
    if (chosen) return html`<p lang="ja">${chosen.title}</p>`;
    return html`<p>${this.text.chooseForm}</p>
      <ul class="form-list" part="form-list">
        ${formRegistry.map((entry) => this.renderChoice(entry))}
      </ul>`;
  }

  private renderChoice(entry: FormEntry) {
    return html`<li>
      <button class="form-choice" @click=${() => this.choose(entry.id)}>
        <span class="name" lang="ja">${entry.title}</span>
        <span class="summary" lang="ja">${entry.summary}</span>
      </button>
    </li>`;
  }

  private choose(formId: string) {
    this.form = formId;
  }

  /** Opens or closes the side panel, remembering the choice and moving focus sensibly. */
  async setOpen(open: boolean) {
    this.open = open;
    rememberPanelOpen(open);
    await this.updateComplete;
    const target = this.renderRoot.querySelector<HTMLElement>(open ? '.close' : '.launcher');
    target?.focus();
  }

  private onPanelKeydown = (event: KeyboardEvent) => {
    if (event.key === 'Escape') {
      event.stopPropagation();
      void this.setOpen(false);
    }
  };

  private onResizeKey = (event: KeyboardEvent) => {
    const delta = { ArrowLeft: panelWidth.step, ArrowRight: -panelWidth.step }[event.key];
    if (delta === undefined) return;
    event.preventDefault();
    this.resizeTo(this.width + delta);
  };

  private onResizeStart = (event: PointerEvent) => {
    const handle = event.currentTarget as HTMLElement;
    handle.setPointerCapture(event.pointerId);
    const move = (e: PointerEvent) => this.resizeTo(window.innerWidth - e.clientX);
    const stop = () => {
      handle.removeEventListener('pointermove', move);
      handle.removeEventListener('pointerup', stop);
    };
    handle.addEventListener('pointermove', move);
    handle.addEventListener('pointerup', stop);
  };

  private resizeTo(width: number) {
    this.width = clampPanelWidth(width, window.innerWidth);
    setPanelWidth(this.widthSheet, this.width);
    this.requestUpdate();
  }
}

if (!customElements.get('koiki-assistant'))
  customElements.define('koiki-assistant', KoikiAssistant);
