import {expect} from '@open-wc/testing';
import type {ReferenceData} from './help-contacts.js';
import {checkLocalContent, withLocalHotlines} from './local-content.js';

const load = async (name: string): Promise<unknown> =>
  (await fetch(`/test/fixtures/${name}`)).json();

describe('local content', () => {
  it('accepts a valid file and turns it into entries and hotlines', async () => {
    const result = checkLocalContent(await load('local-content.valid.json'));
    expect(result.ok).to.be.true;
    if (!result.ok) return;
    const [entry] = result.content.entries.en!;
    expect(entry.id).to.equal('local.drop-in');
    expect(entry.links[0]).to.include({kind: 'helpline', url: 'https://example.org/drop-in'});
    expect(result.content.hotlines[0].country_code).to.equal('NO');
  });

  it('rejects an invalid file whole, naming every problem', async () => {
    const result = checkLocalContent(await load('local-content.invalid.json'));
    expect(result.ok).to.be.false;
    if (result.ok) return;
    const text = result.errors.join('\n');
    expect(text).to.match(/entries\.en\[0\]: id: must start with "local\."/);
    expect(text).to.match(/phrasings: at least 3 texts/);
    expect(text).to.match(/answer: required text/);
    expect(text).to.match(/links\[0\]: needs a label, an https url/);
    expect(text).to.match(/sources: at least one source/);
    expect(text).to.match(/reviewed: a date/);
    expect(text).to.match(/entries\.xx: unknown locale/);
  });

  it('rejects what is not an object', () => {
    expect(checkLocalContent([1, 2])).to.deep.equal({
      ok: false,
      errors: ['the file must hold a JSON object'],
    });
  });

  it('puts local hotlines first for their country', async () => {
    const result = checkLocalContent(await load('local-content.valid.json'));
    if (!result.ok) throw new Error('fixture should be valid');
    const reference = {
      directory: {name: 'INHOPE', url: 'https://www.inhope.org/EN/our-members'},
      countries: {
        NO: {alliance2012: true, hotlines: [], fallback: true, emergency: null, helplines: []},
      },
      languages: [],
      sources: {},
    } as ReferenceData;
    const merged = withLocalHotlines(reference, result.content);
    expect(merged.countries.NO.fallback).to.be.false;
    expect(merged.countries.NO.hotlines[0].hotline_name).to.equal('Example Norway reporting line');
    expect(reference.countries.NO.hotlines).to.deep.equal([]);
  });
});
