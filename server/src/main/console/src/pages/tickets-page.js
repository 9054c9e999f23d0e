import { html } from 'lit';
import { when } from '../format.js';
import { PagedConsolePage, pager } from './console-page.js';
import { customer } from '../customer.js';

/** Tickets opened by the bot or its tools, newest first, paged. */
class TicketsPage extends PagedConsolePage {
  path(number) {
    return `/tickets?page=${number}&size=50`;
  }

  render() {
    const items = this.page?.items ?? [];
    return html`
      <h1>Tickets</h1>
      ${this.messages()}
      <table id="tickets">
        <caption class="sr-only">Tickets</caption>
        <thead><tr><th scope="col">Ticket</th><th scope="col">Status</th><th scope="col">Subject</th>
          <th scope="col">Customer</th><th scope="col">Last message</th><th scope="col">Conversation</th>
          <th scope="col">Opened</th></tr></thead>
        <tbody>
          ${items.map((t) => html`<tr id="ticket-${t.id}">
            <td>${t.number}</td><td><span class="badge">${t.status}</span></td>
            <td><details><summary>${t.subject}</summary><pre>${t.description}</pre></details></td>
            <td>${customer(t)}</td><td class="preview">${t.lastMessage ?? ''}</td>
            <td>${t.conversationId ? html`<a href="#/conversations/${t.conversationId}">#${t.conversationId}</a>` : ''}</td>
            <td>${when(t.createdAt)}</td></tr>`)}
        </tbody>
      </table>
      ${items.length === 0 && !this.busy ? html`<p>No tickets yet.</p>` : ''}
      ${pager(this.page, this.number, (d) => this.go(d))}`;
  }
}

customElements.define('tickets-page', TicketsPage);
