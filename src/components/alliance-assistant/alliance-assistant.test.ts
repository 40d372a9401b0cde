import {aTimeout, expect, fixture, html, oneEvent, waitUntil} from '@open-wc/testing';
import {emulateMedia, sendKeys, setViewport} from '@web/test-runner-commands';
import '../../index.js';
import type {AllianceAssistant} from './alliance-assistant.js';
import type {AllianceAnswerEvent} from '../../events/alliance-answer.js';

const CONTENT = '/dist/content/';

async function assistant(attributes = ''): Promise<AllianceAssistant> {
  const container = await fixture<HTMLDivElement>(
    `<div><alliance-assistant content-base="${CONTENT}" ${attributes}></alliance-assistant></div>`,
  );
  const el = container.querySelector('alliance-assistant')!;
  await el.updateComplete;
  return el;
}
const root = (el: AllianceAssistant) => el.shadowRoot!;
const cards = (el: AllianceAssistant) => root(el).querySelectorAll('.card');
const status = (el: AllianceAssistant) => root(el).querySelector('[role="status"]')!;

/** Lets the cards' fade-in finish: axe would measure the contrast of a half-transparent card. */
async function animationsDone(el: AllianceAssistant): Promise<void> {
  await Promise.all(
    root(el)
      .getAnimations()
      .map((animation) => animation.finished),
  );
}

/** The urgent help block of an answer card, checked to come first (after the hidden "Assistant:"). */
function urgentHelpFirst(card: Element): Element {
  const help = card.querySelector('.help.urgent')!;
  expect(help).to.exist;
  expect(card.firstElementChild!.nextElementSibling).to.equal(help);
  return help;
}

async function askAndWait(el: AllianceAssistant, text: string): Promise<Element> {
  const before = cards(el).length;
  await el.ask(text);
  await el.updateComplete;
  await waitUntil(() => cards(el).length > before, 'no answer card');
  await animationsDone(el);
  return cards(el)[cards(el).length - 1];
}

