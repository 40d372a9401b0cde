import {msg, str} from '@lit/localize';
import {css, html, nothing, type TemplateResult} from 'lit';
import {FALLBACK_CONTACTS, HOTLINE_DIRECTORY_URL} from '../../generated/fallback-contacts.js';
import {telUrl, type CountryContacts} from '../../lib/help-contacts.js';

/** The contacts one help block shows, from the loaded reference data or the built-in fallback. */
export interface HelpContacts {
  readonly emergency?: string;
  readonly police?: string;
  readonly helplineName?: string;
  readonly helplinePhones: readonly string[];
  readonly helplineHours?: string;
  readonly hotlineName?: string;
  readonly hotlineUrl?: string;
  /** No hotline is confirmed for the country: the INHOPE directory and the police instead. */
  readonly fallback: boolean;
  readonly directoryUrl: string;
}

/** Builds the help block's contacts; without reference data, from the small built-in table. */
export function helpContacts(
  country: string | undefined,
  contacts: CountryContacts | undefined,
  directoryUrl: string = HOTLINE_DIRECTORY_URL,
): HelpContacts {
  if (contacts) {
    const helpline = contacts.helplines[0];
    const hotline = contacts.hotlines[0];
    return {
      emergency: contacts.emergency?.dial_first,
      police: contacts.emergency?.police,
      helplineName: helpline?.name,
      helplinePhones: helpline?.phone ?? [],
      helplineHours: helpline?.hours,
      hotlineName: hotline?.hotline_name,
      hotlineUrl: hotline?.report_url ?? hotline?.website,
      fallback: contacts.fallback || !hotline,
      directoryUrl,
    };
  }
  const [emergency, helpline, hotline] = (country && FALLBACK_CONTACTS[country]) || [
    null,
    null,
    null,
  ];
  return {
    emergency: emergency ?? undefined,
    helplinePhones: helpline ? [helpline] : [],
    hotlineUrl: hotline ?? undefined,
    fallback: !hotline,
    directoryUrl,
  };
}

/** A link that leaves the widget: https only, new tab, no opener, and said so to screen readers. */
export function externalLink(url: string, label: string | TemplateResult, part = 'link') {
  if (!url.startsWith('https://')) return html`${label}`;
  return html`<a part=${part} href=${url} target="_blank" rel="noopener noreferrer"
    >${label}<span class="visually-hidden"> ${msg('(opens in a new tab)')}</span></a
  >`;
}

/** The help block: emergency number first, then the child helpline, then where to report. */
export function renderHelpContacts(contacts: HelpContacts): TemplateResult {
  const emergency = contacts.emergency;
  return html`<ul class="help-list" part="help-list">
    <li>
      <strong>${msg('In danger right now:')}</strong>
      ${
        emergency
          ? html`<a part="tel-link" href=${telUrl(emergency)}>${msg(str`call ${emergency}`)}</a>${
                contacts.police && contacts.police !== emergency
                  ? html` · ${msg(str`police ${contacts.police}`)}`
                  : nothing
              }`
          : msg('call your local emergency number (112 in Europe).')
      }
    </li>
    <li>
      <strong>${msg('Talk to someone:')}</strong>
      ${
        contacts.helplinePhones.length
          ? html`${contacts.helplineName ? html`${contacts.helplineName}, ` : nothing}
            ${contacts.helplinePhones.map(
              (phone, index) =>
                html`${index ? ' / ' : ''}<a part="tel-link" href=${telUrl(phone)}>${phone}</a>`,
            )}
            ${contacts.helplineHours ? html`<span class="hours">(${contacts.helplineHours})</span>` : nothing}`
          : msg('a child helpline (116 111 in most of Europe).')
      }
    </li>
    <li>
      <strong>${msg('Report abuse images:')}</strong>
      ${
        contacts.hotlineUrl
          ? externalLink(contacts.hotlineUrl, contacts.hotlineName ?? contacts.hotlineUrl)
          : html`${msg('there is no confirmed hotline for this country. Tell the police, or choose a member hotline in')}
            ${externalLink(contacts.directoryUrl, msg('the INHOPE directory'))}.`
      }
    </li>
  </ul>`;
}

/** Styles shared by every element that shows a help block or external links. */
export const helpContactsStyles = css`
  .visually-hidden {
    position: absolute;
    inline-size: 1px;
    block-size: 1px;
    overflow: hidden;
    clip-path: inset(50%);
    white-space: nowrap;
  }
  .help-list {
    margin: 0;
    padding-inline-start: 1.25em;
  }
  .help-list li {
    margin-block: 0.35em;
  }
  .hours {
    color: var(--_muted);
  }
`;
