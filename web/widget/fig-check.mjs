// Registers <fig-check> and its marks. The one file a page loads:
//   <script type="module" src="/figcheck/fig-check.mjs"></script>
// Importing it again (or a second copy of it) changes nothing.
import {FigCheckElement} from './fig-check-element.mjs';

FigCheckElement.define();

export {FigCheckElement};
