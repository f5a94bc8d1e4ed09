// Bootstrap Italia and Modulo's own rules for the renderer's stories (the embed gets the purged
// copy inside its shadow root; see scripts/buildCss.ts).
import 'bootstrap-italia/dist/css/bootstrap-italia.min.css';
import '../embed/modulo.css';
