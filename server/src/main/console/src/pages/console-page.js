import { LitElement, html } from 'lit';
import { api } from '../api.js';

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

/**
 * A page that lists one page of results at a time ({items, page, size, total} from the admin API) with
 * previous/next buttons; subclasses give the API path of page {@link number}.
 */
export class PagedConsolePage extends ConsolePage {
  static properties = { page: { state: true }, number: { state: true } };

  constructor() {
    super();
    this.page = null;
    this.number = 0;
  }

  /** @param {number} number page number from 0 @returns {string} the API path of that page */
  path(number) {
    throw new Error(`${this.localName} must say which API path it lists (page ${number})`);
  }

  async load() {
    this.page = await this.run(() => api('GET', this.path(this.number)));
  }

  go(delta) {
    this.number = Math.max(0, this.number + delta);
    this.load();
  }
}

/** Previous/next buttons for a page of results ({items, page, size, total}). */
export function pager(page, number, go) {
  if (!page) return '';
  const last = page.total !== undefined ? Math.max(0, Math.ceil(page.total / page.size) - 1) : number + 1;
  return html`<div class="pager">
    <button @click=${() => go(-1)} ?disabled=${number === 0}>Previous</button>
    <span>Page ${number + 1}${page.total !== undefined ? html` of ${last + 1} (${page.total})` : ''}</span>
    <button @click=${() => go(1)} ?disabled=${number >= last}>Next</button></div>`;
}
