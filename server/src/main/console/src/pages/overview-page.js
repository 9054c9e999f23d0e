import { html } from 'lit';
import {
  ArcElement, BarController, BarElement, CategoryScale, Chart, DoughnutController, Legend, LinearScale, Tooltip,
} from 'chart.js';
import { api } from '../api.js';
import { age, millis, percent } from '../format.js';
import { ConsolePage } from './console-page.js';

Chart.register(ArcElement, BarController, BarElement, CategoryScale, DoughnutController, Legend, LinearScale, Tooltip);

const COLORS = { SLACK: '#4a154b', TEAMS: '#4b53bc', EMAIL: '#0b7a75' };

/** @param {number|null} average a CSAT average 1-5 @returns {string} e.g. "4.3 / 5", or '–' */
function score(average) {
  return average === null || average === undefined ? '–' : `${average.toFixed(1)} / 5`;
}

/**
 * The figures a support lead asks for over the last N days: conversations per channel per day (chart), share
 * resolved without a human (deflection), escalations, approval turnaround, reply latency p50/p90, tool errors,
 * customer satisfaction (average, distribution, per channel and per bot or person), people's first-response time
 * p50/p90 and SLA breaches.
 */
class OverviewPage extends ConsolePage {
  static properties = { overview: { state: true }, days: { state: true } };

  constructor() {
    super();
    this.overview = null;
    this.days = 14;
    this.charts = [];
  }

  async load() {
    this.overview = await this.run(() => api('GET', `/overview?days=${this.days}`));
  }

  disconnectedCallback() {
    this.charts.forEach((c) => c.destroy());
    super.disconnectedCallback();
  }

  updated() {
    this.charts.forEach((c) => c.destroy());
    this.charts = [];
    const o = this.overview;
    if (!o) return;
    const perDay = this.querySelector('#per-day-chart');
    if (perDay) {
      this.charts.push(new Chart(perDay, {
        type: 'bar',
        data: {
          labels: o.days,
          datasets: o.channels.map((channel) => ({
            label: channel,
            data: o.days.map((day) => o.perDay.find((p) => p.day === day && p.channel === channel)?.conversations ?? 0),
            backgroundColor: COLORS[channel] ?? '#888',
          })),
        },
        options: { animation: false, responsive: true, maintainAspectRatio: false,
          scales: { x: { stacked: true }, y: { stacked: true, beginAtZero: true, ticks: { precision: 0 } } } },
      }));
    }
    const outcome = this.querySelector('#outcome-chart');
    if (outcome && o.conversations > 0) {
      this.charts.push(new Chart(outcome, {
        type: 'doughnut',
        data: {
          labels: ['Resolved by the bot', 'Escalated to a person', 'Other'],
          datasets: [{ data: [o.deflected, o.escalatedConversations, Math.max(0, o.conversations - o.deflected - o.escalatedConversations)],
            backgroundColor: ['#1a7f37', '#bf3989', '#8c959f'] }],
        },
        options: { animation: false, responsive: true, maintainAspectRatio: false },
      }));
    }
  }

  /** The CSAT distribution (1-5) and the averages per channel and per who resolved the conversation. */
  renderCsat(csat) {
    return html`
      <section id="csat" aria-labelledby="csat-heading">
        <h2 id="csat-heading">Customer satisfaction</h2>
        <table id="csat-distribution"><caption>Ratings given</caption>
          <thead><tr>${[1, 2, 3, 4, 5].map((n) => html`<th scope="col">${n}</th>`)}</tr></thead>
          <tbody><tr>${csat.distribution.map((count, i) => html`<td id="csat-score-${i + 1}">${count}</td>`)}</tr></tbody>
        </table>
        <table id="csat-groups"><caption>Average rating</caption>
          <thead><tr><th scope="col">Channel or resolved by</th><th scope="col">Asked</th><th scope="col">Rated</th>
            <th scope="col">Average</th></tr></thead>
          <tbody>${[...csat.byChannel, ...csat.byResolver].map((g) => html`
            <tr id="csat-group-${g.group}"><th scope="row">${g.group}</th><td>${g.requested}</td><td>${g.rated}</td>
              <td>${score(g.average)}</td></tr>`)}</tbody>
        </table>
      </section>`;
  }

  changeDays(event) {
    this.days = Number(event.target.value);
    this.load();
  }

  render() {
    const o = this.overview;
    return html`
      <h1>Overview</h1>
      <label for="days">Period</label>
      <select id="days" @change=${this.changeDays}>
        ${[7, 14, 30, 90].map((d) => html`<option value=${d} ?selected=${d === this.days}>last ${d} days</option>`)}
      </select>
      ${this.messages()}
      ${o ? html`
        <dl class="figures" id="figures">
          <div><dt>Conversations</dt><dd id="figure-conversations">${o.conversations}</dd></div>
          <div><dt>Resolved without a human</dt><dd id="figure-deflection">${percent(o.deflectionRate)}</dd></div>
          <div><dt>Escalations</dt><dd id="figure-escalations">${o.escalations}</dd></div>
          <div><dt>Approval turnaround (median)</dt><dd>${o.approvals.decided ? age(o.approvals.p50Seconds) : '–'}
            <small>${o.approvals.decided} decided, ${o.approvals.pending} pending</small></dd></div>
          <div><dt>Reply latency p50 / p90</dt><dd id="figure-latency">${millis(o.replyLatency.p50Millis)} / ${millis(o.replyLatency.p90Millis)}</dd></div>
          <div><dt>Tool errors</dt><dd id="figure-tool-errors">${o.toolErrors} <small>of ${o.toolCalls} calls</small></dd></div>
          <div><dt>Customer satisfaction (CSAT)</dt><dd id="figure-csat">${score(o.csat.average)}
            <small>${o.csat.rated} of ${o.csat.requested} rated</small></dd></div>
          <div><dt>First response by a person p50 / p90</dt><dd id="figure-first-response">${o.sla.firstResponses
            ? `${age(o.sla.firstResponseP50Seconds)} / ${age(o.sla.firstResponseP90Seconds)}` : '–'}</dd></div>
          <div><dt>SLA breaches</dt><dd id="figure-sla-breaches">${o.sla.firstResponseBreaches + o.sla.resolutionBreaches}
            <small>${o.sla.firstResponseBreaches} first response, ${o.sla.resolutionBreaches} resolution,
            ${o.sla.openBreached} open tickets overdue</small></dd></div>
          <div><dt>Support agents' workload</dt><dd id="figure-workload">${o.workload.length ? o.workload.map(w =>
            html`<small>${w.displayName}: ${w.openConversations} open, ${w.replies} replies</small> `) : '–'}</dd></div>
        </dl>
        ${this.renderCsat(o.csat)}
        <div class="charts">
          <figure><figcaption>Conversations per channel per day</figcaption>
            <div class="chart"><canvas id="per-day-chart" role="img"
              aria-label="Conversations per channel per day, ${o.conversations} in all"></canvas></div></figure>
          <figure><figcaption>Outcome of conversations</figcaption>
            <div class="chart"><canvas id="outcome-chart" role="img"
              aria-label="${o.deflected} resolved by the bot, ${o.escalatedConversations} escalated"></canvas></div></figure>
        </div>
        <table class="sr-only"><caption>Conversations per channel per day</caption>
          <tbody>${o.perDay.map((p) => html`<tr><td>${p.day}</td><td>${p.channel}</td><td>${p.conversations}</td></tr>`)}</tbody>
        </table>` : ''}`;
  }
}

customElements.define('overview-page', OverviewPage);
