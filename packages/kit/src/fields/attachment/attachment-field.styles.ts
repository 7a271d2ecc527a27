import { css } from 'lit';

export const attachmentFieldStyles = css`
  input[type='file'] {
    display: block;
    width: 100%;
    max-width: 32rem;
    min-height: auto;
    padding: 0.5rem;
    cursor: pointer;
  }
  input[type='file']::file-selector-button {
    font: inherit;
    margin-inline-end: 0.75rem;
    padding: 0.25rem 1rem;
    border: 1px solid var(--_primary);
    border-radius: var(--_radius);
    color: var(--_primary);
    background: var(--_background);
    cursor: pointer;
  }
  .limits {
    margin: 0 0 0.5rem;
    font-size: var(--_font-size-small);
    color: var(--_text-muted);
  }
  ul {
    list-style: none;
    margin: 0.5rem 0 0;
    padding: 0;
  }
  li {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: 0.5rem 1rem;
    padding: 0.5rem 0;
    border-bottom: 1px solid var(--_border);
  }
  .name {
    font-weight: var(--_bold);
    overflow-wrap: anywhere;
  }
  .meta {
    color: var(--_text-muted);
    font-size: var(--_font-size-small);
  }
  button {
    font: inherit;
    margin-inline-start: auto;
    padding: 0.25rem 1rem;
    min-height: 2.75rem;
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    color: var(--_text);
    background: var(--_background);
    cursor: pointer;
  }
  button:focus-visible {
    outline: 4px solid var(--_focus-outline);
    outline-offset: 2px;
    box-shadow: 0 0 0 2px var(--_focus-ring);
  }
  .visually-hidden {
    position: absolute;
    width: 1px;
    height: 1px;
    overflow: hidden;
    clip-path: inset(50%);
    white-space: nowrap;
  }
`;
