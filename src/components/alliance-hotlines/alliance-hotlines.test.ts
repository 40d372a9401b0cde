import {expect, fixture, waitUntil} from '@open-wc/testing';
import {sendKeys} from '@web/test-runner-commands';
import '../../index.js';
import type {AllianceHotlines} from './alliance-hotlines.js';

async function panel(attributes: string): Promise<AllianceHotlines> {
  const el = await fixture<AllianceHotlines>(
    `<alliance-hotlines content-base="/dist/content/" ${attributes}></alliance-hotlines>`,
  );
  await waitUntil(() => el.shadowRoot!.querySelector('select'), 'country list did not load');
  return el;
}

describe('<alliance-hotlines>', () => {
  it('renders the hotline, emergency number and helpline of a country, and passes axe', async () => {
    const el = await panel('country="BE"');
    const root = el.shadowRoot!;
    expect(root.querySelector('a[href="tel:112"]')).to.exist;
    expect(root.querySelector('a[href^="https://childfocus.be"]')).to.exist;
    expect(root.textContent).to.match(/What not to do/);
    await expect(el).to.be.accessible();
  });

  it('shows the explicit fallback where no hotline is confirmed', async () => {
    const el = await panel('country="NO"');
    expect(el.shadowRoot!.textContent).to.match(/no confirmed hotline/);
    expect(el.shadowRoot!.querySelector('a[href="https://www.inhope.org/EN/our-members"]')).to
      .exist;
    await expect(el).to.be.accessible();
  });

  it('takes the country from the language tag, and offers a localized picker', async () => {
    const el = await panel('lang="fr-CH"');
    const select = el.shadowRoot!.querySelector('select')!;
    expect(select.value).to.equal('CH');
    expect([...select.options].some((option) => option.textContent === 'Suisse')).to.be.true;
    select.value = 'FR';
    select.dispatchEvent(new Event('change'));
    await el.updateComplete;
    expect(el.shadowRoot!.querySelector('a[href*="pointdecontact"]')).to.exist;
  });

  it('narrows the country list as you type, ignoring accents', async () => {
    const el = await panel('lang="fr"');
    // The French UI strings load lazily; the list may first render with the English ones.
    const firstOption = () => el.shadowRoot!.querySelector('option')?.textContent;
    await waitUntil(() => firstOption() === 'Choisis ton pays', 'French strings did not load');
    const search = el.shadowRoot!.querySelector<HTMLInputElement>('#country-search')!;
    search.focus();
    await sendKeys({type: 'etats'});
    await el.updateComplete;
    const names = [...el.shadowRoot!.querySelectorAll('option')].map((o) => o.textContent);
    expect(names).to.deep.equal(['Choisis ton pays', 'États-Unis']);
    await waitUntil(() => /1/.test(el.shadowRoot!.querySelector('#country-count')!.textContent));
    await expect(el).to.be.accessible();
  });

  it('asks for a country when none is known, and passes axe', async () => {
    const el = await panel('lang="en"');
    expect(el.shadowRoot!.textContent).to.match(/Choose your country/);
    await expect(el).to.be.accessible();
  });
});

describe('<alliance-hotlines> theme', () => {
  it('passes axe with theme="dark"', async () => {
    const el = await panel('country="GB" theme="dark"');
    await expect(el).to.be.accessible();
  });
});

describe('<alliance-hotlines> localization', () => {
  for (const locale of ['fr', 'de', 'es', 'it', 'nl', 'pl', 'pt']) {
    it(`renders in ${locale} and passes axe`, async () => {
      const el = await panel(`lang="${locale}" country="PT"`);
      await waitUntil(
        () => el.shadowRoot!.querySelector('h2')!.textContent !== 'Where can I report?',
        'not translated',
      );
      await expect(el).to.be.accessible();
    });
  }
});

describe('<alliance-hotlines> next to an assistant', () => {
  it('follows the page when another widget switches the UI language', async () => {
    const container = await fixture<HTMLDivElement>(
      `<div><alliance-hotlines content-base="/dist/content/" country="FR" lang="en"></alliance-hotlines>
        <alliance-assistant content-base="/dist/content/" lang="en"></alliance-assistant></div>`,
    );
    const hotlines = container.querySelector('alliance-hotlines')!;
    await waitUntil(() => hotlines.shadowRoot!.querySelector('select'), 'no country list');
    container.querySelector('alliance-assistant')!.setAttribute('lang', 'fr');
    await waitUntil(
      () => hotlines.shadowRoot!.querySelector('h2')!.textContent !== 'Where can I report?',
      'the panel kept its English strings',
    );
  });
});
