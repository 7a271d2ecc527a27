// Waits for a state, never for a fixed time: polls `check` until it holds. The only limit is
// the test's own timeout, so a busy machine makes a test slower, not red.
export async function waitFor<T>(
  check: () => T | Promise<T>,
  what: string,
): Promise<NonNullable<T>> {
  const started = performance.now();
  for (;;) {
    const value = await check();
    if (value) return value as NonNullable<T>;
    if (performance.now() - started > 18_000) throw new Error(`待っても満たされません：${what}`);
    await new Promise((resolve) => requestAnimationFrame(resolve));
  }
}

/** Resolves with the file the next download link offers (the link is not followed). */
export function nextDownload(root: ShadowRoot): Promise<{ name: string; blob: Blob }> {
  return new Promise((resolve) => {
    const onClick = async (event: Event) => {
      const link = event.target as HTMLAnchorElement;
      if (!(link instanceof HTMLAnchorElement) || !link.download) return;
      event.preventDefault();
      root.removeEventListener('click', onClick, true);
      resolve({ name: link.download, blob: await (await fetch(link.href)).blob() });
    };
    root.addEventListener('click', onClick, true);
  });
}

/** Waits until every Lit element under `root` has rendered (nested shadow roots included). */
export async function rendered(root: ParentNode): Promise<void> {
  for (const el of root.querySelectorAll<HTMLElement & { updateComplete?: Promise<unknown> }>(
    '*',
  )) {
    if (el.updateComplete) await el.updateComplete;
    if (el.shadowRoot) await rendered(el.shadowRoot);
  }
}

/** Waits until an element and every part inside it have rendered the last change. */
export async function settled(
  el: HTMLElement & { updateComplete: Promise<unknown> },
): Promise<void> {
  await el.updateComplete;
  await rendered(el.shadowRoot!);
  await el.updateComplete;
}

/** The button in `el`'s shadow root whose text is `name`. */
export const buttonNamed = (el: Element, name: string): HTMLButtonElement =>
  [...el.shadowRoot!.querySelectorAll('button')].find((b) => b.textContent?.trim() === name)!;
