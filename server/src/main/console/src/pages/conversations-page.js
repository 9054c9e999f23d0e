import { html } from 'lit';
import { api } from '../api.js';
import { when } from '../format.js';
import { customer } from '../customer.js';
import { PagedConsolePage, pager } from './console-page.js';

const CHANNELS = ['', 'SLACK', 'TEAMS', 'EMAIL'];
const STATUSES = ['', 'OPEN', 'WAITING_FOR_HUMAN', 'HANDED_OFF', 'CLOSED'];
const CITATION = /^Source: .*$/m;

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

/**
 * Conversations: search by customer, channel and status; a transcript shows every turn with the agent that answered,
 * its tool calls (handoffs are transfer_to_* calls), and the knowledge-base citation of the answer. A conversation
 * waiting for a human can be handed back to the bot here.
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

  path(number) {
    const query = new URLSearchParams({ page: number, size: 50 });
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
    const changed = await this.run(() => api('POST', `/conversations/${this.selected}/status`,
      { action: 'hand-back', reason }));
    if (changed) {
      this.notice = `Conversation ${changed.id} is ${changed.status}: the bot answers again.`;
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
        <caption class="sr-only">Conversations, most recently active first</caption>
        <thead><tr><th scope="col">Conversation</th><th scope="col">Channel</th><th scope="col">Customer</th>
          <th scope="col">Last message</th>
          <th scope="col">Status</th><th scope="col">Agent</th><th scope="col">Turns</th><th scope="col">Last activity</th></tr></thead>
        <tbody>
          ${(this.page?.items ?? []).map((c) => html`<tr id="conversation-${c.id}">
            <td><a href="#/conversations/${c.id}">#${c.id}</a></td><td>${c.channel}</td>
            <td>${customer(c)}</td><td class="preview">${c.lastMessage ?? ''}</td>
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
          <span class="badge status-${c.status.toLowerCase()}">${c.status}</span> · agent ${c.activeAgent}</small></h2>
        ${c.statusReason ? html`<p><em>${c.statusReason}</em></p>` : ''}
        ${c.status === 'WAITING_FOR_HUMAN' || c.status === 'HANDED_OFF' ? html`
          <div class="hand-back">
            <label for="hand-back-reason">Note</label><input id="hand-back-reason" placeholder="why the bot can take over">
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
    return html`<div class="message ${m.role.toLowerCase()}">
      <span class="who">${m.role === 'AGENT' ? `agent ${m.author}` : m.role.toLowerCase()} · ${when(m.createdAt)}</span>
      <p>${m.content}</p>
      ${citation ? html`<p class="citation">${citation[0]}</p>` : ''}
      ${m.knowledgeDecision ? html`<p class="knowledge">${knowledge(m)}</p>` : ''}</div>`;
  }
}

customElements.define('conversations-page', ConversationsPage);
