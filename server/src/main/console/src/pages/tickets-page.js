import { html } from 'lit';
import { api } from '../api.js';
import { when } from '../format.js';
import { ConsolePage } from './console-page.js';

/** Tickets opened by the bot or its tools, newest first, paged. */
class TicketsPage extends ConsolePage {
  static properties = { page: { state: true }, number: { state: true } };

  constructor() {
    super();
    this.page = null;
    this.number = 0;
  }

  async load() {
    this.page = await this.run(() => api('GET', `/tickets?page=${this.number}&size=50`));
  }

  go(delta) {
    this.number = Math.max(0, this.number + delta);
    this.load();
  }

  render() {
    const items = this.page?.items ?? [];
    return html`
      <h1>Tickets</h1>
      ${this.messages()}
      <table id="tickets">
        <caption class="sr-only">Tickets</caption>
        <thead><tr><th scope="col">Ticket</th><th scope="col">Status</th><th scope="col">Subject</th>
          <th scope="col">Customer</th><th scope="col">Conversation</th><th scope="col">Opened</th></tr></thead>
        <tbody>
          ${items.map((t) => html`<tr>
            <td>${t.number}</td><td><span class="badge">${t.status}</span></td>
            <td><details><summary>${t.subject}</summary><pre>${t.description}</pre></details></td>
            <td>${t.customerId}</td>
            <td>${t.conversationId ? html`<a href="#/conversations/${t.conversationId}">#${t.conversationId}</a>` : ''}</td>
            <td>${when(t.createdAt)}</td></tr>`)}
        </tbody>
      </table>
      ${items.length === 0 && !this.busy ? html`<p>No tickets yet.</p>` : ''}
      ${pager(this.page, this.number, (d) => this.go(d))}`;
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

customElements.define('tickets-page', TicketsPage);
