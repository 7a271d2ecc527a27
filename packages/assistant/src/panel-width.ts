// The panel's width lives in a constructable stylesheet, not a style attribute, so a strict
// Content-Security-Policy (style-src 'self') has nothing to block.
export const panelWidth = { min: 320, max: 960, initial: 480, step: 32 };

export function clampPanelWidth(width: number, viewport: number): number {
  const max = Math.min(panelWidth.max, Math.max(panelWidth.min, viewport - 48));
  return Math.round(Math.min(max, Math.max(panelWidth.min, width)));
}

export function panelWidthSheet(): CSSStyleSheet {
  const sheet = new CSSStyleSheet();
  setPanelWidth(sheet, panelWidth.initial);
  return sheet;
}

export function setPanelWidth(sheet: CSSStyleSheet, width: number): void {
  sheet.replaceSync(`:host { --koiki-panel-width: ${width}px; }`);
}
