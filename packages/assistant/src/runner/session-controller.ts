// Re-renders its host whenever the form session changes.
import type { FormSession } from '@koiki/engine';
import type { ReactiveController, ReactiveControllerHost } from 'lit';

export class SessionController implements ReactiveController {
  #unsubscribe: (() => void) | undefined;

  constructor(
    private readonly host: ReactiveControllerHost,
    private readonly session: () => FormSession<unknown> | undefined,
  ) {
    host.addController(this);
  }

  /** Call when the session object itself is replaced. */
  watch(): void {
    this.#unsubscribe?.();
    this.#unsubscribe = this.session()?.subscribe(() => this.host.requestUpdate());
  }

  hostConnected(): void {
    this.watch();
  }

  hostDisconnected(): void {
    this.#unsubscribe?.();
    this.#unsubscribe = undefined;
  }
}
