import {defineOnce} from '../../define.js';
import {AllianceAssistant} from './alliance-assistant.js';

defineOnce('alliance-assistant', AllianceAssistant);
