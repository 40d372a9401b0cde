/** What the host page learns about a question: never the person's text. */
export interface AllianceQuestionDetail {
  /** The UI locale the question was asked in. */
  readonly locale: string;
}

/** Fired when a person sends a question. */
export class AllianceQuestionEvent extends Event {
  static readonly eventName = 'alliance-question';
  readonly detail: AllianceQuestionDetail;
  constructor(detail: AllianceQuestionDetail) {
    super(AllianceQuestionEvent.eventName, {bubbles: true, composed: true});
    this.detail = detail;
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'alliance-question': AllianceQuestionEvent;
  }
}
