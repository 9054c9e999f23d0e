import { LitElement, html } from 'lit';
import { me, signIn, signOut, signedIn } from './api.js';
import './styles.css';
import './pages/overview-page.js';
import './pages/plugins-page.js';
import './pages/approvals-page.js';
import './pages/reviews-page.js';
import './pages/conversations-page.js';
import './pages/tickets-page.js';
import './pages/audit-page.js';

/** The pages a support agent (role agent) sees; admins see all. */
const AGENT_PAGES = ['conversations'];

/** The pages, in menu order: hash route, label, element. */
const PAGES = [
  ['overview', 'Overview', () => html`<overview-page></overview-page>`],
  ['plugins', 'Plugins', () => html`<plugins-page></plugins-page>`],
  ['approvals', 'Approvals', () => html`<approvals-page></approvals-page>`],
  ['reviews', 'Reviews', () => html`<reviews-page></reviews-page>`],
  ['conversations', 'Conversations', (arg) => html`<conversations-page .selected=${arg}></conversations-page>`],
  ['tickets', 'Tickets', () => html`<tickets-page></tickets-page>`],
  ['audit', 'Audit log', () => html`<audit-page></audit-page>`],
];

/**
 * The console shell: sign-in, navigation and the current page, chosen by the URL hash
 * (#/plugins, #/conversations/42, ...). Renders into the light DOM so the global stylesheet and
 * assistive technology see one document.
 */
class SwitchboardConsole extends LitElement {
  static properties = {
    route: { state: true },
    signedIn: { state: true },
    error: { state: true },
    busy: { state: true },
  };

  constructor() {
    super();
    this.signedIn = signedIn();
    this.route = this.parseRoute();
    this.error = '';
    this.busy = false;
    this.onHashChange = () => { this.route = this.parseRoute(); this.signedIn = signedIn(); };
  }

  createRenderRoot() { return this; }

  connectedCallback() {
    super.connectedCallback();
    window.addEventListener('hashchange', this.onHashChange);
    window.addEventListener('switchboard-signed-out', () => { this.signedIn = false; });
  }

  disconnectedCallback() {
    window.removeEventListener('hashchange', this.onHashChange);
    super.disconnectedCallback();
  }

  /** @returns the pages the signed-in person may open */
  pages() {
    return me()?.role === 'agent' ? PAGES.filter(([id]) => AGENT_PAGES.includes(id)) : PAGES;
  }

  parseRoute() {
    const [page, arg] = location.hash.replace(/^#\/?/, '').split('/');
    const pages = this.pages();
    return { page: pages.some(([id]) => id === page) ? page : pages[0][0], arg: arg || null };
  }

  async submitSignIn(event) {
    event.preventDefault();
    const form = new FormData(event.target);
    this.busy = true;
    this.error = '';
    try {
      await signIn(form.get('user'), form.get('password'));
      this.signedIn = true;
      this.route = this.parseRoute();
    } catch (e) {
      this.error = e.message;
    } finally {
      this.busy = false;
    }
  }

  render() {
    if (!this.signedIn) {
      return html`
        <main class="sign-in">
          <h1>Switchboard admin</h1>
          <form @submit=${this.submitSignIn} aria-describedby="sign-in-error">
            <label for="user">User name</label>
            <input id="user" name="user" autocomplete="username" required>
            <label for="password">Password</label>
            <input id="password" name="password" type="password" autocomplete="current-password" required>
            <button type="submit" ?disabled=${this.busy}>Sign in</button>
            <p id="sign-in-error" class="error" role="alert">${this.error}</p>
          </form>
        </main>`;
    }
    const pages = this.pages();
    const current = pages.find(([id]) => id === this.route.page) ?? pages[0];
    return html`
      <header class="top">
        <span class="brand">Switchboard</span>
        <nav aria-label="Console">
          ${pages.map(([id, label]) => html`
            <a href="#/${id}" id="nav-${id}" aria-current=${id === this.route.page ? 'page' : 'false'}>${label}</a>`)}
        </nav>
        <span id="signed-in-as" class="who">${me()?.displayName ?? ''}</span>
        <button class="link" @click=${() => { signOut(); this.signedIn = false; }}>Sign out</button>
      </header>
      <main id="page" tabindex="-1">${current[2](this.route.arg)}</main>`;
  }
}

customElements.define('switchboard-console', SwitchboardConsole);
