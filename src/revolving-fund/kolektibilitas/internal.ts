// The kolektibilitas stage's face for the other revolving-fund stages (arrears, portfolio, books):
// what they may use beyond the public index.ts. Nothing here is exported from the package. Other
// stages import kolektibilitas only through index.ts or this file (checked by `npm run lint:deps`).
export { provisionRateFraction, unsourcedRateError } from './provision.js';
export { type CompiledKolektibilitasTable, compileKolektibilitasTable } from './table.js';
