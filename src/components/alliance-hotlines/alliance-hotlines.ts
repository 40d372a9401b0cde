import {LitElement, html, nothing} from 'lit';
import {localized, msg, str} from '@lit/localize';
import {property, state} from 'lit/decorators.js';
import {foldWords} from '../../lib/normalize.js';
import {contactsFor, regionOfLanguageTag, type ReferenceData} from '../../lib/help-contacts.js';
import {resolveLanguageTag, resolveLocale, useLocale} from '../../localization.js';
import {
  externalLink,
  helpContacts,
  helpContactsStyles,
  renderHelpContacts,
} from '../internal/help-contacts-view.js';
import {KnowledgeStore} from '../internal/knowledge-store.js';
import {themeStyles} from '../internal/theme.styles.js';
import {hotlinesStyles} from './alliance-hotlines.styles.js';

/**
 * Where to report child sexual abuse material, and who to call, for a chosen country.
 *
 * @tagname alliance-hotlines
 * @summary A "where to report" panel: country picker, hotline, emergency number and helpline.
 *
 * @csspart base - The panel.
 * @csspart country-select - The country picker.
 * @csspart help-list - The list of emergency number, helpline and hotline.
 * @csspart link - Links that open in a new tab.
 * @csspart tel-link - Phone links.
 *
 * @cssproperty [--alliance-color-text=CanvasText] - Text colour.
 * @cssproperty [--alliance-color-surface=Canvas] - Background colour.
 * @cssproperty [--alliance-color-accent=#0b57d0] - Links, focus rings and buttons.
 * @cssproperty [--alliance-color-muted=#4a4a4a] - Secondary text.
 * @cssproperty [--alliance-radius=0.5rem] - Corner radius.
 * @cssproperty [--alliance-font=inherit] - Font shorthand.
 *
 * @fires change - When the person picks another country.
 */
// Re-render whenever the page's UI locale changes (@lit/localize keeps one per page).
@localized()
export class AllianceHotlines extends LitElement {
  static override styles = [themeStyles, hotlinesStyles, helpContactsStyles];

  @state() private reference?: ReferenceData;
  @state() private loadFailed = false;
  @state() private chosenCountry?: string;
  @state() private localContentFailed = false;
  @state() private countryFilter = '';

  /** ISO 3166 alpha-2 country to show; else the region of the language tag, else a picker. */
  @property({reflect: true}) country = '';

  /** `auto` follows the system's light or dark preference; `light` or `dark` force one. */
  @property({reflect: true}) theme: 'auto' | 'light' | 'dark' = 'auto';

  /** Where the content chunks are loaded from; defaults to `content/` beside the script. */
  @property({attribute: 'content-base'}) contentBase = '';

  /** URL of a JSON file with this site's own answers and hotline corrections (see README). */
  @property({attribute: 'local-content'}) localContent = '';

  /** Heading level of the panel title (2–6), to fit the host page's outline. */
  @property({type: Number, attribute: 'heading-level'}) headingLevel = 2;

  /** The country in force. */
  get selectedCountry(): string | undefined {
    return (
      this.chosenCountry ||
      this.country.toUpperCase() ||
      regionOfLanguageTag(resolveLanguageTag(this)) ||
      undefined
    );
  }

  override connectedCallback(): void {
    super.connectedCallback();
    void useLocale(resolveLocale(this)).then(() => this.requestUpdate());
    void this.load();
  }

  override updated(changed: Map<string, unknown>): void {
    if (changed.has('country') && changed.get('country') !== undefined)
      this.chosenCountry = undefined;
  }

  private async load(): Promise<void> {
    try {
      const store = KnowledgeStore.forElement(this);
      this.localContentFailed = await store.localContent().then(
        () => false,
        () => true,
      );
      this.reference = await store.reference();
      this.loadFailed = false;
    } catch {
      this.loadFailed = true;
    }
  }

