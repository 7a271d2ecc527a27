// Where files come in: the picker and drop zone, the progress while they are read and checked,
// and the files refused, each with its reason.
import { html, nothing } from 'lit';
import type { RefusedFile } from '../received-claim.ts';
import { rollupText as t } from './rollup-text.ts';

const acceptedFiles = '.pdf,.json,application/pdf,application/json';

export interface Progress {
  phase: 'reading' | 'checking';
  done: number;
  total: number;
}

export interface IntakeHost {
  dragging: boolean;
  onFiles(files: File[]): void;
  onDragging(dragging: boolean): void;
}

export function renderDropZone(host: IntakeHost) {
  const onPick = (event: Event) => {
    const input = event.target as HTMLInputElement;
    host.onFiles([...(input.files ?? [])]);
    input.value = '';
  };
  const onDragOver = (event: DragEvent) => {
    event.preventDefault();
    host.onDragging(true);
  };
  const onDrop = (event: DragEvent) => {
    event.preventDefault();
    host.onDragging(false);
    host.onFiles([...(event.dataTransfer?.files ?? [])]);
  };
  return html`<div class="drop-zone no-print ${host.dragging ? 'dragging' : ''}"
    @dragover=${onDragOver} @dragleave=${() => host.onDragging(false)} @drop=${onDrop}>
    <label for="files">${t.pickLabel}</label>
    <input id="files" type="file" multiple accept=${acceptedFiles} aria-describedby="files-hint"
      @change=${onPick} />
    <p id="files-hint" class="hint">${t.pickHint}${t.dropHint}</p>
  </div>`;
}

/** The bar is for the eye; the element's polite live region says the same every tenth of the way. */
export function renderProgress(progress: Progress | undefined) {
  if (!progress) return nothing;
  const { phase, done, total } = progress;
  const text = phase === 'reading' ? t.reading(done, total) : t.checking(done, total);
  return html`<div class="progress no-print">
    <progress aria-label=${t.progressLabel} max=${total} .value=${done}></progress>
    <span aria-hidden="true">${text}</span>
  </div>`;
}

export function renderRefused(refused: readonly RefusedFile[], onClear: () => void) {
  if (refused.length === 0) return nothing;
  return html`<section class="refused no-print" aria-labelledby="refused-title">
    <h3 id="refused-title">${t.refusedTitle}（${refused.length}件）</h3>
    <ul>${refused.map((r) => html`<li><span class="file">${r.fileName}</span>：${r.message}</li>`)}</ul>
    <button type="button" class="link" @click=${onClear}>${t.clearRefused}</button>
  </section>`;
}
