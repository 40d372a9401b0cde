import {LitElement, html, nothing, type PropertyValues} from 'lit';
import {localized, msg, str} from '@lit/localize';
import {property, query, state} from 'lit/decorators.js';
import type {AskResponse} from '../../lib/answer-engine.js';
import {
  contactsFor,
  regionOfLanguageTag,
  type CountryContacts,
  type ReferenceData,
} from '../../lib/help-contacts.js';
import type {Audience, KnowledgeEntry, Locale} from '../../lib/types.js';
import {MAX_MESSAGE_LENGTH} from '../../lib/limits.js';
import {resolveLanguageTag, resolveLocale, useLocale} from '../../localization.js';
import {AllianceAnswerEvent} from '../../events/alliance-answer.js';
import {AllianceExitEvent} from '../../events/alliance-exit.js';
import {AllianceOpenEvent} from '../../events/alliance-open.js';
import {AllianceQuestionEvent} from '../../events/alliance-question.js';
import '../alliance-hotlines/define.js';
import {
  externalLink,
  helpContacts,
  helpContactsStyles,
  renderHelpContacts,
} from '../internal/help-contacts-view.js';
import {KnowledgeStore} from '../internal/knowledge-store.js';
import {themeStyles} from '../internal/theme.styles.js';
import {assistantStyles} from './alliance-assistant.styles.js';
import {QuickExitController} from './internal/quick-exit.js';

/** A turn of the conversation. */
type Turn =
  | {readonly type: 'question'; readonly id: number; readonly text: string}
  | {
      readonly type: 'response';
      readonly id: number;
      readonly response: AskResponse;
      readonly entries: readonly KnowledgeEntry[];
      /** The related topics of the best entry, in the answer's language. */
      readonly related: readonly KnowledgeEntry[];
      readonly dir: 'ltr' | 'rtl';
    }
  | {readonly type: 'unavailable'; readonly id: number};

/** Delay before the live region speaks, so the new card is in the accessibility tree first. */
const ANNOUNCE_DELAY_MS = 150;
const DEFAULT_EXIT_URL = 'https://www.wikipedia.org/';

/**
 * A chat assistant that answers questions about the Global Alliance against Child Sexual Abuse
 * Online, online grooming, and where to report or get help, from a knowledge base searched in the
 * browser. Nothing typed leaves the page.
 *
 * @tagname alliance-assistant
 * @summary Accessible child-safety help chat, with hotline routing and a quick exit.
 *
 * @csspart base - The panel that holds the conversation.
 * @csspart header - The title bar with the quick exit and other controls.
 * @csspart launcher - The floating button (variant="launcher").
 * @csspart dialog - The dialog that holds the panel (variant="launcher").
 * @csspart close-button - Closes the dialog.
 * @csspart exit-button - The quick exit button.
 * @csspart log - The conversation.
 * @csspart message - A question or an answer card.
 * @csspart help - The block with emergency number, helpline and hotline.
 * @csspart chip - A suggested or related question.
 * @csspart input - The question field.
 * @csspart submit-button - The send button.
 * @csspart link - Links that open in a new tab.
 * @csspart tel-link - Phone links.
 * @csspart help-list - The list inside a help block.
 *
 * @cssproperty [--alliance-color-text=CanvasText] - Text colour.
 * @cssproperty [--alliance-color-surface=Canvas] - Background colour.
 * @cssproperty [--alliance-color-accent=#0b57d0] - Buttons, links and focus rings.
 * @cssproperty [--alliance-color-on-accent=#ffffff] - Text on the accent colour.
 * @cssproperty [--alliance-color-muted=#4a4a4a] - Secondary text.
 * @cssproperty [--alliance-color-urgent=#b3261e] - The urgent help block.
 * @cssproperty [--alliance-color-bubble=#eef2f8] - Background of the person's questions.
 * @cssproperty [--alliance-radius=0.5rem] - Corner radius.
 * @cssproperty [--alliance-font=inherit] - Font shorthand.
 * @cssproperty [--alliance-panel-block-size=36rem] - Height of the panel.
 *
 * @fires alliance-open - The launcher dialog opened.
 * @fires alliance-question - A question was sent; detail: {locale} (never the text).
 * @fires alliance-answer - An answer was shown; detail: {kind, ids, urgent, lang}.
 * @fires alliance-exit - Quick exit; cancelable (the conversation is cleared anyway).
 */
