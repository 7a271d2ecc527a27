// <koiki-save-status>: the quiet 「保存しました」 line, drawn on its own. Every autosave changes it
// twice (saving, saved); redrawing only this line keeps a save from redrawing the whole step.
import type { AutosaveController } from '@koiki/drafts';
import { html, LitElement } from 'lit';
import { saveStatusText } from './save-status.ts';

export class KoikiSaveStatus extends LitElement {
  static override properties = { autosave: { attribute: false } };

  autosave: AutosaveController | undefined = undefined;
  #stop: (() => void) | undefined;

  // Light DOM: the runner's styles (.save-status) reach it, and the role=status stays in its tree.
  protected override createRenderRoot() {
    return this;
  }

  override connectedCallback(): void {
    super.connectedCallback();
    this.#listen();
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.#stop?.();
    this.#stop = undefined;
  }

  protected override willUpdate(changed: Map<string, unknown>): void {
    if (changed.has('autosave') && this.isConnected) this.#listen();
  }

  #listen(): void {
    this.#stop?.();
    this.#stop = this.autosave?.subscribe((event) => {
      if (event.type === 'status') this.requestUpdate();
    });
  }

  protected override render() {
    const status = this.autosave?.status;
    return html`<p class="save-status" role="status">${status ? saveStatusText(status) : ''}</p>`;
  }
}

if (!customElements.get('koiki-save-status'))
  customElements.define('koiki-save-status', KoikiSaveStatus);
