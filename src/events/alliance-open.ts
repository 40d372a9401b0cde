/** Fired when the assistant's dialog opens (launcher variant). */
export class AllianceOpenEvent extends Event {
  static readonly eventName = 'alliance-open';
  constructor() {
    super(AllianceOpenEvent.eventName, {bubbles: true, composed: true});
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'alliance-open': AllianceOpenEvent;
  }
}
