// The tour run by `npm run demo`: every example in turn, over the sample data in examples/data.
import './core.js';
import './poverty.js';
import './revolving-fund.js';
import './kpb.js';
import './tridaya.js';
import './pkh.js';
