import {css} from 'lit';

export const faqStyles = css`
  :host {
    background: var(--_bg);
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
