// The public name of the library's exact ratio. It is declared once, with its documentation, in
// _internal/ratio.ts, where `makeRatio` builds it for every stage.
export type { ExactRatio as PortfolioRatio } from '../../_internal/ratio.js';
