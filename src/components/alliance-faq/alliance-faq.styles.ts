import {css} from 'lit';

export const faqStyles = css`
  :host {
    --_fg: var(--alliance-color-text, CanvasText);
    --_bg: var(--alliance-color-surface, Canvas);
    --_accent: var(--alliance-color-accent, #0b57d0);
    --_muted: var(--alliance-color-muted, #4a4a4a);
    --_mark: var(--alliance-color-mark, #fff3b0);
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
      --_mark: var(--alliance-color-mark-dark, #5c4b00);
    }
  }
  * {
    box-sizing: border-box;
  }
  .toolbar {
    display: flex;
    flex-wrap: wrap;
    align-items: end;
    gap: 0.5rem;
    margin-block-end: 1rem;
  }
  .filter {
    display: flex;
    flex-direction: column;
    flex: 1 1 14rem;
    min-inline-size: 0;
  }
  label {
    font-weight: 600;
  }
  input {
    font: inherit;
    min-block-size: 2.75rem;
    padding-inline: 0.5rem;
    border: 1px solid var(--_fg);
    border-radius: var(--_radius);
    color: var(--_fg);
    background: var(--_bg);
  }
  button {
    font: inherit;
    min-block-size: 2.75rem;
    padding: 0.25rem 0.75rem;
    border: 1px solid var(--_accent);
    border-radius: var(--_radius);
    color: var(--_fg);
    background: var(--_bg);
    cursor: pointer;
  }
  h2 {
    font-size: 1.2em;
    margin: 1.25rem 0 0.5rem;
  }
  h3 {
    margin: 0;
    font-size: 1em;
  }
  .item {
    border-block-end: 1px solid var(--_muted);
  }
  .question {
    display: flex;
    justify-content: space-between;
    gap: 0.5rem;
    inline-size: 100%;
    text-align: start;
    border: 0;
    border-radius: 0;
    padding: 0.5rem 0.25rem;
    font-weight: 600;
  }
  .question::after {
    content: '+';
    flex: none;
  }
  .question[aria-expanded='true']::after {
    content: '−';
  }
  .answer {
    padding: 0 0.25rem 0.75rem;
    overflow-wrap: anywhere;
  }
  .answer p {
    margin: 0 0 0.5em;
  }
  .meta {
    font-size: 0.9em;
    color: var(--_muted);
  }
  mark {
    background: var(--_mark);
    color: inherit;
  }
  a {
    color: var(--_accent);
  }
  button:focus-visible,
  a:focus-visible,
  input:focus-visible,
  summary:focus-visible {
    outline: 3px solid var(--_accent);
    outline-offset: 2px;
  }
  @media (forced-colors: active) {
    button,
    input,
    .item {
      border-color: CanvasText;
    }
    mark {
      forced-color-adjust: none;
      background: Highlight;
      color: HighlightText;
    }
  }
`;
