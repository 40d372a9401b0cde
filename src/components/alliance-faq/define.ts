import {defineOnce} from '../../define.js';
import {AllianceFaq} from './alliance-faq.js';

defineOnce('alliance-faq', AllianceFaq);
