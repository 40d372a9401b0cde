import {css} from 'lit';

// Dark values of the private tokens; each can be overridden with its --alliance-*-dark property.
const darkTokens = css`
  --_accent: var(--alliance-color-accent-dark, #a8c7fa);
  --_on-accent: var(--alliance-color-on-accent-dark, #062e6f);
  --_muted: var(--alliance-color-muted-dark, #c4c4c4);
  --_urgent: var(--alliance-color-urgent-dark, #ffb4ab);
  --_bubble: var(--alliance-color-bubble-dark, #2b3038);
  --_mark: var(--alliance-color-mark-dark, #5c4b00);
`;

/**
 * The shared theming vocabulary of every element: public --alliance-* properties mapped to private
 * tokens, light and dark. `theme="light"` or `theme="dark"` overrides the system preference.
 */
export const themeStyles = css`
  :host {
    --_fg: var(--alliance-color-text, CanvasText);
    --_bg: var(--alliance-color-surface, Canvas);
    --_accent: var(--alliance-color-accent, #0b57d0);
    --_on-accent: var(--alliance-color-on-accent, #ffffff);
    --_muted: var(--alliance-color-muted, #4a4a4a);
    --_urgent: var(--alliance-color-urgent, #b3261e);
    --_bubble: var(--alliance-color-bubble, #eef2f8);
    --_mark: var(--alliance-color-mark, #fff3b0);
    --_radius: var(--alliance-radius, 0.5rem);
    display: block;
    color: var(--_fg);
    font: var(--alliance-font, inherit);
    line-height: 1.5;
    color-scheme: light dark;
  }
  :host([hidden]) {
    display: none;
  }
  :host([theme='light']) {
    color-scheme: light;
  }
  :host([theme='dark']) {
    color-scheme: dark;
    ${darkTokens}
  }
  @media (prefers-color-scheme: dark) {
    :host(:not([theme='light'])) {
      ${darkTokens}
    }
  }
`;
