import { html } from 'lit';
import { when } from '../format.js';
import { PagedConsolePage, pager } from './console-page.js';

/** The audit log: who changed what and when (admins, the bot, the system), newest first. */
class AuditPage extends PagedConsolePage {
  path(number) {
    return `/audit?page=${number}&size=50`;
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
