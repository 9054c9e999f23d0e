import { html } from 'lit';
import { api } from '../api.js';
import { when } from '../format.js';
import { ConsolePage } from './console-page.js';

/**
 * Knowledge answers held by the review band (SWITCHBOARD_REVIEW_BELOW), oldest first: the draft, its confidence and
 * the passage it rests on. Approve sends the draft, edit-and-send sends the text in the box instead, reject sends
 * nothing. Every decision is in the audit log with who made it.
 */
class ReviewsPage extends ConsolePage {
  static properties = { reviews: { state: true } };

  constructor() {
    super();
    this.reviews = [];
  }

  async load() {
    const list = await this.run(() => api('GET', '/reviews?status=PENDING&size=200'));
    if (list) {
      this.reviews = list;
    }
  }

  async decide(review, decision) {
    let body = {};
    if (decision === 'edit') {
      body = { text: this.querySelector(`#text-${review.id}`)?.value ?? '' };
    }
    const decided = await this.run(() => api('POST', `/reviews/${review.id}/${decision}`, body));
    if (decided) {
      this.notice = `Answer ${decided.id} ${decided.status.toLowerCase()}.`;
      await this.load();
    }
  }

  render() {
    return html`
      <h1>Reviews <span class="badge">${this.reviews.length} pending</span></h1>
      ${this.messages()}
      <table id="reviews">
        <caption class="sr-only">Knowledge answers waiting for a person, oldest first</caption>
        <thead><tr><th scope="col">Answer</th><th scope="col">Confidence</th><th scope="col">Rests on</th>
          <th scope="col">Draft</th><th scope="col">Decision</th></tr></thead>
        <tbody>
          ${this.reviews.map((r) => html`<tr id="review-${r.id}">
            <td>#${r.id}<br><a href="#/conversations/${r.conversationId}">conversation ${r.conversationId}</a>
              <small>(${r.channel})</small><br><small>${when(r.createdAt)}</small></td>
            <td>${r.confidence.toFixed(2)}</td>
            <td><code>${r.documentId}</code>${r.section ? html`<br><small>${r.section}</small>` : ''}</td>
            <td><label for="text-${r.id}" class="sr-only">Reply to send</label>
              <textarea id="text-${r.id}" rows="8" cols="60" .value=${r.text}></textarea></td>
            <td>
              <button class="approve" @click=${() => this.decide(r, 'approve')} ?disabled=${this.busy}>Approve</button>
              <button class="edit" @click=${() => this.decide(r, 'edit')} ?disabled=${this.busy}>Edit and send</button>
              <button class="deny" @click=${() => this.decide(r, 'reject')} ?disabled=${this.busy}>Reject</button>
            </td>
          </tr>`)}
        </tbody>
      </table>
      ${this.reviews.length === 0 && !this.busy ? html`<p>No answers waiting for review.</p>` : ''}`;
  }
}

customElements.define('reviews-page', ReviewsPage);
