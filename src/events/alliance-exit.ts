/** Fired just before a quick exit; cancelling it keeps the page (e.g. in a demo). */
export class AllianceExitEvent extends Event {
  static readonly eventName = 'alliance-exit';
  constructor() {
    super(AllianceExitEvent.eventName, {bubbles: true, composed: true, cancelable: true});
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'alliance-exit': AllianceExitEvent;
  }
}
