/**
 * Times the site-choice search (src/lib/model/access) on random counties of the sizes the issue
 * names: tens of localities, up to a few dozen candidate stops. Prints figures; asserts nothing.
 * A section of `npm run bench` (bench.ts), and on its own: npm run bench:sites
 */
import { pathToFileURL } from 'node:url';
import { estimateJourney, planMobileStops, rankSingleSites, type SiteProblem } from '../src/lib/model/access';
import { printSection, type BenchSection } from './bench-lib';

// A fixed linear congruential generator (glibc constants): the same counties every run.
function generator(): () => number {
	let seed = 20261130;
	return () => (seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648;
}

function county(random: () => number, localities: number, candidates: number): SiteProblem {
	const hospital = { lat: 54.5, lon: -2.5 };
	const place = () => ({ lat: 54 + random(), lon: -3.3 + 1.6 * random() });
	const homes = Array.from({ length: localities }, place);
	const sites = Array.from({ length: candidates }, place);
	return {
		localities: homes.map((h, i) => ({ id: `l${i}`, name: `Locality ${i}`, patientsPerYear: 50 + 400 * random(), current: estimateJourney(h, hospital) })),
		candidates: sites.map((_, j) => ({ id: `c${j}`, name: `Stop ${j}`, kind: 'mobileStop' as const, maxWeeksPerYear: random() < 0.3 ? 8 : undefined })),
		journeys: homes.map((h) => sites.map((s) => estimateJourney(h, s))),
		measure: 'minutes',
		costPerMileGbp: 0.45,
		valueOfTimePerHourGbp: 10
	};
}

const time = <T>(f: () => T): [T, number] => {
	const t = performance.now();
	const r = f();
	return [r, performance.now() - t];
};

function run(): void {
	const random = generator();
	const rows: string[][] = [];
	for (const [L, M, k] of [
		[30, 24, 2],
		[40, 36, 3],
		[40, 36, 4],
		[50, 50, 4],
		[40, 36, 5]
	] as const) {
		const p = county(random, L, M);
		planMobileStops(p, { stops: k, scansPerWeek: 60, weeksPerYear: 46 }); // warm-up
		const [plan, ms] = time(() => planMobileStops(p, { stops: k, scansPerWeek: 60, weeksPerYear: 46 }));
		rows.push([String(L), String(M), String(k), ms.toFixed(0), String(plan.setsSolved), String(plan.setsPruned)]);
	}
	printSection('Site choice: best k mobile stops (60 scans a week, 46 weeks), exact', ['Localities', 'Candidates', 'k', 'Time (ms)', 'Sets solved', 'Sets cut'], rows);
	const p = county(random, 50, 50);
	const [, ms] = time(() => rankSingleSites(p, { candidateIds: p.candidates.map((c) => c.id), mobile: { scansPerWeek: 60, weeksPerYear: 46 } }));
	console.log(`Ranking 50 single sites over 50 localities: ${ms.toFixed(1)} ms`);
}

export const section: BenchSection = {
	title: 'Site choice',
	async run() {
		run();
	}
};

// npm run bench:sites runs this file on its own.
if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) run();