// Re-render whenever the page's UI locale changes (@lit/localize keeps one per page).
@localized()
export class AllianceAssistant extends LitElement {
  static override styles = [themeStyles, assistantStyles, helpContactsStyles];
  static override shadowRootOptions = {...LitElement.shadowRootOptions, delegatesFocus: true};

  static override get observedAttributes(): string[] {
    return [...super.observedAttributes, 'lang'];
  }

  private nextTurnId = 1;
  private announceTimer?: ReturnType<typeof setTimeout>;
  private loadGeneration = 0;

  constructor() {
    super();
    new QuickExitController(
      this,
      (remaining) =>
        this.announce(msg(str`Press Shift ${remaining} more times to leave this page.`)),
      () => this.quickExit(),
    );
  }

  @query('textarea') private textarea?: HTMLTextAreaElement;
  @query('dialog') private dialog?: HTMLDialogElement;
  @query('[part="launcher"]') private launcher?: HTMLButtonElement;

  @state() private turns: readonly Turn[] = [];
  @state() private draft = '';
  @state() private announcement = '';
  @state() private reportOpen = false;
  @state() private chosenAudience?: Audience;
  @state() private reference?: ReferenceData;
  @state() private locale: Locale = 'en';
  @state() private busy = false;
  @state() private localContentFailed = false;

  /** ISO 3166 alpha-2 country for hotline and emergency numbers; default: the region of `lang`. */
  @property({reflect: true}) country = '';

  /** Who the answers are written for: `child` or `adult` (default adult until chosen). */
  @property() audience: Audience | '' = '';

  /** `inline` renders in the page flow; `launcher` shows a floating button that opens a dialog. */
  @property({reflect: true}) variant: 'inline' | 'launcher' = 'inline';

  /** Whether the launcher dialog is open. */
  @property({type: Boolean, reflect: true}) open = false;

  /** Where the quick exit goes (replacing this page in the history). */
  @property({attribute: 'exit-url'}) exitUrl = DEFAULT_EXIT_URL;

  /** `auto` follows the system's light or dark preference; `light` or `dark` force one. */
  @property({reflect: true}) theme: 'auto' | 'light' | 'dark' = 'auto';

  /** Where the content chunks are loaded from; defaults to `content/` beside the script. */
  @property({attribute: 'content-base'}) contentBase = '';

  /** URL of a JSON file with this site's own answers and hotline corrections (see README). */
  @property({attribute: 'local-content'}) localContent = '';

  /** Label of the launcher button; empty uses the localized default. */
  @property({attribute: 'launcher-label'}) launcherLabel = '';

  override connectedCallback(): void {
    super.connectedCallback();
    window.addEventListener('pageshow', this.handlePageShow);
    void this.syncLocale();
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    window.removeEventListener('pageshow', this.handlePageShow);
    clearTimeout(this.announceTimer);
  }

  override attributeChangedCallback(name: string, old: string | null, value: string | null): void {
    super.attributeChangedCallback(name, old, value);
    if (name === 'lang' && old !== value && this.isConnected) void this.syncLocale();
  }

  protected override updated(changed: PropertyValues<this>): void {
    if (changed.has('open') && this.variant === 'launcher') this.syncDialog();
    if (changed.has('contentBase') || changed.has('localContent')) void this.loadReference();
  }

