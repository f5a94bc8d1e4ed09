// The embed's entry: one script that defines <modulo-form> and <modulo-area-personale>.
import { defineElements } from './defineElements';

defineElements();
