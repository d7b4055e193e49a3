import type { DocBuilder } from './model';

/**
 * Optional sensitivity content for section 5.2 and the appendices: supplied by the uncertainty
 * analysis when it is available, so the business case does not depend on it.
 */
export interface SensitivitySummary {
	render(d: DocBuilder): void;
}