  /** Asks a question as if typed and sent. */
  async ask(text: string): Promise<void> {
    const question = text.trim();
    if (!question || this.busy) return;
    this.busy = true;
    this.draft = '';
    const questionId = this.nextTurnId++;
    this.turns = [...this.turns, {type: 'question', id: questionId, text: question}];
    this.dispatchEvent(new AllianceQuestionEvent({locale: this.locale}));
    try {
      const turn = await this.answer(question);
      this.turns = [...this.turns, turn];
      if (turn.type === 'response') {
        const {kind, ids, urgent, lang} = turn.response;
        this.dispatchEvent(new AllianceAnswerEvent({kind, ids, urgent, lang}));
      }
      this.announce(this.describeTurn(turn));
      await this.updateComplete;
      this.revealTurn(questionId);
    } finally {
      this.busy = false;
    }
  }

  /**
   * Scrolls the conversation (not the page, and without moving focus) so that a question the
   * person just sent sits at the top, with the start of its answer below it: otherwise a new
   * answer, urgent help included, can appear out of sight below the fold.
   */
  private revealTurn(id: number): void {
    const scroller = this.renderRoot.querySelector<HTMLElement>('.scroll');
    const turn = this.renderRoot.querySelector<HTMLElement>(`[data-turn="${id}"]`);
    if (!scroller || !turn) return;
    const offset = turn.getBoundingClientRect().top - scroller.getBoundingClientRect().top;
    scroller.scrollTop += offset - parseFloat(getComputedStyle(scroller).paddingTop);
  }

  /** Clears the conversation. */
  reset(): void {
    this.turns = [];
    this.draft = '';
    this.reportOpen = false;
    this.announcement = '';
  }

  private get effectiveAudience(): Audience {
    return this.chosenAudience ?? (this.audience === 'child' ? 'child' : 'adult');
  }

  private get effectiveCountry(): string | undefined {
    return this.country.toUpperCase() || regionOfLanguageTag(resolveLanguageTag(this)) || undefined;
  }

  private get store(): KnowledgeStore {
    return KnowledgeStore.forElement(this);
  }

  private async syncLocale(): Promise<void> {
    const generation = ++this.loadGeneration;
    const locale = resolveLocale(this);
    await useLocale(locale);
    if (generation !== this.loadGeneration) return;
    this.locale = locale;
    this.requestUpdate();
    // Warm the knowledge of this locale so the first answer is quick; failures show on asking.
    this.store.engineFor(locale).catch(() => undefined);
  }

  private async loadReference(): Promise<void> {
    this.localContentFailed = await this.store.localContent().then(
      () => false,
      () => true,
    );
    try {
      this.reference = await this.store.reference();
    } catch {
      this.reference = undefined;
    }
  }

  private async answer(question: string): Promise<Turn> {
    const id = this.nextTurnId++;
    try {
      let engine = await this.store.engineFor(this.locale);
      let response = engine.ask(question, {locale: this.locale, audience: this.effectiveAudience});
      if (response.detectedLang !== response.lang) {
        // The message is in another language: load it and answer from its entries.
        engine = await this.store.engineFor(response.detectedLang);
        response = engine.ask(question, {locale: this.locale, audience: this.effectiveAudience});
      }
      const searcher = engine.searcher(response.lang);
      const entriesOf = (ids: readonly string[]) =>
        ids
          .map((topicId) => searcher?.entry(topicId))
          .filter((entry): entry is KnowledgeEntry => entry !== undefined);
      const entries = entriesOf(response.ids);
      const related = entriesOf(entries[0]?.related ?? []);
      return {
        type: 'response',
        id,
        response,
        entries,
        related,
        dir: searcher?.knowledge.dir ?? 'ltr',
      };
    } catch {
      return {type: 'unavailable', id};
    }
  }

  private describeTurn(turn: Turn): string {
    if (turn.type !== 'response')
      return msg('The answers could not be loaded. Help contacts are shown.');
    const {response, entries} = turn;
    const urgent = response.urgent ? `${msg('Urgent help contacts are shown first.')} ` : '';
    if (response.kind === 'answer' && entries[0])
      return `${urgent}${msg(str`Answer: ${entries[0].title}`)}`;
    if (response.kind === 'clarify')
      return `${urgent}${msg(str`Did you mean one of ${entries.length} questions?`)}`;
    return `${urgent}${msg('No answer found. Help contacts are shown.')}`;
  }

