import {defineOnce} from '../../define.js';
import {AllianceHotlines} from './alliance-hotlines.js';

defineOnce('alliance-hotlines', AllianceHotlines);
