// The schedule stage's face for the other revolving-fund stages (terms): what they may use beyond
// the public index.ts. Nothing here is exported from the package. Other stages import schedule only
// through index.ts or this file (checked by `npm run lint:deps`).
export { isFlatTotalLoan } from './flat-total.js';