  /** Speaks through the single polite live region, once, after the DOM has settled. */
  private announce(text: string): void {
    clearTimeout(this.announceTimer);
    this.announcement = '';
    this.announceTimer = setTimeout(() => (this.announcement = text), ANNOUNCE_DELAY_MS);
  }

  private quickExit(): void {
    this.reset();
    if (!this.dispatchEvent(new AllianceExitEvent())) return;
    // Blank at once, then leave without a history entry, so Back does not return here.
    document.documentElement.style.setProperty('visibility', 'hidden');
    window.location.replace(this.exitUrl || DEFAULT_EXIT_URL);
  }

  private syncDialog(): void {
    const dialog = this.dialog;
    if (!dialog) return;
    if (this.open && !dialog.open) {
      dialog.showModal();
      this.dispatchEvent(new AllianceOpenEvent());
    } else if (!this.open && dialog.open) {
      dialog.close();
    }
  }

  private readonly handlePageShow = (event: PageTransitionEvent): void => {
    // Coming back from the back/forward cache must not show an old conversation.
    if (event.persisted) this.reset();
  };

  private handleLauncherClick(): void {
    this.open = true;
  }

  private handleDialogClose(): void {
    this.open = false;
    this.launcher?.focus();
  }

  private handleSubmit(event: SubmitEvent): void {
    event.preventDefault();
    void this.ask(this.draft);
  }

  private handleInput(event: InputEvent): void {
    this.draft = (event.target as HTMLTextAreaElement).value;
  }

  private handleKeyDown(event: KeyboardEvent): void {
    // Enter sends; Shift+Enter is a new line; never while an IME is composing.
    if (event.key === 'Enter' && !event.shiftKey && !event.isComposing) {
      event.preventDefault();
      void this.ask(this.draft);
    }
  }

  private handleNewConversation(): void {
    this.reset();
    this.textarea?.focus();
  }

  private handleAudience(audience: Audience): void {
    this.chosenAudience = audience;
  }

  private handleSwitchLanguage(locale: Locale): void {
    this.setAttribute('lang', locale);
  }

  override render() {
    const panel = this.renderPanel();
    if (this.variant !== 'launcher') return panel;
    return html`<button
        part="launcher"
        class="launcher"
        aria-haspopup="dialog"
        @click=${this.handleLauncherClick}
      >
        ${this.launcherLabel || msg('Help and advice')}
      </button>
      <dialog part="dialog" aria-labelledby="title" @close=${this.handleDialogClose}>
        ${panel}
      </dialog>`;
  }

  private renderPanel() {
    return html`<section part="base" class="panel" aria-labelledby="title">
      ${this.renderHeader()}
      <div class="scroll">
        ${
          this.reportOpen
            ? html`<div class="report" part="report">
                <alliance-hotlines
                  country=${this.effectiveCountry ?? ''}
                  theme=${this.theme}
                  content-base=${this.contentBase}
                  heading-level="3"
                ></alliance-hotlines>
              </div>`
            : nothing
        }
        <div part="log" class="log" role="log" aria-live="off" aria-label=${msg('Conversation')}>
          ${this.renderWelcome()} ${this.turns.map((turn) => this.renderTurn(turn))}
        </div>
      </div>
      ${this.renderComposer()}
      <div class="visually-hidden" role="status" aria-live="polite" aria-atomic="true">
        ${this.announcement}
      </div>
    </section>`;
  }

