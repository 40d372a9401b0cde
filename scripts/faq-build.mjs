#!/usr/bin/env node
// node scripts/faq-build.mjs — writes a static, script-free FAQ page per locale to dist/faq/
// (<locale>.html, index.html and one shared faq.css) from the compiled chunks in dist/content/.
// Run `npm run content:build` first. The pages use no script and no inline style, so they work
// without JavaScript and under a strict Content-Security-Policy (style-src 'self').
import {existsSync, mkdirSync, readFileSync, writeFileSync} from 'node:fs';
import {dirname, join, relative} from 'node:path';
import {fileURLToPath, pathToFileURL} from 'node:url';
import {LOCALES} from './content-lib.mjs';

/** Categories in the order the page shows them. */
export const CATEGORY_ORDER = ['alliance', 'grooming', 'images', 'reporting', 'help', 'about'];

/** Each language's own name, for the language links. */
export const LANGUAGE_NAMES = {
  en: 'English',
  fr: 'Français',
  de: 'Deutsch',
  es: 'Español',
  it: 'Italiano',
  nl: 'Nederlands',
  pl: 'Polski',
  pt: 'Português',
};

/**
 * The fixed strings of the page per locale. `reviewed` holds a `{date}` placeholder so that each
 * language can put the date where its grammar wants it. Where the widget already has a string
 * (xliff/), the same wording is used here.
 */
export const STRINGS = {
  en: {
    title:
      'Questions and answers: online safety and the Global Alliance against Child Sexual Abuse Online',
    categories: {
      alliance: 'The Global Alliance',
      grooming: 'Grooming and staying safe',
      images: 'Images',
      reporting: 'Reporting',
      help: 'Getting help',
      about: 'About this assistant',
    },
    young: 'For young people',
    sources: 'Sources',
    reviewed: 'Reviewed {date}',
    related: 'Related questions',
    newTab: '(opens in a new tab)',
    contents: 'Contents',
    languages: 'Languages',
    undated: 'undated',
  },
  fr: {
    title:
      "Questions et réponses : la sécurité en ligne et l'Alliance mondiale contre les abus sexuels commis contre des enfants via internet",
    categories: {
      alliance: "L'Alliance mondiale",
      grooming: 'Le grooming et comment rester en sécurité',
      images: 'Images',
      reporting: 'Signalement',
      help: "Obtenir de l'aide",
      about: 'À propos de cet assistant',
    },
    young: 'Pour les jeunes',
    sources: 'Sources',
    reviewed: 'Dernière vérification : {date}',
    related: 'Questions liées',
    newTab: "(s'ouvre dans un nouvel onglet)",
    contents: 'Sommaire',
    languages: 'Langues',
    undated: 'non daté',
  },
  de: {
    title:
      'Fragen und Antworten: Online-Sicherheit und die Globale Allianz gegen sexuellen Kindesmissbrauch im Internet',
    categories: {
      alliance: 'Die Globale Allianz',
      grooming: 'Grooming und wie man sich schützt',
      images: 'Bilder',
      reporting: 'Melden',
      help: 'Hilfe finden',
      about: 'Über diesen Assistenten',
    },
    young: 'Für junge Menschen',
    sources: 'Quellen',
    reviewed: 'Geprüft am {date}',
    related: 'Ähnliche Fragen',
    newTab: '(öffnet in einem neuen Tab)',
    contents: 'Inhalt',
    languages: 'Sprachen',
    undated: 'undatiert',
  },
  es: {
    title:
      'Preguntas y respuestas: la seguridad en internet y la Alianza Global contra el Abuso Sexual Infantil en Línea',
    categories: {
      alliance: 'La Alianza Global',
      grooming: 'Grooming y cómo protegerse',
      images: 'Imágenes',
      reporting: 'Denunciar',
      help: 'Pedir ayuda',
      about: 'Sobre este asistente',
    },
    young: 'Para jóvenes',
    sources: 'Fuentes',
    reviewed: 'Última revisión: {date}',
    related: 'Preguntas relacionadas',
    newTab: '(se abre en una pestaña nueva)',
    contents: 'Contenido',
    languages: 'Idiomas',
    undated: 'sin fecha',
  },
  it: {
    title:
      "Domande e risposte: la sicurezza in rete e l'Alleanza globale contro l'abuso sessuale dei minori online",
    categories: {
      alliance: "L'Alleanza globale",
      grooming: 'Adescamento (grooming) e sicurezza',
      images: 'Immagini',
      reporting: 'Segnalare',
      help: 'Chiedere aiuto',
      about: 'Informazioni su questo assistente',
    },
    young: 'Per ragazze e ragazzi',
    sources: 'Fonti',
    reviewed: 'Ultima verifica: {date}',
    related: 'Domande correlate',
    newTab: '(si apre in una nuova scheda)',
    contents: 'Indice',
    languages: 'Lingue',
    undated: 'senza data',
  },
  nl: {
    title:
      'Vragen en antwoorden: online veiligheid en de Wereldwijde Alliantie tegen seksueel misbruik van kinderen online',
    categories: {
      alliance: 'De Wereldwijde Alliantie',
      grooming: 'Grooming en veilig blijven',
      images: 'Beelden',
      reporting: 'Melden',
      help: 'Hulp krijgen',
      about: 'Over deze assistent',
    },
    young: 'Voor jongeren',
    sources: 'Bronnen',
    reviewed: 'Gecontroleerd op {date}',
    related: 'Gerelateerde vragen',
    newTab: '(opent in een nieuw tabblad)',
    contents: 'Inhoud',
    languages: 'Talen',
    undated: 'ongedateerd',
  },
  pl: {
    title:
      'Pytania i odpowiedzi: bezpieczeństwo online i Globalny sojusz przeciwko wykorzystywaniu seksualnemu dzieci w internecie',
    categories: {
      alliance: 'Globalny sojusz',
      grooming: 'Grooming i bezpieczeństwo',
      images: 'Zdjęcia',
      reporting: 'Zgłaszanie',
      help: 'Gdzie szukać pomocy',
      about: 'O tym asystencie',
    },
    young: 'Dla młodych osób',
    sources: 'Źródła',
    reviewed: 'Sprawdzono {date}',
    related: 'Podobne pytania',
    newTab: '(otwiera się w nowej karcie)',
    contents: 'Spis treści',
    languages: 'Języki',
    undated: 'bez daty',
  },
  pt: {
    title:
      'Perguntas e respostas: segurança online e a Aliança Global contra o Abuso Sexual de Crianças na Internet',
    categories: {
      alliance: 'A Aliança Global',
      grooming: 'Aliciamento (grooming) e segurança',
      images: 'Imagens',
      reporting: 'Denunciar',
      help: 'Obter ajuda',
      about: 'Sobre este assistente',
    },
    young: 'Para jovens',
    sources: 'Fontes',
    reviewed: 'Última verificação: {date}',
    related: 'Perguntas relacionadas',
    newTab: '(abre em nova aba)',
    contents: 'Índice',
    languages: 'Idiomas',
    undated: 'sem data',
  },
};

