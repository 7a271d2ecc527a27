export const launcherCss = `
:host { all: initial !important; }
.launcher {
  position: fixed; inset-block-end: 24px; inset-inline-end: 24px; z-index: 2147483000;
  padding: 12px 20px; border: 0; border-radius: 999px; background: #0017c1; color: #fff;
  font: bold 16px sans-serif; cursor: pointer; box-shadow: 0 2px 8px rgb(0 0 0 / 30%);
}
.launcher:focus-visible { outline: 3px solid #f5c21b; outline-offset: 2px; }
.panel {
  position: fixed; inset-block: 0; inset-inline-end: 0; z-index: 2147483000;
  inline-size: min(480px, 100vw); block-size: 100vh; border: 0;
  border-inline-start: 1px solid #767676; background: #fff; box-shadow: -2px 0 12px rgb(0 0 0 / 20%);
}
[hidden] { display: none !important; }
`;
