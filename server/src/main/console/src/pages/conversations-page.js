import { html } from 'lit';
import { api } from '../api.js';
import { age, when } from '../format.js';
import { customer } from '../customer.js';
import { PagedConsolePage, pager } from './console-page.js';

const CHANNELS = ['', 'SLACK', 'TEAMS', 'EMAIL'];
const STATUSES = ['', 'OPEN', 'WAITING_FOR_HUMAN', 'HANDED_OFF', 'CLOSED'];
const CITATION = /^Source: .*$/m;
/** How often the list and the open transcript are refreshed, in milliseconds. */
const REFRESH_MS = 3000;

/** The help-center decision an agent line rests on: kind, confidence and the passages (article#section). */
function knowledge(m) {
  let sources = [];
  try {
    sources = JSON.parse(m.knowledgeSources ?? '[]');
  } catch (e) {
    sources = [];
  }
  const cited = sources.map((s) => (s.section ? `${s.documentId}#${s.section}` : s.documentId)).join(', ');
  return `${m.knowledgeDecision.toLowerCase()} · confidence ${Number(m.knowledgeConfidence).toFixed(2)}`
    + (cited ? ` · ${cited}` : '');
}

/** One TOOL line of a transcript ("call NAME ARGS\nok: RESULT[\ndata: ...]") split into its parts. */
function toolCall(message) {
  const [call, outcome = '', ...rest] = message.content.split('\n');
  return { call: call.replace(/^call /, ''), ok: outcome.startsWith('ok:'), result: [outcome, ...rest].join('\n') };
}

/** @returns {string} how long the customer has waited for an answer, e.g. "3 min", or '' when nobody waits */
function waiting(c) {
  return c.waitingSince ? age((Date.now() - new Date(c.waitingSince).getTime()) / 1000) : '';
}

/**
 * Conversations: the customers waiting longest come first (customer, channel, last message, waiting time, assignee),
 * refreshed every few seconds without a reload; search by customer, channel and status. A transcript shows every turn
 * with the agent that answered, its tool calls (handoffs are transfer_to_* calls), the knowledge-base citation of the
 * answer, the people's replies and internal notes, and new customer messages as they arrive. A conversation waiting for
 * a person or handed to one has a reply box (the reply goes to the customer on their channel), internal notes, take
 * over, hand back to the bot and close.
 */
class ConversationsPage extends PagedConsolePage {
  static properties = {
    selected: {},
    filter: { state: true },
    transcript: { state: true },
  };

  constructor() {
    super();
    this.filter = { customer: '', channel: '', status: '' };
    this.transcript = null;
  }

  connectedCallback() {
    super.connectedCallback();
    this.timer = setInterval(() => this.refresh(), REFRESH_MS);
  }

  disconnectedCallback() {
    clearInterval(this.timer);
    super.disconnectedCallback();
  }

  /** Reloads the list and the open transcript quietly (no busy state; a failed refresh keeps what is shown). */
  async refresh() {
    if (this.busy) return;
    try {
      const [page, transcript] = await Promise.all([api('GET', this.path(this.number)),
        this.selected ? api('GET', `/conversations/${this.selected}`) : Promise.resolve(null)]);
      this.page = page;
      if (this.selected && transcript?.conversation.id === Number(this.selected)) this.transcript = transcript;
    } catch (e) {
      // the next refresh tries again; a 401 is handled by the next explicit action
    }
  }

  path(number) {
    const query = new URLSearchParams({ page: number, size: 50, sort: 'waiting' });
    Object.entries(this.filter).filter(([, v]) => v).forEach(([k, v]) => query.set(k, v));
    return `/conversations?${query}`;
  }

  updated(changed) {
    if (changed.has('selected')) this.openTranscript();
  }

  async openTranscript() {
    this.transcript = this.selected ? await this.run(() => api('GET', `/conversations/${this.selected}`)) : null;
  }

  search(event) {
    event.preventDefault();
    const form = new FormData(event.target);
    this.filter = { customer: form.get('customer').trim(), channel: form.get('channel'), status: form.get('status') };
    this.number = 0;
    this.load();
  }

  async handBack() {
    const reason = this.querySelector('#hand-back-reason')?.value.trim() || 'handed back from the console';
    await this.changeStatus('hand-back', reason, 'the bot answers again');
  }

  async changeStatus(action, reason, meaning) {
    const changed = await this.run(() => api('POST', `/conversations/${this.selected}/status`, { action, reason }));
    if (changed) {
      this.notice = `Conversation ${changed.id} is ${changed.status}: ${meaning}.`;
      await Promise.all([this.openTranscript(), this.load()]);
    }
  }

  /** Sends the reply box's text to the customer ("replies") or stores it as an internal note ("notes"). */
  async write(kind) {
    const box = this.querySelector('#reply-text');
    const text = box?.value.trim();
    if (!text) return;
    if (kind === 'replies' && this.pendingReply?.text !== text) {
      // one key per reply text: sending the same text again after a failure is the same reply, queued once
      this.pendingReply = { text, key: `console-${Date.now().toString(36)}-${Math.random().toString(36).slice(2, 12)}` };
    }
    const body = kind === 'replies' ? { text, requestKey: this.pendingReply.key } : { text };
    const done = await this.run(() => api('POST', `/conversations/${this.selected}/${kind}`, body));
    if (done) {
      if (kind === 'replies') this.pendingReply = null;
      box.value = '';
      this.notice = kind === 'replies' ? 'Reply sent to the customer.' : 'Note stored (not sent).';
      await Promise.all([this.openTranscript(), this.load()]);
    }
  }

