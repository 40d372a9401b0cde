import {LitElement, html, nothing, type PropertyValues} from 'lit';
import {localized, msg, str} from '@lit/localize';
import {property, state} from 'lit/decorators.js';
import type {LocaleSearcher} from '../../lib/locale-searcher.js';
import {foldWords} from '../../lib/normalize.js';
import type {Audience, KnowledgeEntry, Locale} from '../../lib/types.js';
import {resolveLocale, useLocale} from '../../localization.js';
import {externalLink, helpContactsStyles} from '../internal/help-contacts-view.js';
import {KnowledgeStore} from '../internal/knowledge-store.js';
import {themeStyles} from '../internal/theme.styles.js';
import {faqStyles} from './alliance-faq.styles.js';

/** The order categories are shown in. */
const CATEGORIES = ['alliance', 'grooming', 'images', 'reporting', 'help', 'about'] as const;
/** A filter result below this confidence is not shown (the assistant's decline threshold). */
const MIN_FILTER_CONFIDENCE = 0.3;
const ANNOUNCE_DELAY_MS = 400;
const WORDS = /([\p{L}\p{N}]+)/u;
// HTML allows hidden="until-found" (find-in-page can reveal it); TypeScript's DOM types say boolean.
const UNTIL_FOUND = 'until-found' as unknown as boolean;

function categoryName(category: string): string {
  switch (category) {
    case 'alliance':
      return msg('The Global Alliance');
    case 'grooming':
      return msg('Grooming and staying safe');
    case 'images':
      return msg('Images');
    case 'reporting':
      return msg('Reporting');
    case 'help':
      return msg('Getting help');
    default:
      return msg('About this assistant');
  }
}

/**
 * Every question of the knowledge base as a list: grouped by category, each an accordion item
 * that the browser's find-in-page can open, with a typo-tolerant filter and deep links
 * (`#topic-id`).
 *
 * @tagname alliance-faq
 * @summary The knowledge base as an accessible, filterable FAQ.
 *
 * @csspart base - The whole list.
 * @csspart input - The filter field.
 * @csspart item - One question and its answer.
 * @csspart question - The button that opens an answer.
 * @csspart answer - An answer.
 * @csspart link - Links that open in a new tab.
 *
 * @cssproperty [--alliance-color-text=CanvasText] - Text colour.
 * @cssproperty [--alliance-color-surface=Canvas] - Background colour.
 * @cssproperty [--alliance-color-accent=#0b57d0] - Buttons, links and focus rings.
 * @cssproperty [--alliance-color-muted=#4a4a4a] - Secondary text and separators.
 * @cssproperty [--alliance-color-mark=#fff3b0] - Background of matched words.
 * @cssproperty [--alliance-radius=0.5rem] - Corner radius.
 * @cssproperty [--alliance-font=inherit] - Font shorthand.
 */
// Re-render whenever the page's UI locale changes (@lit/localize keeps one per page).
@localized()
export class AllianceFaq extends LitElement {
  static override styles = [themeStyles, faqStyles, helpContactsStyles];

  static override get observedAttributes(): string[] {
    return [...super.observedAttributes, 'lang'];
  }

  private announceTimer?: ReturnType<typeof setTimeout>;
  private loadGeneration = 0;

  @state() private searcher?: LocaleSearcher;
  @state() private loadFailed = false;
  @state() private filter = '';
  @state() private expanded: ReadonlySet<string> = new Set();
  @state() private announcement = '';
  @state() private localContentFailed = false;

  /** Who the answers are written for: `child` shows the young people's answers. */
  @property() audience: Audience | '' = '';

  /** `auto` follows the system's light or dark preference; `light` or `dark` force one. */
  @property({reflect: true}) theme: 'auto' | 'light' | 'dark' = 'auto';

  /** Where the content chunks are loaded from; defaults to `content/` beside the script. */
  @property({attribute: 'content-base'}) contentBase = '';

  /** URL of a JSON file with this site's own answers and hotline corrections (see README). */
  @property({attribute: 'local-content'}) localContent = '';

  override connectedCallback(): void {
    super.connectedCallback();
    window.addEventListener('hashchange', this.handleHashChange);
    void this.load();
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    window.removeEventListener('hashchange', this.handleHashChange);
    clearTimeout(this.announceTimer);
  }

  override attributeChangedCallback(name: string, old: string | null, value: string | null): void {
    super.attributeChangedCallback(name, old, value);
    if (name === 'lang' && old !== value && this.isConnected) void this.load();
  }

  protected override updated(changed: PropertyValues<this>): void {
    const sourceChanged = (['contentBase', 'localContent'] as const).some(
      (key) => changed.has(key) && changed.get(key) !== undefined,
    );
    if (sourceChanged) void this.load();
  }

  /** Opens every answer. */
  expandAll(): void {
    this.expanded = new Set(this.visibleEntries().map((entry) => entry.id));
  }

  /** Closes every answer. */
  collapseAll(): void {
    this.expanded = new Set();
  }

  private async load(): Promise<void> {
    const generation = ++this.loadGeneration;
    const locale = resolveLocale(this);
    await useLocale(locale);
    try {
      const store = KnowledgeStore.forElement(this);
      this.localContentFailed = await store.localContent().then(
        () => false,
        () => true,
      );
      const engine = await store.engineFor(locale);
      if (generation !== this.loadGeneration) return;
      this.searcher = engine.searcher(locale);
      this.loadFailed = false;
      await this.updateComplete;
      this.openFromHash();
    } catch {
      if (generation === this.loadGeneration) this.loadFailed = true;
    }
  }

