// Worker-thread entry for the Monte Carlo bench: worker threads do not inherit tsx's loader, so
// register it here, then load the TypeScript block runner (psa-bench-thread.ts).
import { register } from 'tsx/esm/api';

register();
await import('./psa-bench-thread.ts');
