import { html } from 'lit';
import { api } from '../api.js';
import { when } from '../format.js';
import { ConsolePage } from './console-page.js';
import { pager } from './tickets-page.js';

/** The audit log: who changed what and when (admins, the bot, the system), newest first. */
class AuditPage extends ConsolePage {
  static properties = { page: { state: true }, number: { state: true } };

  constructor() {
    super();
    this.page = null;
    this.number = 0;
  }

  async load() {
    this.page = await this.run(() => api('GET', `/audit?page=${this.number}&size=50`));
  }

  go(delta) {
    this.number = Math.max(0, this.number + delta);
    this.load();
  }

  render() {
    const items = this.page?.items ?? [];
    return html`
      <h1>Audit log</h1>
      ${this.messages()}
      <table id="audit">
        <caption class="sr-only">Audit entries</caption>
        <thead><tr><th scope="col">When</th><th scope="col">Who</th><th scope="col">Action</th>
          <th scope="col">Subject</th><th scope="col">Details</th></tr></thead>
        <tbody>
          ${items.map((a) => html`<tr>
            <td>${when(a.occurredAt)}</td><td>${a.actor}</td><td><code>${a.action}</code></td>
            <td>${a.subject}</td><td class="details">${a.details ?? ''}</td></tr>`)}
        </tbody>
      </table>
      ${pager(this.page, this.number, (d) => this.go(d))}`;
  }
}

customElements.define('audit-page', AuditPage);
