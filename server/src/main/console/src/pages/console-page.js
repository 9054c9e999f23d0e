import { LitElement, html } from 'lit';

/**
 * Base of every console page: light DOM rendering (one global stylesheet, plain DOM for assistive technology and
 * browser tests), an error line and a helper that runs an API call while showing that the page is busy.
 */
export class ConsolePage extends LitElement {
  static properties = {
    error: { state: true },
    notice: { state: true },
    busy: { state: true },
  };

  constructor() {
    super();
    this.error = '';
    this.notice = '';
    this.busy = false;
  }

  createRenderRoot() { return this; }

  connectedCallback() {
    super.connectedCallback();
    this.load();
  }

  /** Loads the page's data; pages override it. */
  async load() {}

  /**
   * Runs an API call, keeping {@link error} up to date.
   * @param {() => Promise<any>} call the call
   * @returns {Promise<any>} its result, or undefined when it failed
   */
  async run(call) {
    this.busy = true;
    this.error = '';
    try {
      return await call();
    } catch (e) {
      this.error = e.message;
      if (e.status === 401) window.dispatchEvent(new Event('switchboard-signed-out'));
      return undefined;
    } finally {
      this.busy = false;
    }
  }

  /** The status lines every page shows under its title. */
  messages() {
    return html`
      <p class="error" role="alert">${this.error}</p>
      <p class="notice" role="status">${this.notice}</p>`;
  }
}
