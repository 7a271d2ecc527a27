/** One saved draft. `raw` keeps inputs that could not be parsed, by schema path. */
export interface DraftRecord {
  id: string;
  formId: string;
  schemaVersion: number;
  rev: number;
  data: unknown;
  raw: Record<string, string>;
  step: string;
  /** The furthest step the user reached, so every step before it stays reachable on reopening. */
  reached?: string;
  attachments: DraftAttachment[];
  title: string;
  updatedAt: string;
}

/** A file the user attached, kept as a Blob so nothing is re-encoded. */
export interface DraftAttachment {
  id: string;
  name: string;
  type: string;
  size: number;
  blob: Blob;
}