describe('<alliance-assistant>', () => {
  it('renders a welcome that says it is automated, with suggestions', async () => {
    const el = await assistant();
    expect(root(el).querySelector('.welcome')!.textContent).to.match(/automated assistant/);
    expect(root(el).querySelectorAll('.welcome .chip').length).to.equal(3);
    expect(root(el).querySelector('[role="log"]')).to.exist;
  });

  it('passes axe in the welcome state', async () => {
    const el = await assistant();
    await expect(el).to.be.accessible();
  });

  describe('answers', () => {
    it('shows an answer card with title, links, sources and related chips, and passes axe', async () => {
      const el = await assistant('lang="en"');
      const card = await askAndWait(el, 'what is grooming');
      expect(card.querySelector('h3')!.textContent).to.match(/grooming/i);
      expect(card.querySelector('details summary')!.textContent).to.match(
        /Sources · reviewed \d{4}-\d{2}-\d{2}/,
      );
      for (const link of card.querySelectorAll('a[target="_blank"]')) {
        expect(link.getAttribute('href')).to.match(/^https:\/\//);
        expect(link.getAttribute('rel')).to.equal('noopener noreferrer');
        expect(link.textContent).to.match(/opens in a new tab/);
      }
      expect(card.querySelectorAll('.chip').length).to.be.greaterThan(0);
      await expect(el).to.be.accessible();
    });

    it('switches the answer register with the audience choice', async () => {
      const el = await assistant('audience="child"');
      const card = await askAndWait(el, 'what is grooming');
      const childText = card.querySelector('p[lang]')!.textContent;
      const adultButton = [...root(el).querySelectorAll<HTMLButtonElement>('.toggle')][1];
      adultButton.click();
      await el.updateComplete;
      expect(card.querySelector('p[lang]')!.textContent).to.not.equal(childText);
      expect(adultButton.getAttribute('aria-pressed')).to.equal('true');
    });

    it('offers candidates for a vague question and passes axe', async () => {
      const el = await assistant();
      const card = await askAndWait(el, 'report');
      expect(card.textContent).to.match(/Did you mean|Sources/);
      await expect(el).to.be.accessible();
    });

    it('declines kindly with help contacts, and passes axe', async () => {
      const el = await assistant('country="BE"');
      const card = await askAndWait(el, 'recipe for chocolate cake with strawberries');
      expect(card.textContent).to.match(/don't have an answer/);
      expect(card.querySelector('a[href="tel:112"]')).to.exist;
      await expect(el).to.be.accessible();
    });

    it('puts the help block first for an urgent message, for the chosen country', async () => {
      const el = await assistant('country="BE"');
      const card = await askAndWait(el, 'he says he will post my pictures tonight, i am scared');
      const help = urgentHelpFirst(card);
      expect(help.querySelector('a[href="tel:112"]')).to.exist;
      expect(help.querySelector('a[href^="https://childfocus.be"]')).to.exist;
      await expect(el).to.be.accessible();
    });

    it('weighs a threat with no time or fear word as urgent, a calm question about threats not', async () => {
      // The cue rule alone needs "tonight" or "scared"; the urgency model in urgent.en.json does not.
      const el = await assistant('country="BE"');
      const urgent = await askAndWait(el, "he says he'll post my pictures");
      urgentHelpFirst(urgent);
      await expect(el).to.be.accessible();
      const calm = await askAndWait(el, 'what happens if someone shares my photos?');
      expect(calm.querySelector('.help.urgent')).to.be.null;
      await expect(el).to.be.accessible();
    });

    it("answers a parent writing about their child with the adults' advice, and passes axe", async () => {
      const el = await assistant('lang="fr"');
      const card = await askAndWait(
        el,
        'un homme demande à ma fille de garder leurs conversations secrètes, que faire',
      );
      expect(card.querySelector('h3')!.textContent).to.match(/mon enfant est victime de grooming/);
      await expect(el).to.be.accessible();
    });

    it("reads an urgent message in another language with that language's cues", async () => {
      // A Dutch child on an English page: the Dutch cues must be loaded and read.
      const el = await assistant('country="BE"');
      const card = await askAndWait(el, 'ik wil niet meer leven');
      const help = card.querySelector('.help.urgent')!;
      expect(help).to.exist;
      expect(help.querySelector('a[href="tel:112"]')).to.exist;
      await expect(el).to.be.accessible();
    });

    it('keeps typed markup as text', async () => {
      const el = await assistant();
      const payload = '<img src=x onerror="window.__xss=1"><script>window.__xss=2</script>';
      await askAndWait(el, payload);
      const question = root(el).querySelector('.question p')!;
      expect(question.textContent).to.equal(payload);
      expect(root(el).querySelector('.question img, .question script')).to.be.null;
      expect((window as {__xss?: number}).__xss).to.equal(undefined);
    });

    it('fires events with ids and kinds, never the text', async () => {
      const el = await assistant();
      setTimeout(() => void el.ask('what is grooming'));
      const event: AllianceAnswerEvent = await oneEvent(el, 'alliance-answer');
      expect(event.detail.ids[0]).to.equal('grooming.what');
      expect(JSON.stringify(event.detail)).to.not.match(/what is grooming/);
      expect(event.bubbles && event.composed).to.be.true;
    });
  });

  describe('language', () => {
    it('answers a message written in another language in that language and offers to switch', async () => {
      const el = await assistant('lang="en"');
      const card = await askAndWait(el, 'wie kann ich das anonym bei der Polizei melden');
      expect(card.querySelector('h3')!.getAttribute('lang')).to.equal('de');
      const note = card.querySelector('.note')!;
      expect(note.textContent).to.match(/This answer is in German/);
      note.querySelector('button')!.click();
      await waitUntil(() => el.getAttribute('lang') === 'de', 'did not switch');
      await waitUntil(
        () => /Schnell/.test(root(el).querySelector('[part="exit-button"]')!.textContent),
        'UI not German',
      );
      await animationsDone(el);
      await expect(el).to.be.accessible();
    });
  });

  describe('keyboard', () => {
    it('does not send while an input method is composing', async () => {
      const el = await assistant();
      const textarea = root(el).querySelector('textarea')!;
      textarea.value = 'にほん';
      textarea.dispatchEvent(new InputEvent('input'));
      // An IME cannot be driven by sendKeys; this is the event a browser sends while composing.
      textarea.dispatchEvent(
        new KeyboardEvent('keydown', {key: 'Enter', isComposing: true, bubbles: true}),
      );
      await aTimeout(50);
      expect(root(el).querySelectorAll('.question').length).to.equal(0);
      expect(textarea.value).to.equal('にほん');
    });

    it('sends with Enter, keeps Shift+Enter as a new line, and keeps focus in the field', async () => {
      const el = await assistant();
      const textarea = root(el).querySelector('textarea')!;
      textarea.focus();
      await sendKeys({type: 'what is'});
      await sendKeys({down: 'Shift'});
      await sendKeys({press: 'Enter'});
      await sendKeys({up: 'Shift'});
      expect(textarea.value).to.equal('what is\n');
      await sendKeys({type: 'grooming'});
      await sendKeys({press: 'Enter'});
      await waitUntil(() => cards(el).length === 1, 'no answer after Enter');
      expect(root(el).activeElement).to.equal(textarea);
      expect(textarea.value).to.equal('');
    });

    it('scrolls a sent question and the start of its answer into view, keeping focus in the field', async () => {
      const el = await assistant('lang="en" style="--alliance-panel-block-size: 22rem"');
      const textarea = root(el).querySelector('textarea')!;
      const scroller = root(el).querySelector<HTMLElement>('.scroll')!;
      await askAndWait(el, 'what is grooming');
      textarea.focus();
      await sendKeys({type: 'someone says he will post my pictures tonight'});
      await sendKeys({press: 'Enter'});
      await waitUntil(() => cards(el).length === 2, 'no second answer');
      const question = [...root(el).querySelectorAll('.question')].at(-1)!;
      const inView = () => {
        const view = scroller.getBoundingClientRect();
        const top = question.getBoundingClientRect().top;
        return top >= view.top - 1 && top < view.top + view.height / 2;
      };
      // Smooth scrolling, where motion is welcome, takes a moment.
      await waitUntil(inView, 'the new question is out of sight');
      expect(root(el).activeElement).to.equal(textarea);
      expect(window.scrollY).to.equal(0);
      await animationsDone(el);
      await expect(el).to.be.accessible();
    });

    it('reaches the suggestion chips with Tab and asks with Enter', async () => {
      const el = await assistant();
      const chip = root(el).querySelector<HTMLButtonElement>('.welcome .chip')!;
      chip.focus();
      await sendKeys({press: 'Enter'});
      await waitUntil(() => cards(el).length === 1, 'no answer after pressing a chip');
    });
  });

  describe('live region', () => {
    it('announces each new answer once, politely', async () => {
      const el = await assistant();
      expect(status(el).getAttribute('aria-live')).to.equal('polite');
      expect(root(el).querySelector('[role="log"]')!.getAttribute('aria-live')).to.equal('off');
      const texts: string[] = [];
      const observer = new MutationObserver(() => {
        const text = status(el).textContent.trim();
        if (text) texts.push(text);
      });
      observer.observe(status(el), {childList: true, subtree: true, characterData: true});
      await askAndWait(el, 'what is grooming');
      await aTimeout(400);
      observer.disconnect();
      expect(texts.length).to.equal(1);
      expect(texts[0]).to.match(/^Answer: /);
    });
  });

  describe('quick exit', () => {
    it('clears the conversation from the button and fires a cancellable alliance-exit', async () => {
      const el = await assistant();
      await askAndWait(el, 'what is grooming');
      el.addEventListener('alliance-exit', (event) => event.preventDefault(), {once: true});
      root(el).querySelector<HTMLButtonElement>('[part="exit-button"]')!.click();
      await el.updateComplete;
      expect(cards(el).length).to.equal(0);
    });

    it('exits on Shift pressed three times, telling how many presses remain', async () => {
      const el = await assistant();
      await askAndWait(el, 'what is grooming');
      let exited = false;
      el.addEventListener('alliance-exit', (event) => {
        exited = true;
        event.preventDefault();
      });
      root(el).querySelector('textarea')!.focus();
      await sendKeys({press: 'Shift'});
      await sendKeys({press: 'Shift'});
      await aTimeout(250);
      expect(status(el).textContent).to.match(/1 more/);
      await sendKeys({press: 'Shift'});
      expect(exited).to.be.true;
      await el.updateComplete;
      expect(cards(el).length).to.equal(0);
    });

    it('shows no conversation when the page comes back from the back/forward cache', async () => {
      const el = await assistant();
      await askAndWait(el, 'what is grooming');
      window.dispatchEvent(new PageTransitionEvent('pageshow', {persisted: true}));
      await el.updateComplete;
      expect(root(el).querySelectorAll('.card, .question').length).to.equal(0);
    });

    it('does not count Shift used with another key', async () => {
      const el = await assistant();
      let exited = false;
      el.addEventListener('alliance-exit', (event) => {
        exited = true;
        event.preventDefault();
      });
      root(el).querySelector('textarea')!.focus();
      for (const key of ['A', 'B', 'C']) {
        await sendKeys({down: 'Shift'});
        await sendKeys({press: key});
        await sendKeys({up: 'Shift'});
      }
      expect(exited).to.be.false;
    });
  });

  describe('launcher', () => {
    it('is a labelled button that opens a dialog and returns focus on Escape; passes axe closed and open', async () => {
      const el = await assistant('variant="launcher"');
      await expect(el).to.be.accessible();
      const launcher = root(el).querySelector<HTMLButtonElement>('[part="launcher"]')!;
      expect(launcher.textContent.trim()).to.equal('Help and advice');
      launcher.focus();
      setTimeout(() => launcher.click());
      await oneEvent(el, 'alliance-open');
      await el.updateComplete;
      expect(root(el).querySelector('dialog')!.open).to.be.true;
      expect(root(el).activeElement).to.equal(root(el).querySelector('textarea'));
      await expect(el).to.be.accessible();
      await sendKeys({press: 'Escape'});
      await waitUntil(() => !el.open, 'dialog did not close');
      expect(root(el).activeElement).to.equal(launcher);
    });
  });

  describe('report panel', () => {
    it('shows the hotline of the country and passes axe', async () => {
      const el = await assistant('country="FR"');
      const toggle = [...root(el).querySelectorAll<HTMLButtonElement>('.header button')].find((b) =>
        /report/i.test(b.textContent),
      )!;
      toggle.click();
      await el.updateComplete;
      expect(toggle.getAttribute('aria-expanded')).to.equal('true');
      const panel = root(el).querySelector('alliance-hotlines')!;
      await waitUntil(
        () => panel.shadowRoot?.querySelector('a[href*="pointdecontact"]'),
        'no French hotline',
      );
      await expect(el).to.be.accessible();
    });
  });

  describe('localization', () => {
    for (const locale of ['en', 'fr', 'de', 'es', 'it', 'nl', 'pl', 'pt']) {
      it(`renders in ${locale} and passes axe`, async () => {
        const el = await assistant(`lang="${locale}"`);
        await waitUntil(
          () =>
            locale === 'en'
              ? true
              : !/Online safety help/.test(root(el).querySelector('h2')!.textContent),
          'not translated',
        );
        await askAndWait(el, locale === 'en' ? 'grooming' : 'grooming?');
        await expect(el).to.be.accessible();
      });
    }

    it('re-renders when lang changes at run time', async () => {
      const el = await assistant('lang="en"');
      el.setAttribute('lang', 'fr');
      await waitUntil(() => /Sortie rapide/.test(root(el).textContent), 'did not switch to French');
    });
  });

  describe('dark mode', () => {
    it('passes axe with theme="dark" whatever the system preference', async () => {
      const el = await assistant('country="DE" theme="dark"');
      await askAndWait(el, 'he says he will post my pictures tonight, i am scared');
      expect(getComputedStyle(el).colorScheme).to.equal('dark');
      await expect(el).to.be.accessible();
    });

    it('passes axe with prefers-color-scheme: dark', async () => {
      await emulateMedia({colorScheme: 'dark'});
      try {
        const el = await assistant('country="DE"');
        await askAndWait(el, 'he says he will post my pictures tonight, i am scared');
        await expect(el).to.be.accessible();
      } finally {
        await emulateMedia({colorScheme: 'light'});
      }
    });
  });

  describe('privacy and failure', () => {
    it('stores nothing and sets no cookie after a conversation', async () => {
      const storageBefore = [localStorage.length, sessionStorage.length, document.cookie];
      const el = await assistant();
      await askAndWait(el, 'where can i report abuse images');
      expect([localStorage.length, sessionStorage.length, document.cookie]).to.deep.equal(
        storageBefore,
      );
      const requests = performance.getEntriesByType('resource').map((entry) => new URL(entry.name));
      for (const url of requests) expect(url.origin).to.equal(location.origin);
    });

    it('still shows emergency number, helpline and hotline when content fails to load', async () => {
      const container = await fixture<HTMLDivElement>(
        html`<div>
          <alliance-assistant content-base="/no-such-content/" country="IE"></alliance-assistant>
        </div>`,
      );
      const el = container.querySelector('alliance-assistant')!;
      const card = await askAndWait(el, 'what is grooming');
      expect(card.textContent).to.match(/could not be loaded/);
      expect(card.querySelector('a[href="tel:112"]')).to.exist;
      expect(card.querySelector('a[href^="https://hotline.ie"]')).to.exist;
      await expect(el).to.be.accessible();
    });
  });
});

describe('<alliance-assistant> display conditions', () => {
  afterEach(async () => {
    await emulateMedia({forcedColors: 'none', reducedMotion: 'no-preference'});
    await setViewport({width: 800, height: 600});
    document.documentElement.style.removeProperty('font-size');
  });

  it('keeps borders and passes axe in forced-colours mode', async () => {
    await emulateMedia({forcedColors: 'active'});
    const el = await assistant('country="BE"');
    const card = await askAndWait(el, 'what is grooming');
    expect(getComputedStyle(card).borderTopStyle).to.equal('solid');
    await expect(el).to.be.accessible();
  });

  it('stops animation when reduced motion is asked for', async () => {
    await emulateMedia({reducedMotion: 'reduce'});
    const el = await assistant();
    const card = await askAndWait(el, 'what is grooming');
    expect(getComputedStyle(card).animationName).to.equal('none');
  });

  it('reflows at 320 CSS px and at 200% text without horizontal scrolling', async () => {
    await setViewport({width: 320, height: 640});
    document.documentElement.style.setProperty('font-size', '200%');
    const el = await assistant('country="BE"');
    await askAndWait(el, 'he says he will post my pictures tonight, i am scared');
    const panel = root(el).querySelector<HTMLElement>('.panel')!;
    expect(panel.scrollWidth).to.be.at.most(panel.clientWidth + 1);
    expect(document.documentElement.scrollWidth).to.be.at.most(320 + 1);
    const textarea = root(el).querySelector('textarea')!;
    expect(textarea.getBoundingClientRect().width).to.be.greaterThan(100);
  });

  it('keeps the question field in view when an on-screen keyboard leaves little height', async () => {
    const el = await assistant('variant="launcher"');
    el.open = true;
    await el.updateComplete;
    await askAndWait(el, 'what is grooming');
    await setViewport({width: 360, height: 280});
    await aTimeout(50);
    const box = root(el).querySelector('textarea')!.getBoundingClientRect();
    expect(box.top).to.be.at.least(0);
    expect(box.bottom).to.be.at.most(280);
  });

  it('gives every button a target of at least 24 by 24 px', async () => {
    const el = await assistant('variant="launcher"');
    el.open = true;
    await el.updateComplete;
    for (const button of root(el).querySelectorAll('button')) {
      const box = button.getBoundingClientRect();
      if (box.width === 0) continue;
      expect(box.width, button.textContent).to.be.at.least(24);
      expect(box.height, button.textContent).to.be.at.least(24);
    }
  });
});

describe('<alliance-assistant> local content', () => {
  it('answers from a valid local file and uses its hotline correction', async () => {
    const el = await assistant(
      'local-content="/test/fixtures/local-content.valid.json" country="NO"',
    );
    const card = await askAndWait(el, 'youth centre drop-in opening hours');
    expect(card.querySelector('h3')!.textContent).to.match(/Example Youth Centre/);
    const urgent = await askAndWait(el, 'he says he will post my pictures tonight, i am scared');
    expect(urgent.querySelector('a[href="https://example.org/report"]')).to.exist;
    await expect(el).to.be.accessible();
  });

  it('rejects an invalid local file with a note and keeps working', async () => {
    const warnings: string[] = [];
    const warn = console.warn;
    console.warn = (message: string) => warnings.push(message);
    try {
      const el = await assistant('local-content="/test/fixtures/local-content.invalid.json"');
      await waitUntil(
        () => /could not be added/.test(root(el).querySelector('.welcome')!.textContent),
        'no note',
      );
      const card = await askAndWait(el, 'what is grooming');
      expect(card.querySelector('h3')!.textContent).to.match(/grooming/i);
      expect(warnings.join('\n')).to.match(/must start with "local\."/);
      await expect(el).to.be.accessible();
    } finally {
      console.warn = warn;
    }
  });
});
