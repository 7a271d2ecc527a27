// Remembers, per host page, the draft and step in use, so a reload or a return to the page
// reopens that draft at that step. Storage may be blocked: then the chooser simply shows.
export interface ResumePoint {
  formId: string;
  draftId: string;
  step: string;
}

const key = () => `koiki-assistant:resume:${globalThis.location?.pathname ?? ''}`;

export function rememberedResumePoint(): ResumePoint | undefined {
  try {
    const value = JSON.parse(localStorage.getItem(key()) ?? 'null') as ResumePoint | null;
    const ok =
      typeof value?.formId === 'string' &&
      typeof value.draftId === 'string' &&
      typeof value.step === 'string';
    return ok ? value : undefined;
  } catch {
    return undefined;
  }
}

/** Remembers `point`, or forgets it when undefined (the user went back to the chooser). */
export function rememberResumePoint(point: ResumePoint | undefined): void {
  try {
    if (point) localStorage.setItem(key(), JSON.stringify(point));
    else localStorage.removeItem(key());
  } catch {
    // nothing to remember with; the chooser shows next time
  }
}
