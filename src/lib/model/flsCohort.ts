import type { Scenario } from './schema/scenario';
import { bands50, fillCatchment, MAX_BACK_YEARS, newDemandSeries } from './demand';
import { bandFractures, BANDS_50_PLUS, type BandFractures } from './fractureEpidemiology';

/** The FLS cohort of one appraisal year, with its working when it is sized from incidence. */
export interface FlsCohortYear {
	/** Calendar year (the scenario's start year + the year index). */
	year: number;
	/** The cohort the engine uses that year (its DemandSeries flsCohort). */
	cohort: number;
	/** Each band's population, women's share and fractures (empty when sized from hip fractures). */
	bands: BandFractures[];
}

/**
 * The FLS cohort by appraisal year as the engine works it out (fillCatchment), with the working
 * by band and sex when the scenario sizes it from fracture incidence: what the editor shows
 * under the incidence inputs. The bands' women and men add up to the cohort.
 */
export function flsCohortWorking(s: Scenario): FlsCohortYear[] {
	const H = s.horizonYears;
	const L = s.catchment.localities.length;
	const d = newDemandSeries(H, L);
	fillCatchment(s, d);
	const incidence = s.fls.cohortMethod === 'incidence';
	return Array.from({ length: H }, (_, y) => {
		const pop = bands50(d, y, L);
		return {
			year: s.startYear + y,
			cohort: d.flsCohort[y + MAX_BACK_YEARS] as number,
			bands: incidence ? BANDS_50_PLUS.map((b) => bandFractures(b, pop[b], s.fls.incidence)) : []
		};
	});
}