const ESCAPES = {'&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;'};

/** Escapes text for HTML element content and for double- or single-quoted attribute values. */
export function escapeHtml(value) {
  return String(value).replace(/[&<>"']/g, (char) => ESCAPES[char]);
}

/** True for an absolute https URL; anything else (http:, javascript:, relative, broken) is not. */
export function isHttps(url) {
  try {
    return new URL(url).protocol === 'https:';
  } catch {
    return false;
  }
}

/** A full ISO date (2026-11-27) as a localized <time>; "undated" and partial dates as text. */
export function formatDate(date, locale) {
  if (date === 'undated') return escapeHtml(STRINGS[locale].undated);
  if (!/^\d{4}-\d{2}-\d{2}$/.test(date)) return escapeHtml(date);
  const parsed = new Date(`${date}T00:00:00Z`);
  if (Number.isNaN(parsed.getTime())) return escapeHtml(date);
  const text = new Intl.DateTimeFormat(locale, {dateStyle: 'long', timeZone: 'UTC'}).format(parsed);
  return `<time datetime="${escapeHtml(date)}">${escapeHtml(text)}</time>`;
}

/** An external link that opens in a new tab and says so to screen readers; null if not https. */
export function externalLink(url, label, locale) {
  if (!isHttps(url)) return null;
  return (
    `<a href="${escapeHtml(url)}" rel="noopener noreferrer" target="_blank">${escapeHtml(label)}` +
    `<span class="visually-hidden"> ${escapeHtml(STRINGS[locale].newTab)}</span></a>`
  );
}

/** Text split into paragraphs on blank lines, as the widget does. */
function paragraphs(text) {
  return text
    .split(/\n{2,}/)
    .map((paragraph) => paragraph.trim())
    .filter(Boolean)
    .map((paragraph) => `<p>${escapeHtml(paragraph)}</p>`)
    .join('\n');
}

/** The entries of a chunk grouped by category, in CATEGORY_ORDER; unknown categories throw. */
export function groupByCategory(entries) {
  const groups = new Map(CATEGORY_ORDER.map((category) => [category, []]));
  for (const entry of entries) {
    const group = groups.get(entry.category);
    if (!group) {
      throw new Error(
        `faq-build: topic "${entry.id}" has category "${entry.category}", which has no name in STRINGS; add it to CATEGORY_ORDER and STRINGS`,
      );
    }
    group.push(entry);
  }
  return [...groups].filter(([, group]) => group.length > 0);
}

const categoryId = (category) => `category-${category}`;

function renderTopic(entry, locale, titles) {
  const t = STRINGS[locale];
  const id = escapeHtml(entry.id);
  const parts = [`<section id="${id}">`];
  parts.push(`<h3>${escapeHtml(entry.title)}</h3>`);
  parts.push(paragraphs(entry.answer));
  const links = (entry.links ?? [])
    .map((link) => externalLink(link.url, link.label, locale))
    .filter(Boolean);
  if (links.length > 0) {
    parts.push(`<ul class="links">\n${links.map((link) => `<li>${link}</li>`).join('\n')}\n</ul>`);
  }
  if (entry.childAnswer) {
    parts.push(
      `<div class="young">\n<h4>${escapeHtml(t.young)}</h4>\n${paragraphs(entry.childAnswer)}\n</div>`,
    );
  }
  const related = (entry.related ?? []).filter((relatedId) => titles.has(relatedId));
  if (related.length > 0) {
    parts.push(`<h4>${escapeHtml(t.related)}</h4>`);
    parts.push(
      `<ul class="related">\n${related
        .map(
          (relatedId) =>
            `<li><a href="#${escapeHtml(relatedId)}">${escapeHtml(titles.get(relatedId))}</a></li>`,
        )
        .join('\n')}\n</ul>`,
    );
  }
  parts.push(`<h4>${escapeHtml(t.sources)}</h4>`);
  if ((entry.sources ?? []).length > 0) {
    parts.push(
      `<ul class="sources">\n${entry.sources
        .map((source) => {
          const title =
            (source.url && externalLink(source.url, source.title, locale)) ||
            escapeHtml(source.title);
          return `<li>${title} (${escapeHtml(source.publisher)}, ${formatDate(source.date, locale)})</li>`;
        })
        .join('\n')}\n</ul>`,
    );
  }
  const [before, after = ''] = t.reviewed.split('{date}');
  parts.push(
    `<p class="reviewed">${escapeHtml(before)}${formatDate(entry.reviewed, locale)}${escapeHtml(after)}</p>`,
  );
  parts.push('</section>');
  return parts.join('\n');
}

function alternateLinks(locales) {
  return [
    ...locales.map((other) => `<link rel="alternate" hreflang="${other}" href="${other}.html">`),
    '<link rel="alternate" hreflang="x-default" href="index.html">',
  ].join('\n');
}

function head(title, locales) {
  return [
    '<meta charset="utf-8">',
    '<meta name="viewport" content="width=device-width, initial-scale=1">',
    `<title>${escapeHtml(title)}</title>`,
    '<link rel="stylesheet" href="faq.css">',
    alternateLinks(locales),
  ].join('\n');
}

/** The FAQ page of one compiled chunk ({locale, dir, entries}). */
export function renderPage(kb, {locales = LOCALES} = {}) {
  const locale = kb.locale;
  const t = STRINGS[locale];
  if (!t) throw new Error(`faq-build: no page strings for locale "${locale}"`);
  const dir = kb.dir === 'rtl' ? 'rtl' : 'ltr';
  const titles = new Map(kb.entries.map((entry) => [entry.id, entry.title]));
  const groups = groupByCategory(kb.entries);

  const languageNav = `<nav class="languages" aria-label="${escapeHtml(t.languages)}">\n<ul>\n${locales
    .map((other) =>
      other === locale
        ? `<li><a href="${other}.html" hreflang="${other}" lang="${other}" aria-current="page">${escapeHtml(LANGUAGE_NAMES[other])}</a></li>`
        : `<li><a href="${other}.html" hreflang="${other}" lang="${other}">${escapeHtml(LANGUAGE_NAMES[other])}</a></li>`,
    )
    .join('\n')}\n</ul>\n</nav>`;

  const contents = `<nav class="contents" aria-label="${escapeHtml(t.contents)}">\n<ul>\n${groups
    .map(
      ([category, entries]) =>
        `<li><a href="#${categoryId(category)}">${escapeHtml(t.categories[category])}</a>\n<ul>\n${entries
          .map(
            (entry) => `<li><a href="#${escapeHtml(entry.id)}">${escapeHtml(entry.title)}</a></li>`,
          )
          .join('\n')}\n</ul>\n</li>`,
    )
    .join('\n')}\n</ul>\n</nav>`;

  const body = groups
    .map(
      ([category, entries]) =>
        `<h2 id="${categoryId(category)}">${escapeHtml(t.categories[category])}</h2>\n${entries
          .map((entry) => renderTopic(entry, locale, titles))
          .join('\n')}`,
    )
    .join('\n');

  return `<!doctype html>
<html lang="${escapeHtml(locale)}" dir="${dir}">
<head>
${head(t.title, locales)}
</head>
<body>
<header>
${languageNav}
<h1>${escapeHtml(t.title)}</h1>
${contents}
</header>
<main>
${body}
</main>
</body>
</html>
`;
}

/** The page that links every locale's FAQ, each in its own language. */
export function renderIndex({locales = LOCALES} = {}) {
  const items = locales
    .map(
      (locale) =>
        `<li><a href="${locale}.html" hreflang="${locale}" lang="${locale}">` +
        `<span class="language">${escapeHtml(LANGUAGE_NAMES[locale])}</span> ${escapeHtml(STRINGS[locale].title)}</a></li>`,
    )
    .join('\n');
  return `<!doctype html>
<html lang="en" dir="ltr">
<head>
${head(STRINGS.en.title, locales)}
</head>
<body>
<main>
<h1>${escapeHtml(STRINGS.en.title)}</h1>
<ul class="index">
${items}
</ul>
</main>
</body>
</html>
`;
}

/** The one stylesheet of every page: readable from 320 px up, and printable. */
export const FAQ_CSS = `/* Generated by scripts/faq-build.mjs: do not edit. */
*,
*::before,
*::after {
  box-sizing: border-box;
}
html {
  color-scheme: light dark;
  -webkit-text-size-adjust: 100%;
  text-size-adjust: 100%;
}
body {
  margin: 0 auto;
  max-width: 44rem;
  padding: 1rem;
  font-family: system-ui, -apple-system, 'Segoe UI', Roboto, 'Noto Sans', Arial, sans-serif;
  font-size: 1rem;
  line-height: 1.55;
  color: #1a1a1a;
  background: #fff;
  overflow-wrap: break-word;
  hyphens: auto;
}
h1,
h2,
h3,
h4 {
  line-height: 1.25;
  hyphens: manual;
}
h1 {
  font-size: 1.6rem;
  margin: 0.5rem 0 1rem;
}
h2 {
  font-size: 1.35rem;
  margin: 2.5rem 0 1rem;
  padding-block-end: 0.25rem;
  border-block-end: 2px solid currentColor;
}
h3 {
  font-size: 1.15rem;
  margin: 0 0 0.5rem;
}
h4 {
  font-size: 0.95rem;
  margin: 1rem 0 0.25rem;
  text-transform: none;
}
p,
ul {
  margin: 0 0 0.75rem;
}
ul {
  padding-inline-start: 1.25rem;
}
li + li {
  margin-block-start: 0.25rem;
}
a {
  color: #0b57a4;
  text-underline-offset: 0.15em;
}
a:visited {
  color: #6a2c91;
}
a:focus-visible {
  outline: 3px solid #0b57a4;
  outline-offset: 2px;
}
section {
  margin: 0 0 1.5rem;
  padding: 1rem 0 0;
  border-block-start: 1px solid #c8c8c8;
  scroll-margin-block-start: 1rem;
}
h2 + section {
  border-block-start: 0;
  padding-block-start: 0;
}
.young {
  margin: 1rem 0;
  padding: 0.5rem 0.75rem;
  border-inline-start: 4px solid #2f7d32;
  background: #f1f8f1;
}
.young h4 {
  margin-block-start: 0.25rem;
}
.young p:last-child {
  margin-block-end: 0.25rem;
}
.sources,
.reviewed {
  font-size: 0.9rem;
  color: #444;
}
.languages ul {
  display: flex;
  flex-wrap: wrap;
  gap: 0.25rem 1rem;
  margin: 0;
  padding: 0;
  list-style: none;
}
.languages li + li {
  margin: 0;
}
.languages a[aria-current='page'] {
  font-weight: 700;
  color: inherit;
  text-decoration: none;
}
.contents {
  margin: 0 0 1.5rem;
  font-size: 0.95rem;
}
.index .language {
  display: block;
  font-weight: 700;
}
.index li + li {
  margin-block-start: 1rem;
}
.visually-hidden {
  position: absolute !important;
  width: 1px;
  height: 1px;
  margin: -1px;
  padding: 0;
  overflow: hidden;
  clip: rect(0 0 0 0);
  clip-path: inset(50%);
  white-space: nowrap;
  border: 0;
}
@media (max-width: 30rem) {
  body {
    padding: 0.75rem;
  }
  h1 {
    font-size: 1.35rem;
  }
  h2 {
    font-size: 1.2rem;
  }
  h3 {
    font-size: 1.05rem;
  }
  ul {
    padding-inline-start: 1rem;
  }
}
@media (prefers-color-scheme: dark) {
  body {
    color: #e8e8e8;
    background: #121212;
  }
  a {
    color: #8cc4ff;
  }
  a:visited {
    color: #d0a6f0;
  }
  a:focus-visible {
    outline-color: #8cc4ff;
  }
  section {
    border-color: #444;
  }
  .young {
    background: #1b2a1c;
    border-color: #6cbf70;
  }
  .sources,
  .reviewed {
    color: #bbb;
  }
}
@page {
  margin: 1.8cm 1.6cm;
}
@media print {
  html {
    color-scheme: light;
  }
  body {
    max-width: none;
    padding: 0;
    font-family: Georgia, 'Times New Roman', serif;
    font-size: 11pt;
    line-height: 1.4;
    color: #000;
    background: #fff;
  }
  nav {
    display: none;
  }
  a,
  a:visited {
    color: #000;
  }
  a[href^='https:']::after {
    content: ' <' attr(href) '>';
    font-size: 0.85em;
    overflow-wrap: anywhere;
  }
  h2,
  h3,
  h4 {
    break-after: avoid;
    page-break-after: avoid;
  }
  h2 {
    margin-block-start: 1.5rem;
  }
  section {
    break-inside: avoid;
    page-break-inside: avoid;
    border-color: #999;
  }
  .young {
    background: none;
    border-color: #000;
  }
  .sources,
  .reviewed {
    color: #000;
  }
  p,
  li {
    orphans: 3;
    widows: 3;
  }
}
`;

/** Reads dist/content/kb.<locale>.json for every locale and writes dist/faq/; returns the files. */
export function buildFaq({
  contentDir = join(dirname(fileURLToPath(import.meta.url)), '../dist/content'),
  outDir = join(dirname(fileURLToPath(import.meta.url)), '../dist/faq'),
  locales = LOCALES,
} = {}) {
  // Locale chunks name their sources by id; the sources are in the reference chunk (the same
  // join as resolveSources in src/lib/knowledge-chunk.ts, which this build script cannot import).
  const referenceFile = join(contentDir, 'reference.json');
  if (!existsSync(referenceFile)) {
    throw new Error(
      `faq-build: ${referenceFile} does not exist; run \`npm run content:build\` first`,
    );
  }
  const {sources} = JSON.parse(readFileSync(referenceFile, 'utf8'));
  const chunks = locales.map((locale) => {
    const file = join(contentDir, `kb.${locale}.json`);
    if (!existsSync(file)) {
      throw new Error(`faq-build: ${file} does not exist; run \`npm run content:build\` first`);
    }
    const chunk = JSON.parse(readFileSync(file, 'utf8'));
    const kb = {
      ...chunk,
      entries: chunk.entries.map((entry) => ({
        ...entry,
        sources: entry.sources.flatMap((id) => (sources[id] ? [sources[id]] : [])),
      })),
    };
    if (kb.locale !== locale) {
      throw new Error(`faq-build: ${file} has locale "${kb.locale}", expected "${locale}"`);
    }
    return kb;
  });
  mkdirSync(outDir, {recursive: true});
  const written = [];
  const write = (name, text) => {
    writeFileSync(join(outDir, name), text);
    written.push(join(outDir, name));
  };
  write('faq.css', FAQ_CSS);
  for (const kb of chunks) write(`${kb.locale}.html`, renderPage(kb, {locales}));
  write('index.html', renderIndex({locales}));
  return written;
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  try {
    const files = buildFaq();
    console.log(
      `faq-build: wrote ${files.map((file) => relative(process.cwd(), file)).join(', ')}`,
    );
  } catch (error) {
    console.error(error.message);
    process.exit(1);
  }
}
