import { html } from 'lit';
import { api } from '../api.js';
import { age, when } from '../format.js';
import { ConsolePage } from './console-page.js';

/** The amount of a tool call, when its arguments carry one (e.g. a refund's "amount"). */
function amount(args) {
  const key = Object.keys(args ?? {}).find((k) => /amount|total|sum/i.test(k));
  return key === undefined ? '' : String(args[key]);
}

/**
 * Risky tool calls waiting for a human: pending first (oldest first), then decided ones. Approve runs the exact
 * stored call once and resumes the customer's conversation; deny tells the customer politely, with the reason.
 */
class ApprovalsPage extends ConsolePage {
  static properties = { approvals: { state: true } };

  constructor() {
    super();
    this.approvals = [];
  }

  async load() {
    const list = await this.run(() => api('GET', '/approvals?size=200'));
    if (list) {
      const pending = list.filter((a) => a.status === 'PENDING').sort((a, b) => b.ageSeconds - a.ageSeconds);
      this.approvals = [...pending, ...list.filter((a) => a.status !== 'PENDING')];
    }
  }

  async decide(approval, decision) {
    const reason = this.querySelector(`#reason-${approval.id}`)?.value.trim();
    const decided = await this.run(() => api('POST', `/approvals/${approval.id}/${decision}`, reason ? { reason } : {}));
    if (decided) {
      this.notice = `Request ${decided.id} ${decided.status.toLowerCase()}`
        + (decided.result ? `: ${decided.result}` : '.');
      await this.load();
    }
  }

  render() {
    const pending = this.approvals.filter((a) => a.status === 'PENDING').length;
    return html`
      <h1>Approvals <span class="badge">${pending} pending</span></h1>
      ${this.messages()}
      <table id="approvals">
        <caption class="sr-only">Approval requests, pending first</caption>
        <thead><tr><th scope="col">Request</th><th scope="col">Status</th><th scope="col">Tool call</th>
          <th scope="col">Customer</th><th scope="col">Amount</th><th scope="col">Age</th>
          <th scope="col">Decision</th></tr></thead>
        <tbody>
          ${this.approvals.map((a) => html`<tr id="approval-${a.id}" class="status-${a.status.toLowerCase()}">
            <td>#${a.id}<br><a href="#/conversations/${a.conversationId}">conversation ${a.conversationId}</a>
              <small>(${a.channel})</small></td>
            <td><span class="badge">${a.status}</span></td>
            <td><code>${a.tool}</code><pre>${JSON.stringify(a.arguments, null, 1)}</pre></td>
            <td>${a.customerId}</td>
            <td>${amount(a.arguments)}</td>
            <td title=${when(a.requestedAt)}>${age(a.ageSeconds)}</td>
            <td>${a.status === 'PENDING' ? html`
              <label for="reason-${a.id}">Reason</label>
              <input id="reason-${a.id}" placeholder="optional, told to the customer on deny">
              <button class="approve" @click=${() => this.decide(a, 'approve')} ?disabled=${this.busy}>Approve</button>
              <button class="deny" @click=${() => this.decide(a, 'deny')} ?disabled=${this.busy}>Deny</button>`
              : html`${a.decidedBy ?? ''} <small>${when(a.decidedAt)}</small>
                ${a.reason ? html`<br><em>${a.reason}</em>` : ''}
                ${a.result ? html`<br><small>${a.resultSuccess ? 'ok' : 'failed'}: ${a.result}</small>` : ''}`}</td>
          </tr>`)}
        </tbody>
      </table>
      ${this.approvals.length === 0 && !this.busy ? html`<p>No approval requests.</p>` : ''}`;
  }
}

customElements.define('approvals-page', ApprovalsPage);
