// Demo controls: switch language, country, audience and variant, and print the embed snippet.
const assistant = document.getElementById('assistant');
const hotlines = document.getElementById('hotlines');
const faq = document.getElementById('faq');
const fields = ['lang', 'country', 'audience', 'variant', 'theme'].map((id) =>
  document.getElementById(id),
);

function update() {
  const [lang, country, audience, variant, theme] = fields.map((field) => field.value.trim());
  for (const element of [assistant, hotlines, faq]) element.theme = theme;
  document.documentElement.style.colorScheme = theme === 'auto' ? 'light dark' : theme;
  assistant.setAttribute('lang', lang);
  hotlines.setAttribute('lang', lang);
  faq.setAttribute('lang', lang);
  faq.audience = audience;
  assistant.country = country;
  hotlines.country = country;
  assistant.audience = audience;
  assistant.variant = variant;
  const attributes = [
    `lang="${lang}"`,
    country && `country="${country.toUpperCase()}"`,
    audience && `audience="${audience}"`,
    variant !== 'inline' && `variant="${variant}"`,
    theme !== 'auto' && `theme="${theme}"`,
  ]
    .filter(Boolean)
    .join(' ');
  document.getElementById('snippet').textContent =
    `<script type="module" src="https://YOUR-SITE/alliance-assistant/alliance-assistant.js"></script>\n<alliance-assistant ${attributes}></alliance-assistant>`;
}
for (const field of fields) field.addEventListener('change', update);
update();
