// The embed's entry: one script that defines <modulo-form> and <modulo-area-personale>.
// earlyStart first: the first screen's requests leave before the rest is evaluated.
import './earlyStart';
import { bootMark } from '../bootMark';
import { defineElements } from './defineElements';

defineElements();
bootMark('modulo:defined');
