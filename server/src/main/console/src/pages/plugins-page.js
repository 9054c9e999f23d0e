import { html } from 'lit';
import { api } from '../api.js';
import { when } from '../format.js';
import { ConsolePage } from './console-page.js';

/**
 * Tool plugins: state, version, errors, enable/disable, and a configuration form generated from the plugin's
 * declared fields (type, required, default). Secrets are write-only: the form never shows a stored secret, an empty
 * secret field keeps it. Validation errors from the server (400 with field errors) are shown next to their field.
 */
class PluginsPage extends ConsolePage {
  static properties = {
    plugins: { state: true },
    editing: { state: true },
    fieldErrors: { state: true },
  };

  constructor() {
    super();
    this.plugins = [];
    this.editing = null;
    this.fieldErrors = {};
  }

  async load() {
    this.plugins = (await this.run(() => api('GET', '/plugins'))) ?? this.plugins;
  }

  async toggle(plugin) {
    const changed = await this.run(() => api('POST', `/plugins/${encodeURIComponent(plugin.id)}/${plugin.enabled ? 'disable' : 'enable'}`));
    if (changed) {
      this.notice = `${changed.id} is ${changed.enabled ? 'enabled' : 'disabled'} (${changed.state}).`;
      await this.load();
    }
  }

  edit(plugin) {
    this.editing = this.editing === plugin.id ? null : plugin.id;
    this.fieldErrors = {};
    this.notice = '';
  }

  async save(event, plugin) {
    event.preventDefault();
    const values = {};
    for (const field of plugin.configuration) {
      const input = event.target.elements[`field-${field.name}`];
      if (field.type === 'BOOLEAN') {
        values[field.name] = input.checked ? 'true' : 'false';
      } else if (field.type === 'SECRET') {
        if (input.value !== '') values[field.name] = input.value;
      } else {
        values[field.name] = input.value === '' ? null : input.value;
      }
    }
    this.fieldErrors = {};
    this.busy = true;
    this.error = '';
    try {
      const saved = await api('PUT', `/plugins/${encodeURIComponent(plugin.id)}/configuration`, values);
      this.notice = `Configuration of ${saved.id} saved (${saved.state}).`;
      this.editing = null;
      await this.load();
    } catch (e) {
      this.error = e.message;
      this.fieldErrors = Object.fromEntries((e.errors ?? []).map((f) => [f.field, f.message]));
    } finally {
      this.busy = false;
    }
  }

  render() {
    return html`
      <h1>Plugins</h1>
      ${this.messages()}
      <table id="plugins">
        <caption class="sr-only">Tool plugins</caption>
        <thead><tr><th scope="col">Plugin</th><th scope="col">Version</th><th scope="col">State</th>
          <th scope="col">Tools</th><th scope="col">Last change</th><th scope="col">Actions</th></tr></thead>
        <tbody>
          ${this.plugins.map((p) => html`
            <tr id="plugin-${p.id}">
              <td><strong>${p.id}</strong><br><small>${p.description}</small>
                ${p.lastError ? html`<p class="error plugin-error">${p.lastError}</p>` : ''}</td>
              <td>${p.version}</td>
              <td><span class="badge state-${p.state.toLowerCase()}">${p.state}</span></td>
              <td>${p.tools.map((t) => html`<code title=${t.description}>${t.name}</code>
                ${t.risk === 'NEEDS_APPROVAL' ? html`<span class="badge risk">approval</span>` : ''} `)}</td>
              <td>${p.updatedBy ?? ''}<br><small>${when(p.updatedAt)}</small></td>
              <td class="actions">
                <button class="toggle" @click=${() => this.toggle(p)} ?disabled=${this.busy}
                  aria-label="${p.enabled ? 'Disable' : 'Enable'} ${p.id}">${p.enabled ? 'Disable' : 'Enable'}</button>
                ${p.configuration.length ? html`<button class="configure" @click=${() => this.edit(p)}
                  aria-expanded=${this.editing === p.id} aria-label="Configure ${p.id}">Configure</button>` : ''}
              </td>
            </tr>
            ${this.editing === p.id ? html`<tr class="editor"><td colspan="6">${this.form(p)}</td></tr>` : ''}`)}
        </tbody>
      </table>`;
  }

  form(plugin) {
    return html`
      <form id="configure-${plugin.id}" @submit=${(e) => this.save(e, plugin)}>
        <fieldset><legend>Configuration of ${plugin.id}</legend>
        ${plugin.configuration.map((f) => this.field(f))}
        <button type="submit" ?disabled=${this.busy}>Save</button>
        <button type="button" @click=${() => this.edit(plugin)}>Cancel</button>
        </fieldset>
      </form>`;
  }

  field(f) {
    const id = `field-${f.name}`;
    const problem = this.fieldErrors[f.name];
    const describedBy = `${id}-help ${problem ? `${id}-error` : ''}`;
    let input;
    if (f.type === 'BOOLEAN') {
      input = html`<input type="checkbox" id=${id} name=${id} .checked=${(f.value ?? f.defaultValue) === 'true'}
        aria-describedby=${describedBy}>`;
    } else if (f.type === 'SECRET') {
      input = html`<input type="password" id=${id} name=${id} autocomplete="new-password"
        placeholder=${f.secretSet ? 'stored; leave empty to keep' : 'not set'} aria-describedby=${describedBy}>`;
    } else {
      input = html`<input type="text" inputmode=${f.type === 'STRING' ? 'text' : 'decimal'} id=${id} name=${id}
        .value=${f.value ?? ''} placeholder=${f.defaultValue ?? ''} ?required=${f.required && !f.defaultValue}
        aria-invalid=${problem ? 'true' : 'false'} aria-describedby=${describedBy}>`;
    }
    return html`
      <div class="field ${problem ? 'invalid' : ''}">
        <label for=${id}>${f.name}${f.required ? ' *' : ''} <small>(${f.type.toLowerCase()})</small></label>
        ${input}
        <small id="${id}-help">${f.description}${f.defaultValue ? ` Default: ${f.defaultValue}.` : ''}</small>
        ${problem ? html`<span id="${id}-error" class="error field-error">${problem}</span>` : ''}
      </div>`;
  }
}

customElements.define('plugins-page', PluginsPage);
