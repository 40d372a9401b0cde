import {expect, fixture, waitUntil} from '@open-wc/testing';
import './index.js';
import {defineOnce} from './define.js';
import type {AllianceAssistant} from './components/alliance-assistant/alliance-assistant.js';

describe('defineOnce', () => {
  it('keeps the first definition when the script is loaded again, and warns only for another version', () => {
    const warnings: string[] = [];
    const warn = console.warn;
    console.warn = (message: string) => warnings.push(message);
    try {
      // Our own script loaded a second time: the same version, silently kept.
      const first = customElements.get('alliance-assistant');
      defineOnce('alliance-assistant', class extends HTMLElement {});
      expect(customElements.get('alliance-assistant')).to.equal(first);
      expect(warnings).to.deep.equal([]);
      // Another copy (an older version, say) owns the tag: kept, with a warning.
      const foreign = class extends HTMLElement {};
      customElements.define('alliance-test-foreign', foreign);
      defineOnce('alliance-test-foreign', class extends HTMLElement {});
      expect(customElements.get('alliance-test-foreign')).to.equal(foreign);
      expect(warnings.join()).to.match(/already defined \(version unknown\)/);
    } finally {
      console.warn = warn;
    }
  });

  it('lets several widgets on one page answer independently', async function () {
    // Two full widgets and an axe run over both take longer on a loaded 2-core machine.
    this.timeout(30000);
    const container = await fixture<HTMLDivElement>(
      `<div><alliance-assistant content-base="/dist/content/" lang="en"></alliance-assistant>
        <alliance-assistant content-base="/dist/content/" lang="en" variant="launcher"></alliance-assistant></div>`,
    );
    const [a, b] = [...container.querySelectorAll<AllianceAssistant>('alliance-assistant')];
    await a.ask('what is grooming');
    await waitUntil(() => a.shadowRoot!.querySelector('.card'), 'first widget did not answer');
    expect(b.shadowRoot!.querySelector('.card')).to.be.null;
    await expect(container).to.be.accessible();
  });
});
