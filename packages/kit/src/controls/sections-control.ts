// The 'sections' control: a repeatable group of questions (several 連携協約, each with its own
// questions and tables). The host renders each item's questions (they are ordinary fields with
// concrete paths) and decides what add, remove and undo do; this draws the groups around them:
// one group per item headed by its label, a remove button in each, one add button after the
// last, and the 「元に戻す」 notice after a removal.
import { html, nothing, type TemplateResult } from 'lit';
import { fieldMessages } from '../field/messages.ts';

/** One item as the host gives it: its heading and its questions, already rendered. */
export interface SectionItem {
  heading: string;
  content: TemplateResult;
}

/** What a 'sections' field needs beyond a field's props. */
export interface SectionsBinding {
  items: readonly SectionItem[];
  /** The add button's text, e.g. 「＋ 連携協約を追加」. */
  addLabel: string;
  onAdd(): void;
  onRemove(index: number): void;
  /** Set right after a removal, until the next change: what was removed, and how to take it back. */
  undo?: { message: string; onUndo(): void } | undefined;
}

export const sectionsMessages = {
  heading: (label: string, n: number) => `${label} ${n}`,
  add: (label: string) => `＋ ${label}を追加`,
  added: (heading: string) => `「${heading}」を追加しました。`,
  remove: (label: string) => `この${label}を削除`,
  removed: (heading: string) => `「${heading}」を削除しました。`,
  undo: '元に戻す',
  undone: (heading: string) => `「${heading}」を元に戻しました。`,
  none: (label: string) => `${label}はまだありません。`,
} as const;

/** The id of item `index`'s heading, unique in the host's shadow root. */
export const sectionHeadingId = (path: string, index: number): string =>
  `section-${path.replaceAll('.', '-')}-${index}`;

interface SectionsProps {
  path: string;
  label: string;
  hint: string;
  required: boolean;
  error: string;
  sections?: SectionsBinding | undefined;
}

/** The groups of a 'sections' field; without a binding, the count of items. */
export function sectionsField(p: SectionsProps, errorText: (error: string) => unknown) {
  const binding = p.sections;
  if (!binding) return html`<output data-path=${p.path}>${p.label}</output>`;
  const badge = p.required ? fieldMessages.required : fieldMessages.optional;
  return html`<fieldset class="sections" data-path=${p.path}>
    <legend>${p.label}<span class="badge ${p.required ? 'required' : 'optional'}">${badge}</span></legend>
    ${p.hint ? html`<p class="hint">${p.hint}</p>` : nothing} ${errorText(p.error)}
    ${binding.items.length === 0 ? html`<p class="sections-empty">${sectionsMessages.none(p.label)}</p>` : nothing}
    ${binding.items.map((item, index) => {
      const id = sectionHeadingId(p.path, index);
      // A group named by its heading (not a landmark per item: a page may hold many).
      return html`<div class="section-item" role="group" data-item=${`${p.path}.${index}`} aria-labelledby=${id}>
        <h4 class="section-heading" id=${id} tabindex="-1">${item.heading}</h4>
        ${item.content}
        <div class="section-actions">
          <button type="button" class="secondary remove-item" aria-describedby=${id}
            @click=${() => binding.onRemove(index)}>${sectionsMessages.remove(p.label)}</button>
        </div>
      </div>`;
    })}
    ${
      binding.undo
        ? html`<div class="notice section-undo"><p>${binding.undo.message}</p>
          <button type="button" class="secondary" @click=${binding.undo.onUndo}>${sectionsMessages.undo}</button></div>`
        : nothing
    }
    <button type="button" class="secondary add-item" @click=${binding.onAdd}>${binding.addLabel}</button>
  </fieldset>`;
}
