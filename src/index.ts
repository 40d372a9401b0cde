/**
 * The embeddable widget: registers <alliance-assistant>, <alliance-faq> and <alliance-hotlines>.
 * @module
 */
import './components/alliance-hotlines/define.js';
import './components/alliance-assistant/define.js';
import './components/alliance-faq/define.js';

export {AllianceAssistant} from './components/alliance-assistant/alliance-assistant.js';
export {AllianceFaq} from './components/alliance-faq/alliance-faq.js';
export {AllianceHotlines} from './components/alliance-hotlines/alliance-hotlines.js';
export {AllianceAnswerEvent} from './events/alliance-answer.js';
export {AllianceExitEvent} from './events/alliance-exit.js';
export {AllianceOpenEvent} from './events/alliance-open.js';
export {AllianceQuestionEvent} from './events/alliance-question.js';