  private handleCountryChange(event: Event): void {
    this.chosenCountry = (event.target as HTMLSelectElement).value || undefined;
    this.dispatchEvent(new Event('change', {bubbles: true, composed: true}));
  }

  override render() {
    const country = this.selectedCountry;
    const data = this.reference ? contactsFor(this.reference, country) : undefined;
    const contacts = helpContacts(country, data, this.reference?.directory.url);
    const known = !!country && (!this.reference || !!data);
    return html`<section part="base" aria-labelledby="title">
      ${this.renderHeading()}
      ${
        this.loadFailed
          ? html`<p role="alert">
              ${msg('Some information could not be loaded. These contacts still work:')}
            </p>`
          : nothing
      }
      ${
        this.localContentFailed
          ? html`<p>${msg("This site's own answers could not be added.")}</p>`
          : nothing
      }
      ${this.renderPicker(country)}
      ${
        known
          ? renderHelpContacts(contacts)
          : html`<p>${msg('Choose your country to see who to contact.')}</p>
              ${renderHelpContacts(helpContacts(undefined, undefined, contacts.directoryUrl))}`
      }
      <h3>${msg('What happens when you report')}</h3>
      <p>
        ${msg(
          'You give the web address (URL) where you saw the material. Trained analysts check it. If it is illegal, they alert the police and the company hosting it so that it is taken down, in other countries too through the INHOPE network. Most hotlines accept anonymous reports.',
        )}
      </p>
      <h3>${msg('What not to do')}</h3>
      <ul>
        <li>
          ${msg('Do not download, screenshot, share or forward the material: that can itself be a crime.')}
        </li>
        <li>${msg('Do not investigate or confront anyone yourself.')}</li>
      </ul>
      <p>${externalLink(contacts.directoryUrl, msg('All INHOPE member hotlines'))}</p>
    </section>`;
  }

  private renderHeading() {
    const title = msg('Where can I report?');
    switch (Math.min(6, Math.max(2, this.headingLevel))) {
      case 3:
        return html`<h3 id="title">${title}</h3>`;
      case 4:
        return html`<h4 id="title">${title}</h4>`;
      case 5:
        return html`<h5 id="title">${title}</h5>`;
      case 6:
        return html`<h6 id="title">${title}</h6>`;
      default:
        return html`<h2 id="title">${title}</h2>`;
    }
  }

  private renderPicker(country: string | undefined) {
    const codes = Object.keys(this.reference?.countries ?? {});
    if (codes.length === 0) return nothing;
    const locale = resolveLocale(this);
    const names = new Intl.DisplayNames([locale], {type: 'region'});
    const query = foldWords(this.countryFilter).join(' ');
    const options = codes
      .map((code) => ({code, name: names.of(code) ?? code}))
      .filter(
        ({code, name}) =>
          code === country ||
          !query ||
          foldWords(name).join(' ').includes(query) ||
          code.toLowerCase() === query,
      )
      .sort((a, b) => a.name.localeCompare(b.name, locale));
    return html`<div class="picker">
      <div>
        <label for="country-search">${msg('Search for a country')}</label>
        <input
          id="country-search"
          type="search"
          autocomplete="off"
          aria-describedby="country-count"
          .value=${this.countryFilter}
          @input=${this.handleCountryFilter}
        />
        <span id="country-count" class="visually-hidden" aria-live="polite"
          >${query ? msg(str`Countries found: ${options.length}.`) : ''}</span
        >
      </div>
      <div>
        <label for="country">${msg('Country')}</label>
        <select id="country" part="country-select" @change=${this.handleCountryChange}>
          <option value="" ?selected=${!country}>${msg('Choose your country')}</option>
          ${options.map(
            ({code, name}) =>
              html`<option value=${code} ?selected=${code === country}>${name}</option>`,
          )}
        </select>
      </div>
    </div>`;
  }

  private handleCountryFilter(event: InputEvent): void {
    this.countryFilter = (event.target as HTMLInputElement).value;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'alliance-hotlines': AllianceHotlines;
  }
}