  private visibleEntries(): KnowledgeEntry[] {
    const entries = this.searcher?.knowledge.entries ?? [];
    const query = this.filter.trim();
    if (!query || !this.searcher) return [...entries];
    const ranked = this.searcher.search(query, entries.length);
    const shown = new Set(
      ranked.filter((hit) => hit.confidence >= MIN_FILTER_CONFIDENCE).map((hit) => hit.id),
    );
    return entries.filter((entry) => shown.has(entry.id));
  }

  private readonly handleHashChange = (): void => this.openFromHash();

  /** A link to `#topic-id` opens that answer and scrolls to it (focus stays where it is). */
  private openFromHash(): void {
    const id = decodeURIComponent(window.location.hash.slice(1));
    if (!id || !this.searcher?.entry(id)) return;
    this.expanded = new Set([...this.expanded, id]);
    void this.updateComplete.then(() =>
      this.renderRoot.querySelector(`[id="q-${CSS.escape(id)}"]`)?.scrollIntoView({block: 'start'}),
    );
  }

  private toggle(id: string): void {
    const expanded = new Set(this.expanded);
    if (!expanded.delete(id)) expanded.add(id);
    this.expanded = expanded;
  }

  private handleFilterInput(event: InputEvent): void {
    this.filter = (event.target as HTMLInputElement).value;
    clearTimeout(this.announceTimer);
    this.announceTimer = setTimeout(() => {
      const count = this.visibleEntries().length;
      this.announcement = this.filter.trim()
        ? msg(str`${count} questions match.`)
        : msg(str`All ${count} questions are shown.`);
    }, ANNOUNCE_DELAY_MS);
  }

  private handleBeforeMatch(id: string): void {
    // Find-in-page found text in a closed answer: open it for real.
    this.expanded = new Set([...this.expanded, id]);
  }

  override render() {
    const locale: Locale = this.searcher?.knowledge.locale ?? resolveLocale(this);
    const entries = this.visibleEntries();
    const matched = this.filter.trim() ? this.searcher?.matchedWords(this.filter) : undefined;
    return html`<section part="base" aria-label=${msg('Questions and answers')}>
      <div class="toolbar">
        <div class="filter">
          <label for="filter">${msg('Filter questions')}</label>
          <input
            id="filter"
            part="input"
            type="search"
            autocomplete="off"
            .value=${this.filter}
            @input=${this.handleFilterInput}
          />
        </div>
        <button @click=${this.expandAll}>${msg('Open all')}</button>
        <button @click=${this.collapseAll}>${msg('Close all')}</button>
      </div>
      <div class="visually-hidden" role="status" aria-live="polite" aria-atomic="true">
        ${this.announcement}
      </div>
      ${
        this.loadFailed
          ? html`<p role="alert">${msg('The questions could not be loaded.')}</p>`
          : nothing
      }
      ${
        this.localContentFailed
          ? html`<p class="meta">${msg("This site's own answers could not be added.")}</p>`
          : nothing
      }
      ${
        this.filter.trim() && entries.length === 0
          ? html`<p>${msg('No question matches. Try other words.')}</p>`
          : nothing
      }
      ${CATEGORIES.map((category) => {
        const inCategory = entries.filter((entry) => entry.category === category);
        if (inCategory.length === 0) return nothing;
        return html`<h2>${categoryName(category)}</h2>
          ${inCategory.map((entry) => this.renderItem(entry, locale, matched))}`;
      })}
    </section>`;
  }

  private renderItem(entry: KnowledgeEntry, locale: Locale, matched: Set<string> | undefined) {
    const open = this.expanded.has(entry.id);
    const dir = this.searcher?.knowledge.dir ?? 'ltr';
    const text = this.audience === 'child' && entry.childAnswer ? entry.childAnswer : entry.answer;
    return html`<div class="item" part="item">
      <h3>
        <button
          id=${`q-${entry.id}`}
          class="question"
          part="question"
          aria-expanded=${open ? 'true' : 'false'}
          aria-controls=${`a-${entry.id}`}
          @click=${() => this.toggle(entry.id)}
        >
          <span lang=${locale} dir=${dir}>${this.highlight(entry.title, matched)}</span>
        </button>
      </h3>
      <div
        id=${`a-${entry.id}`}
        class="answer"
        part="answer"
        role="region"
        aria-labelledby=${`q-${entry.id}`}
        .hidden=${open ? false : UNTIL_FOUND}
        @beforematch=${() => this.handleBeforeMatch(entry.id)}
      >
        ${text
          .split(/\n{2,}/)
          .map((paragraph) => html`<p lang=${locale} dir=${dir}>${paragraph}</p>`)}
        ${
          entry.links.length
            ? html`<ul>
                ${entry.links.map(
                  (link) =>
                    html`<li lang=${locale} dir=${dir}>${externalLink(link.url, link.label)}</li>`,
                )}
              </ul>`
            : nothing
        }
        <p class="meta">
          ${msg('Sources:')}
          ${entry.sources.map(
            (source, index) =>
              html`${index ? '; ' : ''}${
                source.url ? externalLink(source.url, source.publisher) : source.publisher
              }
              (${source.date})`,
          )}.
          ${msg(str`Reviewed ${entry.reviewed}.`)}
        </p>
      </div>
    </div>`;
  }

  /** Wraps the words of a text that the filter matched in <mark>, as templates (never HTML). */
  private highlight(text: string, matched: Set<string> | undefined) {
    if (!matched?.size) return text;
    return text.split(WORDS).map((part, index) => {
      if (index % 2 === 0) return part;
      const [folded = ''] = foldWords(part);
      return matched.has(folded) ? html`<mark>${part}</mark>` : part;
    });
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'alliance-faq': AllianceFaq;
  }
}