  render() {
    return html`
      <h1>Conversations</h1>
      ${this.messages()}
      ${this.transcript ? this.renderTranscript(this.transcript) : ''}
      <form id="conversation-search" class="search" role="search" @submit=${this.search}>
        <label for="customer">Customer id</label>
        <input id="customer" name="customer" inputmode="numeric" .value=${this.filter.customer}>
        <label for="channel">Channel</label>
        <select id="channel" name="channel">${CHANNELS.map((c) => html`<option value=${c} ?selected=${this.filter.channel === c}>${c || 'any'}</option>`)}</select>
        <label for="status">Status</label>
        <select id="status" name="status">${STATUSES.map((s) => html`<option value=${s} ?selected=${this.filter.status === s}>${s || 'any'}</option>`)}</select>
        <button type="submit">Search</button>
      </form>
      <table id="conversations">
        <caption class="sr-only">Conversations, the customer waiting longest first</caption>
        <thead><tr><th scope="col">Conversation</th><th scope="col">Channel</th><th scope="col">Customer</th>
          <th scope="col">Last message</th><th scope="col">Waiting</th><th scope="col">Assignee</th>
          <th scope="col">Status</th><th scope="col">Agent</th><th scope="col">Turns</th><th scope="col">Last activity</th></tr></thead>
        <tbody>
          ${(this.page?.items ?? []).map((c) => html`<tr id="conversation-${c.id}">
            <td><a href="#/conversations/${c.id}">#${c.id}</a></td><td>${c.channel}</td>
            <td>${customer(c)}</td><td class="preview">${c.lastMessage ?? ''}</td>
            <td class="waiting">${waiting(c)}</td><td class="assignee">${c.assigneeName ?? ''}</td>
            <td><span class="badge status-${c.status.toLowerCase()}">${c.status}</span></td><td>${c.activeAgent}</td>
            <td>${c.turnCount}</td><td>${when(c.updatedAt)}</td></tr>`)}
        </tbody>
      </table>
      ${pager(this.page, this.number, (d) => this.go(d))}`;
  }

  renderTranscript({ conversation: c, messages }) {
    const turns = new Map();
    messages.forEach((m) => turns.set(m.turnNumber, [...(turns.get(m.turnNumber) ?? []), m]));
    return html`
      <section id="transcript" aria-labelledby="transcript-title" class="transcript">
        <h2 id="transcript-title">Conversation #${c.id} <small>${c.channel} · ${c.customerName ?? `customer ${c.customerId}`} ·
          <span class="badge status-${c.status.toLowerCase()}">${c.status}</span> · agent ${c.activeAgent}
          ${c.assigneeName ? html` · <span id="assignee">assigned to ${c.assigneeName}</span>` : ''}</small></h2>
        ${c.statusReason ? html`<p><em>${c.statusReason}</em></p>` : ''}
        ${c.status === 'WAITING_FOR_HUMAN' || c.status === 'HANDED_OFF' ? html`
          <div class="reply-box">
            <label for="reply-text">Reply to the customer (${c.channel}) or write an internal note</label>
            <textarea id="reply-text" rows="3" maxlength="4000"></textarea>
            <div class="actions">
              <button id="send-reply" @click=${() => this.write('replies')} ?disabled=${this.busy}>Send reply</button>
              <button id="add-note" class="secondary" @click=${() => this.write('notes')} ?disabled=${this.busy}>Add internal note</button>
              ${c.status === 'WAITING_FOR_HUMAN' ? html`<button id="take-over" class="secondary"
                @click=${() => this.changeStatus('take-over', 'taken over from the console', 'assigned to you')}
                ?disabled=${this.busy}>Take over</button>` : ''}
              <button id="close-conversation" class="secondary"
                @click=${() => this.changeStatus('close', 'closed from the console', 'closed')} ?disabled=${this.busy}>Close</button>
            </div>
          </div>
          <div class="hand-back">
            <label for="hand-back-reason">Summary</label><input id="hand-back-reason" placeholder="what was done; why the bot can take over">
            <button id="hand-back" @click=${this.handBack} ?disabled=${this.busy}>Hand back to the bot</button>
          </div>` : ''}
        ${[...turns.entries()].map(([turn, lines]) => html`
          <article class="turn" aria-label="Turn ${turn}">
            <h3>Turn ${turn}</h3>
            ${lines.map((m) => this.renderMessage(m))}
          </article>`)}
        <a href="#/conversations">Close transcript</a>
      </section>`;
  }

  renderMessage(m) {
    if (m.role === 'TOOL') {
      const t = toolCall(m);
      const handoff = (m.toolName ?? '').startsWith('transfer_to_');
      const [summary, ...details] = t.result.split('\n');
      return html`<div class="message tool ${handoff ? 'handoff' : ''} ${t.ok ? '' : 'failed'}">
        <span class="who">${handoff ? 'handoff' : `tool call by agent ${m.author}`}</span>
        <code>${t.call}</code>
        ${details.length ? html`<details><summary>${summary}</summary><pre>${details.join('\n')}</pre></details>`
          : html`<pre>${summary}</pre>`}</div>`;
    }
    const citation = m.role === 'AGENT' ? m.content.match(CITATION) : null;
    const person = m.authorName ?? m.author;
    const who = { AGENT: `agent ${m.author}`, HUMAN: `${person} (support)`, NOTE: `internal note by ${person}`,
      SYSTEM: 'system' }[m.role] ?? m.role.toLowerCase();
    return html`<div class="message ${m.role.toLowerCase()}" id="message-${m.id}">
      <span class="who">${who} · ${when(m.createdAt)}</span>
      <p>${m.content}</p>
      ${citation ? html`<p class="citation">${citation[0]}</p>` : ''}
      ${m.knowledgeDecision ? html`<p class="knowledge">${knowledge(m)}</p>` : ''}</div>`;
  }
}

customElements.define('conversations-page', ConversationsPage);
