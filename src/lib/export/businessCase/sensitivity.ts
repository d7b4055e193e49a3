import type { DocBuilder } from './model';

/**
 * Optional sensitivity content for section 5.2 and the appendices: supplied by the uncertainty
 * analysis when it is available, so the business case does not depend on it.
 */
export interface SensitivitySummary {
	/** A short account for section 5.2 (Risks). */
	renderSummary(d: DocBuilder): void;
	/** The full tables for the appendix. */
	renderAppendix(d: DocBuilder): void;
}