  private renderHeader() {
    return html`<header part="header" class="header">
      <h2 id="title">${msg('Online safety help')}</h2>
      <div class="header-actions">
        <button
          class="secondary"
          aria-expanded=${this.reportOpen ? 'true' : 'false'}
          @click=${() => (this.reportOpen = !this.reportOpen)}
        >
          ${msg('Where can I report?')}
        </button>
        <button class="secondary" @click=${this.handleNewConversation}>
          ${msg('New conversation')}
        </button>
        <button part="exit-button" class="exit" @click=${() => this.quickExit()}>
          ${msg('Quick exit')}
        </button>
        ${
          this.variant === 'launcher'
            ? html`<button
                part="close-button"
                class="secondary"
                aria-label=${msg('Close')}
                @click=${() => (this.open = false)}
              >
                ×
              </button>`
            : nothing
        }
      </div>
      <p class="exit-hint">${msg('To leave this page fast, press Shift 3 times.')}</p>
    </header>`;
  }

  private renderWelcome() {
    const suggestions = [
      msg('What is the Global Alliance?'),
      msg('Someone online is asking me for photos'),
      msg('Where can I report abuse images?'),
    ];
    const audience = this.effectiveAudience;
    return html`<div class="welcome" part="message">
      <p>
        ${msg(
          'Hello. I am an automated assistant, not a person. I can answer questions about staying safe online, grooming, the Global Alliance against Child Sexual Abuse Online, and where to report abuse or get help. What you type stays on this device.',
        )}
      </p>
      ${
        this.localContentFailed
          ? html`<p class="note">${msg("This site's own answers could not be added.")}</p>`
          : nothing
      }
      <div class="audience" role="group" aria-label=${msg('Who is asking?')}>
        <button
          class="toggle"
          aria-pressed=${audience === 'child' ? 'true' : 'false'}
          @click=${() => this.handleAudience('child')}
        >
          ${msg("I'm a young person")}
        </button>
        <button
          class="toggle"
          aria-pressed=${audience === 'adult' ? 'true' : 'false'}
          @click=${() => this.handleAudience('adult')}
        >
          ${msg("I'm a parent or carer")}
        </button>
      </div>
      <div class="chips" role="group" aria-label=${msg('Suggested questions')}>
        ${suggestions.map(
          (text) =>
            html`<button part="chip" class="chip" @click=${() => this.ask(text)}>${text}</button>`,
        )}
      </div>
    </div>`;
  }

  private renderTurn(turn: Turn) {
    if (turn.type === 'question') {
      return html`<div class="question" part="message" data-turn=${turn.id}>
        <span class="visually-hidden">${msg('You:')}</span>
        <p>${turn.text}</p>
      </div>`;
    }
    if (turn.type === 'unavailable') {
      return html`<div class="card" part="message">
        <p role="alert">
          ${msg('Sorry, the answers could not be loaded. You can still get help here:')}
        </p>
        ${this.renderHelp(false)}
      </div>`;
    }
    return this.renderResponse(turn);
  }

  private renderResponse(turn: Extract<Turn, {type: 'response'}>) {
    const {response, entries, related, dir} = turn;
    const [first] = entries;
    return html`<div class="card" part="message">
      <span class="visually-hidden">${msg('Assistant:')}</span>
      ${response.urgent ? this.renderHelp(true) : nothing}
      ${
        response.truncated
          ? html`<p class="note">
              ${msg(str`Your message was long, so I read only its first ${MAX_MESSAGE_LENGTH} characters.`)}
            </p>`
          : nothing
      }
      ${response.lang !== this.locale ? this.renderLanguageNote(response.lang) : nothing}
      ${
        response.kind === 'answer' && first
          ? this.renderAnswer(first, related, response.lang, dir)
          : response.kind === 'clarify'
            ? this.renderClarify(entries, response.lang, dir)
            : this.renderDecline(response.urgent)
      }
    </div>`;
  }

  private renderLanguageNote(lang: Locale) {
    const name = new Intl.DisplayNames([this.locale], {type: 'language'}).of(lang) ?? lang;
    return html`<p class="note">
      ${msg(str`This answer is in ${name}.`)}
      <button class="link-button" @click=${() => this.handleSwitchLanguage(lang)}>
        ${msg(str`Switch to ${name}`)}
      </button>
    </p>`;
  }

