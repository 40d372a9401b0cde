import {css} from 'lit';

export const hotlinesStyles = css`
  :host {
    --_fg: var(--alliance-color-text, CanvasText);
    --_bg: var(--alliance-color-surface, Canvas);
    --_accent: var(--alliance-color-accent, #0b57d0);
    --_muted: var(--alliance-color-muted, #4a4a4a);
    --_radius: var(--alliance-radius, 0.5rem);
    display: block;
    color: var(--_fg);
    background: var(--_bg);
    font: var(--alliance-font, inherit);
    line-height: 1.5;
  }
  :host([hidden]) {
    display: none;
  }
  @media (prefers-color-scheme: dark) {
    :host {
      --_accent: var(--alliance-color-accent-dark, #a8c7fa);
      --_muted: var(--alliance-color-muted-dark, #c4c4c4);
    }
  }
  [part='base'] {
    display: grid;
    gap: 0.75rem;
  }
  h2,
  h3 {
    margin: 0;
    font-size: 1.1em;
  }
  h3 {
    font-size: 1em;
  }
  label {
    font-weight: 600;
    display: block;
  }
  select {
    font: inherit;
    min-block-size: 2.75rem;
    max-inline-size: 100%;
    padding-inline: 0.5rem;
    border: 1px solid currentColor;
    border-radius: var(--_radius);
    color: inherit;
    background: var(--_bg);
  }
  a {
    color: var(--_accent);
  }
  a:focus-visible,
  select:focus-visible {
    outline: 3px solid var(--_accent);
    outline-offset: 2px;
  }
  p {
    margin: 0;
  }
  ul {
    margin: 0;
  }
`;
