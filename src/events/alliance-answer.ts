/** What the host page learns about an answer: topic ids and kinds, never the person's text. */
export interface AllianceAnswerDetail {
  readonly kind: 'answer' | 'clarify' | 'decline';
  readonly ids: readonly string[];
  readonly urgent: boolean;
  readonly lang: string;
}

/** Fired when the assistant shows an answer. */
export class AllianceAnswerEvent extends Event {
  static readonly eventName = 'alliance-answer';
  readonly detail: AllianceAnswerDetail;
  constructor(detail: AllianceAnswerDetail) {
    super(AllianceAnswerEvent.eventName, {bubbles: true, composed: true});
    this.detail = detail;
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'alliance-answer': AllianceAnswerEvent;
  }
}
