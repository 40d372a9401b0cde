// The static FAQ pages (scripts/faq-build.mjs): one valid, script-free, printable page per locale
// whose headings, section ids and links can be trusted, and escaping that cannot be bypassed.
import assert from 'node:assert/strict';
import {spawnSync} from 'node:child_process';
import {existsSync, readFileSync} from 'node:fs';
import {dirname, join} from 'node:path';
import {before, test} from 'node:test';
import {fileURLToPath} from 'node:url';
import {LOCALES} from '../../scripts/content-lib.mjs';
import {escapeHtml, isHttps, renderPage, STRINGS} from '../../scripts/faq-build.mjs';

const root = join(dirname(fileURLToPath(import.meta.url)), '../..');
const faqDir = join(root, 'dist/faq');
const run = (script) =>
  spawnSync(process.execPath, [join(root, script)], {cwd: root, encoding: 'utf8'});

/** The characters escapeHtml writes, read back, so that ids and hrefs compare as the browser sees them. */
const unescape = (text) =>
  text
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&#39;/g, "'")
    .replace(/&amp;/g, '&');

const attributeValues = (html, name) =>
  [...html.matchAll(new RegExp(`\\s${name}="([^"]*)"`, 'g'))].map((match) => unescape(match[1]));

const pages = {};
const chunks = {};

before(() => {
  if (!LOCALES.every((locale) => existsSync(join(root, `dist/content/kb.${locale}.json`)))) {
    const content = run('scripts/content-build.mjs');
    assert.equal(content.status, 0, content.stderr);
  }
  const result = run('scripts/faq-build.mjs');
  assert.equal(result.status, 0, result.stderr);
  for (const locale of LOCALES) {
    pages[locale] = readFileSync(join(faqDir, `${locale}.html`), 'utf8');
    chunks[locale] = JSON.parse(readFileSync(join(root, `dist/content/kb.${locale}.json`), 'utf8'));
  }
});

const siblingFiles = new Set(['index.html', 'faq.css', ...LOCALES.map((l) => `${l}.html`)]);

