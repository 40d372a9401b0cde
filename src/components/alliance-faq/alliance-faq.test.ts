import {aTimeout, expect, fixture, waitUntil} from '@open-wc/testing';
import {sendKeys} from '@web/test-runner-commands';
import '../../index.js';
import type {AllianceFaq} from './alliance-faq.js';

async function faq(attributes = ''): Promise<AllianceFaq> {
  const el = await fixture<AllianceFaq>(
    `<alliance-faq content-base="/dist/content/" ${attributes}></alliance-faq>`,
  );
  await waitUntil(() => el.shadowRoot!.querySelectorAll('.item').length > 0, 'no questions');
  return el;
}
const items = (el: AllianceFaq) => el.shadowRoot!.querySelectorAll('.item');

describe('<alliance-faq>', () => {
  it('renders every topic grouped under category headings', async () => {
    const el = await faq();
    expect(items(el).length).to.equal(43);
    const headings = [...el.shadowRoot!.querySelectorAll('h2')].map((h) => h.textContent);
    expect(headings[0]).to.equal('The Global Alliance');
    expect(headings).to.include('Reporting');
  });

  it('passes axe closed and with every answer open', async () => {
    const el = await faq();
    await expect(el).to.be.accessible();
    el.expandAll();
    await el.updateComplete;
    await expect(el).to.be.accessible();
  });

  it('keeps closed answers findable by find-in-page and opens on beforematch', async () => {
    const el = await faq();
    const answer = el.shadowRoot!.querySelector('[id="a-report.anonymous"]')!;
    expect(answer.getAttribute('hidden')).to.equal('until-found');
    answer.dispatchEvent(new Event('beforematch'));
    await el.updateComplete;
    expect(answer.hasAttribute('hidden')).to.be.false;
    const button = el.shadowRoot!.querySelector('[id="q-report.anonymous"]')!;
    expect(button.getAttribute('aria-expanded')).to.equal('true');
  });

  it('opens with the keyboard', async () => {
    const el = await faq();
    const button = el.shadowRoot!.querySelector<HTMLButtonElement>('.question')!;
    button.focus();
    await sendKeys({press: 'Enter'});
    await el.updateComplete;
    expect(button.getAttribute('aria-expanded')).to.equal('true');
    await sendKeys({press: 'Space'});
    await el.updateComplete;
    expect(button.getAttribute('aria-expanded')).to.equal('false');
  });

  it('filters as you type, typo-tolerant, highlights matches and announces the count once', async () => {
    const el = await faq();
    const input = el.shadowRoot!.querySelector('input')!;
    input.focus();
    await sendKeys({type: 'anonymus report'});
    await el.updateComplete;
    const shown = [...items(el)].map((item) => item.querySelector('.question')!.id);
    expect(shown).to.include('q-report.anonymous');
    expect(shown.length).to.be.below(43);
    const marked = [...el.shadowRoot!.querySelectorAll('mark')].map((mark) => mark.textContent);
    expect(marked).to.include('anonymously');
    await aTimeout(600);
    const status = el.shadowRoot!.querySelector('[role="status"]')!;
    expect(status.textContent.trim()).to.equal(`${shown.length} questions match.`);
    await expect(el).to.be.accessible();
  });

  it('says so when nothing matches', async () => {
    const el = await faq();
    const input = el.shadowRoot!.querySelector('input')!;
    input.focus();
    await sendKeys({type: 'zzqv xqwk'});
    await el.updateComplete;
    expect(items(el).length).to.equal(0);
    expect(el.shadowRoot!.textContent).to.match(/No question matches/);
  });

  it('opens the answer named in the URL fragment', async () => {
    window.location.hash = '#grooming.signs';
    try {
      const el = await faq();
      await waitUntil(
        () =>
          el.shadowRoot!.querySelector('[id="q-grooming.signs"]')!.getAttribute('aria-expanded') ===
          'true',
        'deep link did not open',
      );
    } finally {
      history.replaceState(null, '', window.location.pathname + window.location.search);
    }
  });

  it('shows sources and review date, and the child register for audience="child"', async () => {
    const el = await faq('audience="child"');
    el.expandAll();
    await el.updateComplete;
    const answer = el.shadowRoot!.querySelector('[id="a-grooming.what"]')!;
    expect(answer.textContent).to.match(/Reviewed \d{4}-\d{2}-\d{2}/);
    expect(answer.querySelector('a[target="_blank"]')).to.exist;
  });

  for (const locale of ['fr', 'de', 'es', 'it', 'nl', 'pl', 'pt']) {
    it(`renders in ${locale} and passes axe`, async () => {
      const el = await faq(`lang="${locale}"`);
      await waitUntil(
        () => el.shadowRoot!.querySelector('h2')!.textContent !== 'The Global Alliance',
        'headings not translated',
      );
      expect(el.shadowRoot!.querySelector('.question span')!.getAttribute('lang')).to.equal(locale);
      await expect(el).to.be.accessible();
    });
  }
});

describe('<alliance-faq> local content', () => {
  it('lists a valid local answer under its category', async () => {
    const el = await faq('local-content="/test/fixtures/local-content.valid.json"');
    await waitUntil(
      () => el.shadowRoot!.querySelector('[id="q-local.drop-in"]'),
      'local entry missing',
    );
    expect(items(el).length).to.equal(44);
  });
});

describe('<alliance-faq> theme', () => {
  it('passes axe with theme="dark" and every answer open', async () => {
    const el = await faq('theme="dark"');
    el.expandAll();
    await el.updateComplete;
    expect(getComputedStyle(el).colorScheme).to.equal('dark');
    await expect(el).to.be.accessible();
  });
});
