import {css} from 'lit';

export const assistantStyles = css`
  * {
    box-sizing: border-box;
  }
  .panel {
    display: flex;
    flex-direction: column;
    block-size: var(--alliance-panel-block-size, 36rem);
    max-block-size: 100%;
    min-inline-size: 0;
    background: var(--_bg);
    color: var(--_fg);
    border: 1px solid var(--_muted);
    border-radius: var(--_radius);
    overflow: hidden;
  }
  .panel {
    container-type: inline-size;
  }
  /* Narrow panels (phones, 200% text): a compact header leaves room for the conversation. */
  @container (max-width: 26rem) {
    .header {
      padding-block: 0.25rem;
    }
    .header-actions button {
      min-block-size: 2.25rem;
      padding-inline: 0.5rem;
      font-size: 0.9em;
    }
    .exit-hint {
      font-size: 0.8em;
    }
  }
  .header {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    justify-content: space-between;
    gap: 0.5rem;
    padding: 0.5rem 0.75rem;
    border-block-end: 1px solid var(--_muted);
  }
  h2 {
    margin: 0;
    font-size: 1.15em;
  }
  h3 {
    margin: 0 0 0.25em;
    font-size: 1.05em;
  }
  .header-actions {
    display: flex;
    flex-wrap: wrap;
    gap: 0.375rem;
  }
  .exit-hint {
    flex-basis: 100%;
    margin: 0;
    font-size: 0.875em;
    color: var(--_muted);
  }
  .scroll {
    flex: 1 1 auto;
    overflow-y: auto;
    padding: 0.75rem;
    overscroll-behavior: contain;
  }
  .log {
    display: flex;
    flex-direction: column;
    gap: 0.75rem;
  }
  .report {
    margin-block-end: 1rem;
    padding: 0.75rem;
    border: 1px solid var(--_muted);
    border-radius: var(--_radius);
  }
  .welcome p,
  .card p {
    margin: 0 0 0.5em;
  }
  .question {
    align-self: flex-end;
    max-inline-size: 85%;
    padding: 0.5rem 0.75rem;
    background: var(--_bubble);
    border-radius: var(--_radius);
    border: 1px solid transparent;
    overflow-wrap: anywhere;
  }
  .question p {
    margin: 0;
    white-space: pre-wrap;
  }
  .card {
    padding: 0.75rem;
    border: 1px solid var(--_muted);
    border-radius: var(--_radius);
    overflow-wrap: anywhere;
  }
  .help {
    margin-block-end: 0.75rem;
    padding: 0.5rem 0.75rem;
    border: 2px solid var(--_muted);
    border-radius: var(--_radius);
  }
  .help.urgent {
    border-color: var(--_urgent);
  }
  .help-title {
    margin: 0 0 0.25em;
    color: var(--_urgent);
  }
  .note {
    font-size: 0.9em;
    color: var(--_muted);
  }
  .links {
    padding-inline-start: 1.25em;
  }
  .sources {
    margin-block: 0.5rem;
    font-size: 0.9em;
  }
  .sources summary {
    cursor: pointer;
    min-block-size: 1.5rem;
  }
  a,
  .link-button {
    color: var(--_accent);
  }
  .chips,
  .audience {
    display: flex;
    flex-wrap: wrap;
    gap: 0.375rem;
    margin-block: 0.5rem;
  }
  button {
    font: inherit;
    min-block-size: 2.75rem;
    min-inline-size: 2.75rem;
    padding: 0.25rem 0.75rem;
    border-radius: var(--_radius);
    border: 1px solid var(--_accent);
    background: var(--_bg);
    color: var(--_fg);
    cursor: pointer;
  }
  .chip {
    border-radius: 1.5rem;
    text-align: start;
  }
  .toggle[aria-pressed='true'] {
    background: var(--_accent);
    color: var(--_on-accent);
  }
  .send,
  .launcher {
    background: var(--_accent);
    color: var(--_on-accent);
    font-weight: 600;
  }
  .send:disabled {
    opacity: 0.7;
    cursor: progress;
  }
  .exit {
    background: var(--_urgent);
    color: var(--_bg);
    border-color: var(--_urgent);
    font-weight: 600;
  }
  .link-button {
    min-block-size: 1.5rem;
    padding: 0;
    border: 0;
    background: none;
    text-decoration: underline;
  }
  button:focus-visible,
  a:focus-visible,
  textarea:focus-visible,
  summary:focus-visible {
    outline: 3px solid var(--_accent);
    outline-offset: 2px;
  }
  .composer {
    position: sticky;
    inset-block-end: 0;
    padding: 0.5rem 0.75rem;
    border-block-start: 1px solid var(--_muted);
    background: var(--_bg);
  }
  .composer label {
    display: block;
    font-weight: 600;
  }
  .composer-row {
    display: flex;
    gap: 0.5rem;
    align-items: stretch;
  }
  textarea {
    flex: 1 1 auto;
    min-inline-size: 0;
    font: inherit;
    padding: 0.5rem;
    border: 1px solid var(--_fg);
    border-radius: var(--_radius);
    color: var(--_fg);
    background: var(--_bg);
    resize: vertical;
  }
  .counter {
    margin: 0.25rem 0 0;
    font-size: 0.875em;
    color: var(--_muted);
  }
  .launcher {
    position: fixed;
    inset-block-end: 1rem;
    inset-inline-end: 1rem;
    z-index: 2147483000;
    border-radius: 1.5rem;
    box-shadow: 0 2px 8px rgb(0 0 0 / 0.3);
  }
  dialog {
    inline-size: min(30rem, 100vw - 1rem);
    max-block-size: calc(100dvh - 1rem);
    padding: 0;
    border: 0;
    background: transparent;
    color: inherit;
  }
  dialog::backdrop {
    background: rgb(0 0 0 / 0.4);
  }
  dialog .panel {
    block-size: min(var(--alliance-panel-block-size, 36rem), calc(100dvh - 1rem));
  }
  @media (prefers-reduced-motion: no-preference) {
    .scroll {
      scroll-behavior: smooth;
    }
    .card {
      animation: appear 160ms ease-out;
    }
    @keyframes appear {
      from {
        opacity: 0;
        transform: translateY(4px);
      }
    }
  }
  @media (forced-colors: active) {
    .panel,
    .card,
    .help,
    .question,
    button,
    textarea {
      border-color: CanvasText;
    }
    .toggle[aria-pressed='true'] {
      forced-color-adjust: none;
      background: Highlight;
      color: HighlightText;
    }
    button:focus-visible,
    a:focus-visible,
    textarea:focus-visible {
      outline-color: Highlight;
    }
  }
`;