for (const locale of LOCALES) {
  test(`${locale}: html lang and dir, charset, viewport and title`, () => {
    const html = pages[locale];
    const kb = chunks[locale];
    assert.match(html, /^<!doctype html>\n/i);
    assert.ok(html.includes(`<html lang="${locale}" dir="${kb.dir}">`), 'lang/dir on <html>');
    assert.match(html, /<meta charset="utf-8">/);
    assert.match(html, /<meta name="viewport" content="width=device-width, initial-scale=1">/);
    const title = html.match(/<title>([^<]*)<\/title>/);
    assert.ok(title, 'has a <title>');
    assert.equal(unescape(title[1]), STRINGS[locale].title);
    assert.match(html, /<link rel="stylesheet" href="faq\.css">/);
  });

  test(`${locale}: exactly one h1, and heading levels never skip`, () => {
    const levels = [...pages[locale].matchAll(/<h([1-6])[\s>]/g)].map((match) => Number(match[1]));
    assert.equal(levels.filter((level) => level === 1).length, 1, 'exactly one h1');
    assert.equal(levels[0], 1, 'the first heading is the h1');
    levels.forEach((level, index) => {
      if (index === 0) return;
      assert.ok(
        level <= levels[index - 1] + 1,
        `heading ${index} is h${level} right after h${levels[index - 1]}`,
      );
    });
    assert.ok(levels.includes(4), 'child answers and sources have h4 headings');
  });

  test(`${locale}: every topic of the chunk is a section with its id`, () => {
    const html = pages[locale];
    const sectionIds = [...html.matchAll(/<section id="([^"]*)"/g)].map((match) =>
      unescape(match[1]),
    );
    const topicIds = chunks[locale].entries.map((entry) => entry.id);
    assert.deepEqual([...sectionIds].sort(), [...topicIds].sort());
    const ids = attributeValues(html, 'id');
    assert.equal(new Set(ids).size, ids.length, 'ids are unique');
    for (const entry of chunks[locale].entries.filter((e) => e.childAnswer)) {
      const section = html.slice(html.indexOf(`<section id="${escapeHtml(entry.id)}"`));
      const end = section.indexOf('</section>');
      assert.ok(
        section.slice(0, end).includes(`<h4>${escapeHtml(STRINGS[locale].young)}</h4>`),
        `${entry.id} shows its child answer under "${STRINGS[locale].young}"`,
      );
    }
  });

  test(`${locale}: every href is https, an existing #id or a sibling FAQ file`, () => {
    const html = pages[locale];
    const ids = new Set(attributeValues(html, 'id'));
    for (const href of attributeValues(html, 'href')) {
      if (href.startsWith('#')) {
        assert.ok(ids.has(href.slice(1)), `${href} points to an id of the page`);
      } else if (!siblingFiles.has(href)) {
        assert.ok(isHttps(href) && href.startsWith('https://'), `${href} is https`);
      }
    }
    for (const anchor of html.match(/<a href="https:[^>]*>/g) ?? []) {
      assert.match(anchor, / rel="noopener noreferrer" target="_blank">$/, anchor);
    }
    const newTab = `<span class="visually-hidden"> ${escapeHtml(STRINGS[locale].newTab)}</span></a>`;
    const external = (html.match(/<a href="https:/g) ?? []).length;
    assert.ok(external > 0, 'the page has external links');
    assert.equal(html.split(newTab).length - 1, external, 'each external link says it opens a tab');
  });

  test(`${locale}: no script and no inline style`, () => {
    const html = pages[locale];
    assert.doesNotMatch(html, /<script/i);
    assert.doesNotMatch(html, /\sstyle\s*=/i);
    assert.doesNotMatch(html, /<style/i);
    assert.doesNotMatch(html, /\son[a-z]+\s*=/i, 'no event handler attributes');
  });
}

test('faq.css has print rules and a small-screen layout', () => {
  const css = readFileSync(join(faqDir, 'faq.css'), 'utf8');
  assert.match(css, /@media print/);
  assert.match(css, /@media \(max-width: 30rem\)/);
  assert.match(css, /\.visually-hidden/);
});

test('index.html links the page of every locale with hreflang and lang', () => {
  const html = readFileSync(join(faqDir, 'index.html'), 'utf8');
  assert.doesNotMatch(html, /<script/i);
  assert.doesNotMatch(html, /\sstyle\s*=/i);
  assert.equal((html.match(/<h1[\s>]/g) ?? []).length, 1);
  for (const locale of LOCALES) {
    assert.ok(
      html.includes(`<a href="${locale}.html" hreflang="${locale}" lang="${locale}">`),
      `links ${locale}.html`,
    );
  }
});

test('escapeHtml escapes & < > " and \'', () => {
  assert.equal(
    escapeHtml(`<a href="x" title='y'>&amp;</a>`),
    '&lt;a href=&quot;x&quot; title=&#39;y&#39;&gt;&amp;amp;&lt;/a&gt;',
  );
  assert.equal(escapeHtml('plain text'), 'plain text');
  assert.equal(escapeHtml(42), '42');
});

test('a title, answer or label containing markup is escaped, and only https links are kept', () => {
  const entry = {
    id: 'alliance.what',
    category: 'alliance',
    audience: 'all',
    title: 'Is <script>alert(1)</script> & "x" safe?',
    answer: 'An answer with <img src=x onerror=alert(1)>.',
    childAnswer: "It's <b>bold</b>.",
    links: [
      {id: 'a', kind: 'info', url: 'https://example.org/?a=1&b="2"', label: '<i>ok</i>'},
      {id: 'b', kind: 'info', url: 'http://example.org/', label: 'plain http'},
      {id: 'c', kind: 'info', url: 'javascript:alert(1)', label: 'javascript'},
    ],
    related: ['missing.topic'],
    sources: [{title: 'T <1>', publisher: 'P & Q', date: 'undated', url: 'ftp://example.org/'}],
    reviewed: '2026-11-27',
    status: 'source',
  };
  const html = renderPage({locale: 'en', dir: 'ltr', entries: [entry]});
  assert.doesNotMatch(html, /<script|<img|<b>|<i>/);
  assert.ok(
    html.includes('<h3>Is &lt;script&gt;alert(1)&lt;/script&gt; &amp; &quot;x&quot; safe?</h3>'),
  );
  assert.ok(html.includes('href="https://example.org/?a=1&amp;b=&quot;2&quot;"'));
  assert.doesNotMatch(html, /http:\/\/example|javascript:|ftp:/);
  assert.doesNotMatch(html, /plain http|>javascript</);
  assert.doesNotMatch(html, /#missing\.topic/, 'related ids that are not on the page are left out');
  assert.ok(html.includes('T &lt;1&gt; (P &amp; Q, undated)'));
});
