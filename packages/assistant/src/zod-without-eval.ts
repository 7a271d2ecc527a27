// Classic zod probes for `new Function` when each object schema is built, and a strict
// Content-Security-Policy reports that probe as a violation even though zod catches it. The shared
// schemas use zod/mini (no compiled fast path, no probe); this still covers a form written with classic zod.
// zod reads its settings from `globalThis.__zod_globalConfig` (it creates that object itself when
// it loads), so setting `jitless` there before the form code loads avoids the probe entirely.
interface ZodGlobal {
  __zod_globalConfig?: { jitless?: boolean };
}

export function validateWithoutEval(): void {
  const global = globalThis as ZodGlobal;
  global.__zod_globalConfig ??= {};
  global.__zod_globalConfig.jitless = true;
}