  private renderAnswer(
    entry: KnowledgeEntry,
    related: readonly KnowledgeEntry[],
    lang: Locale,
    dir: 'ltr' | 'rtl',
  ) {
    const text =
      this.effectiveAudience === 'child' && entry.childAnswer ? entry.childAnswer : entry.answer;
    return html`<h3 lang=${lang} dir=${dir}>${entry.title}</h3>
      ${text.split(/\n{2,}/).map((paragraph) => html`<p lang=${lang} dir=${dir}>${paragraph}</p>`)}
      ${
        entry.links.length
          ? html`<ul class="links">
              ${entry.links.map(
                (link) =>
                  html`<li lang=${lang} dir=${dir}>${externalLink(link.url, link.label)}</li>`,
              )}
            </ul>`
          : nothing
      }
      <details class="sources">
        <summary>${msg(str`Sources · reviewed ${entry.reviewed}`)}</summary>
        <ul>
          ${entry.sources.map(
            (source) =>
              html`<li>
                ${source.url ? externalLink(source.url, source.title) : source.title}
                (${source.publisher}, ${source.date})
              </li>`,
          )}
        </ul>
      </details>
      ${related.length ? this.renderTopicChips(related, msg('Related questions'), lang, dir) : nothing}`;
  }

  private renderClarify(entries: readonly KnowledgeEntry[], lang: Locale, dir: 'ltr' | 'rtl') {
    const label = msg('Did you mean one of these?');
    return html`<p>${label}</p>
      ${this.renderTopicChips(entries, label, lang, dir)}`;
  }

  /** Topic titles as chips that ask that question; the titles keep the content's language. */
  private renderTopicChips(
    topics: readonly KnowledgeEntry[],
    label: string,
    lang: Locale,
    dir: 'ltr' | 'rtl',
  ) {
    return html`<div class="chips" role="group" aria-label=${label}>
      ${topics.map(
        (topic) =>
          html`<button
            part="chip"
            class="chip"
            lang=${lang}
            dir=${dir}
            @click=${() => this.ask(topic.title)}
          >
            ${topic.title}
          </button>`,
      )}
    </div>`;
  }

  private renderDecline(urgent: boolean) {
    return html`<p>
        ${msg(
          "Sorry, I don't have an answer to that. You can ask in other words, or contact these services:",
        )}
      </p>
      ${urgent ? nothing : this.renderHelp(false)}`;
  }

  private renderHelp(urgent: boolean) {
    const country = this.effectiveCountry;
    const data: CountryContacts | undefined = this.reference
      ? contactsFor(this.reference, country)
      : undefined;
    const contacts = helpContacts(country, data, this.reference?.directory.url);
    return html`<div class=${urgent ? 'help urgent' : 'help'} part="help">
      ${
        urgent
          ? html`<p class="help-title">
              <strong
                >${msg('If you are in danger now, get help right away. It is not your fault.')}</strong
              >
            </p>`
          : nothing
      }
      ${renderHelpContacts(contacts)}
    </div>`;
  }

  private renderComposer() {
    const length = this.draft.length;
    return html`<form class="composer" @submit=${this.handleSubmit}>
      <label for="question">${msg('Your question')}</label>
      <div class="composer-row">
        <textarea
          id="question"
          part="input"
          rows="2"
          maxlength=${MAX_MESSAGE_LENGTH}
          aria-describedby="counter"
          ?autofocus=${this.variant === 'launcher'}
          .value=${this.draft}
          @input=${this.handleInput}
          @keydown=${this.handleKeyDown}
        ></textarea>
        <button part="submit-button" class="send" type="submit" ?disabled=${this.busy}>
          ${msg('Send')}
        </button>
      </div>
      <p id="counter" class="counter">${msg(str`${length} of ${MAX_MESSAGE_LENGTH} characters`)}</p>
    </form>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'alliance-assistant': AllianceAssistant;
  }
}
