/**
 * The kernel's 'summary' need (kernel.ts) leaves out series only the tables read; the summaries
 * must still be appraise()'s exactly. The generated scenarios of sameness.test.ts never list
 * referral indications nor count the VFA's benefits, so here each example model is appraised as
 * stored and with the pathway's costed and counted parts switched on, through one arena shared by
 * every run (what the summary path leaves unfilled must never reach a later appraisal's tables).
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseScenario } from '../../src/lib/model/parse';
import { appraise, appraiseSummaries } from '../../src/lib/model/appraise';
import { Arena } from '../../src/lib/model/arena';
import { formatIssues } from '../../src/lib/model/issues';
import type { Scenario } from '../../src/lib/model/schema/scenario';
import type { Raw } from './helpers';

const MODELS = ['urban-backlog', 'rural-mobile', 'salisbury-published', 'scanner-replacement'];

function raw(name: string): Raw {
	return JSON.parse(readFileSync(new URL(`../../models/${name}.json`, import.meta.url), 'utf8'));
}

function parsed(r: Raw): Scenario {
	const p = parseScenario(r);
	if (!p.ok) throw new Error(formatIssues(p.errors));
	return p.scenario;
}

/** The stored model, then with onward referrals costed, the VFA's benefits counted, indications listed and patient travel costed. */
function variants(name: string): [string, Scenario][] {
	const costed = raw(name);
	costed.pathway = { ...costed.pathway, onwardReferralCostGbp: 150 };
	const counted = structuredClone(costed);
	counted.pathway.countVfaBenefits = true;
	const listed = structuredClone(counted);
	listed.pathway.indications = [
		{ id: 'fracture', name: 'Fracture after age 40', share: 0.6, vfaShare: 0.3, treatmentShare: 0.5, monitoringReturnShare: 0.4, monitoringIntervalYears: 3 },
		{ id: 'frax', name: 'FRAX triage', share: 0.4, vfaShare: 0.1, treatmentShare: 0.3, monitoringReturnShare: 0.2, monitoringIntervalYears: 5 }
	];
	const travel = structuredClone(listed);
	travel.costs = { ...travel.costs, patientTravel: { ...travel.costs?.patientTravel, include: true } };
	return [
		['stored', parsed(raw(name))],
		['onward referrals costed', parsed(costed)],
		['VFA benefits counted', parsed(counted)],
		['indications listed', parsed(listed)],
		['patient travel costed', parsed(travel)]
	];
}

describe("the summary path's summaries are appraise()'s", () => {
	const arena = new Arena({ years: 30, localities: 8, roles: 12, scanners: 8 });
	for (const name of MODELS)
		it(name, () => {
			for (const [label, s] of variants(name)) {
				const full = appraise(s);
				const lean = appraiseSummaries(s, arena);
				expect(lean.options.map((o) => o.summary), `${name}, ${label}`).toEqual(full.options.map((o) => o.summary));
				expect(lean.ranking, `${name}, ${label}`).toEqual(full.ranking);
				// The tables after a summary-only run in the same arena are a fresh appraisal's.
				expect(appraise(s, arena), `${name}, ${label}`).toEqual(full);
			}
		});

	it('the onward referrals cost reaches the summary: revenue rises by share x cost x scans delivered', () => {
		// urban-backlog's onward referral share is the default 5%: at GBP 150 a referral, each scan
		// delivered adds 0.05 x 150 = GBP 7.50 of revenue (before optimism bias, undiscounted).
		const [, stored] = variants('urban-backlog')[0]!;
		const [, costed] = variants('urban-backlog')[1]!;
		expect(stored.pathway.onwardReferralShare).toBe(0.05);
		const before = appraiseSummaries(stored).options;
		const after = appraiseSummaries(costed).options;
		after.forEach((o, i) => {
			const b = before[i]!.summary;
			expect(o.summary.scansDelivered).toBe(b.scansDelivered);
			expect(o.summary.revenueTotalGbp - b.revenueTotalGbp).toBeCloseTo(7.5 * b.scansDelivered, 4);
		});
	});

	it('with the VFA benefits counted, the summary carries their fractures averted and costs avoided', () => {
		const [, costed] = variants('urban-backlog')[1]!;
		const [, counted] = variants('urban-backlog')[2]!;
		const off = appraiseSummaries(costed).options;
		const on = appraiseSummaries(counted).options;
		on.forEach((o, i) => {
			expect(o.summary.fracturesAverted).toBeGreaterThan(off[i]!.summary.fracturesAverted);
			expect(o.summary.pvBenefitsGbp).toBeGreaterThan(off[i]!.summary.pvBenefitsGbp);
		});
	});
});
