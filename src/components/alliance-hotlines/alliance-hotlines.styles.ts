import {css} from 'lit';

export const hotlinesStyles = css`
  :host {
    background: var(--_bg);
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
  .picker {
    display: flex;
    flex-wrap: wrap;
    gap: 0.5rem 1rem;
  }
  input {
    font: inherit;
    min-block-size: 2.75rem;
    padding-inline: 0.5rem;
    border: 1px solid currentColor;
    border-radius: var(--_radius);
    color: inherit;
    background: var(--_bg);
  }
  input:focus-visible {
    outline: 3px solid var(--_accent);
    outline-offset: 2px;
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
