/**
 * fast-check arbitraries for realistic, valid scenario files (the raw JSON a user writes):
 * 1-4 localities, 0-3 baseline scanners (static or mobile), 1-4 options with exactly one business
 * as usual at a random position, an optional FLS, a horizon of 1-30 years and rates anywhere inside
 * their schema bounds; some inputs written as formulas over named quantities. Ids are generated so
 * every cross-reference resolves.
 */
import fc from 'fast-check';

type Raw = Record<string, unknown>;

const frac = (max = 1) => fc.double({ min: 0, max, noNaN: true, noDefaultInfinity: true });
const real = (min: number, max: number) => fc.double({ min, max, noNaN: true, noDefaultInfinity: true });
const CRITERIA = ['access', 'quality', 'deliverability', 'strategicFit'] as const;

const population = fc.record({
	under50: fc.integer({ min: 0, max: 400_000 }),
	age50to64: fc.integer({ min: 0, max: 120_000 }),
	age65to74: fc.integer({ min: 0, max: 80_000 }),
	age75to84: fc.integer({ min: 0, max: 60_000 }),
	age85plus: fc.integer({ min: 0, max: 20_000 })
});

const growth = fc.record({
	under50: real(-0.05, 0.05),
	age50to64: real(-0.05, 0.05),
	age65to74: real(-0.05, 0.08),
	age75to84: real(-0.05, 0.1),
	age85plus: real(-0.05, 0.1)
});

function localities(n: number) {
	return fc.tuple(...Array.from({ length: n }, (_, i) =>
		fc.record({
			id: fc.constant(`loc${i}`),
			name: fc.constant(`Locality ${i}`),
			population,
			growth,
			returnTravelMiles: real(0, 120),
			travelMinutes: real(0, 240)
		})
	));
}

const mobile = fc.record({
	movesPerYear: fc.integer({ min: 0, max: 52 }),
	relocationDaysPerMove: real(0, 3),
	throughputFactor: real(0.3, 1),
	milesPerYear: real(0, 20_000),
	runningCostPerMileGbp: real(0, 5),
	siteFeesPerYearGbp: real(0, 50_000),
	vehicleCostGbp: real(0, 500_000),
	vehicleLifetimeYears: fc.integer({ min: 1, max: 30 })
});

/** One scanner; `minYear` bounds the installation year (an option's new scanner is installed inside the horizon). */
function scanner(id: string, localityIds: string[], minYear: number, maxYear: number) {
	return fc
		.record({
			kind: fc.constantFrom('static', 'mobile'),
			installedYear: fc.integer({ min: minYear, max: maxYear }),
			sessionsPerWeek: fc.integer({ min: 0, max: 21 }),
			sessionHours: real(0.5, 12),
			operatingDaysPerWeek: fc.integer({ min: 1, max: 7 }),
			bankHolidayDays: fc.integer({ min: 0, max: 20 }),
			maintenanceDays: fc.integer({ min: 0, max: 60 }),
			qaMinutesPerDay: real(0, 120),
			slotMinutes: fc.record({ standard: real(5, 60), withVfa: real(5, 90), oneStop: real(5, 240) }),
			dnaRate: frac(),
			overbookingRate: frac(0.5),
			commissioningWeeks: real(0, 26),
			lifetimeYears: fc.integer({ min: 1, max: 30 }),
			warrantyYears: fc.integer({ min: 0, max: 10 }),
			purchaseCostGbp: real(0, 1_000_000),
			maintenancePerYearGbp: real(0, 50_000),
			crossCalibrationDays: real(0, 30),
			servesLocalityIds: fc.subarray(localityIds),
			mobile
		})
		.map(({ kind, mobile: m, ...rest }): Raw => ({ id, name: `Scanner ${id}`, kind, ...rest, ...(kind === 'mobile' ? { mobile: m } : {}) }));
}

/** One value per band aged 50+. */
const bands = (v: fc.Arbitrary<number>) => fc.record({ age50to64: v, age65to74: v, age75to84: v, age85plus: v });

const fls = fc
	.record({
		inBaseline: fc.boolean(),
		hipFracturesPerYear: real(0, 3000),
		identifiedShare: frac(),
		assessedShare: frac(),
		recommendedShare: frac(),
		startedShare: frac(),
		adherentShare: frac(),
		usualCareTreatedShare: frac(),
		dxaShareOfIdentified: frac(),
		risks: fc.tuple(frac(0.5), frac(0.5), frac(0.5)).map((r) => [...r].sort((a, b) => a - b)),
		shares: fc.tuple(frac(), frac()).map(([a, b]) => [a, b * (1 - a)]),
		effectYears: fc.integer({ min: 1, max: 5 }),
		caseloadPerCoordinatorWte: real(50, 5000),
		// The FLS cohort sized either way (issue #11): from hip fractures, or from incidence by band and sex.
		cohortMethod: fc.constantFrom('hipFractures', 'incidence'),
		incidence: fc.record({ women: bands(real(0, 100)), men: bands(real(0, 100)), femaleShare: bands(frac()), inRemitShare: frac() })
	})
	.map(({ risks, shares, ...f }) => ({ ...f, refractureRisk1y: risks[0], refractureRisk2y: risks[1], refractureRisk5y: risks[2], hipShare: shares[0], vertebralShare: shares[1] }));

const scores = fc.record(Object.fromEntries(CRITERIA.map((c) => [c, fc.integer({ min: 0, max: 10 })])) as Record<(typeof CRITERIA)[number], fc.Arbitrary<number>>, { requiredKeys: [] });

/** A non-BAU option that changes the baseline. */
function changeOption(i: number, scannerIds: string[], localityIds: string[], startYear: number, horizon: number) {
	// A start year from before the appraisal to after it (both ends clamp, effective.ts startIndex), or none.
	const year = () => fc.option(fc.integer({ min: startYear - 2, max: startYear + horizon + 1 }), { nil: undefined });
	return fc
		.record({
			scannerChanges: fc.subarray(scannerIds).chain((ids) => fc.tuple(...ids.map((scannerId) => fc.record({ scannerId: fc.constant(scannerId), sessionsPerWeek: fc.integer({ min: 0, max: 21 }), dnaRate: frac(), startYear: year() }, { requiredKeys: ['scannerId'] })))),
			addScanners: fc.integer({ min: 0, max: 2 }).chain((n) => fc.tuple(...Array.from({ length: n }, (_, j) => scanner(`opt${i}new${j}`, localityIds, startYear, startYear + horizon + 2)))),
			removeScannerIds: fc.subarray(scannerIds),
			// Phasing (issue #11): a removal year for some removed scanners, start years on changes, a phased FLS.
			removalYears: fc.array(year(), { minLength: scannerIds.length, maxLength: scannerIds.length }),
			fls: fc.option(fc.record({ startYear: year(), ramp: fc.array(frac(), { minLength: 1, maxLength: 5 }) }, { requiredKeys: ['ramp'] }), { nil: undefined }),
			outsourcing: fc.option(fc.record({ scansPerYear: real(0, 5000), costPerScanGbp: real(0, 200), fromYearIndex: fc.integer({ min: 0, max: 29 }), years: fc.integer({ min: 1, max: 30 }) }), { nil: undefined }),
			addFls: fc.boolean(),
			fixedStaffChanges: fc.subarray(['leadClinician', 'secretary', 'nurseSpecialist']).chain((ids) => fc.tuple(...ids.map((roleId) => fc.record({ roleId: fc.constant(roleId), extraHoursPerWeek: real(-40, 40), startYear: year() }, { requiredKeys: ['roleId', 'extraHoursPerWeek'] })))),
			capitalItems: fc.array(fc.record({ costGbp: real(0, 200_000), yearIndex: fc.integer({ min: 0, max: 29 }), lifetimeYears: fc.integer({ min: 0, max: 20 }), category: fc.constantFrom('it', 'roomWorks', 'other') }), { maxLength: 2 }),
			revenueItems: fc.array(fc.record({ annualCostGbp: real(0, 50_000), fromYearIndex: fc.integer({ min: 0, max: 29 }) }), { maxLength: 2 }),
			travel: fc.subarray(localityIds).chain((ids) => fc.tuple(...ids.map((localityId) => fc.record({ localityId: fc.constant(localityId), returnTravelMiles: real(0, 60), travelMinutes: real(0, 120), shareOfPatients: frac(), startYear: year(), site: fc.integer({ min: -1, max: 1 }) }, { requiredKeys: ['localityId', 'returnTravelMiles', 'travelMinutes', 'shareOfPatients', 'site'] })))),
			scores
		})
		.map(({ outsourcing, capitalItems, revenueItems, removalYears, fls, travel, ...o }): Raw => ({
			id: `opt${i}`,
			name: `Option ${i}`,
			...o,
			// Every other removed scanner leaves in a given year; a travel change follows an added scanner's opening when site >= 0.
			removeScannerYears: Object.fromEntries(o.removeScannerIds.map((id, k) => [id, removalYears[k]] as const).filter(([, y], k) => k % 2 === 1 && y !== undefined)),
			travel: travel.map(({ site, ...t }) => ({ ...t, ...(site >= 0 && o.addScanners[site] ? { siteScannerId: (o.addScanners[site] as { id: string }).id } : {}) })),
			...(fls ? { fls } : {}),
			...(outsourcing ? { outsourcing } : {}),
			capitalItems: capitalItems.map((c, k) => ({ id: `cap${k}`, name: `Capital ${k}`, ...c })),
			revenueItems: revenueItems.map((c, k) => ({ id: `rev${k}`, name: `Revenue ${k}`, ...c }))
		}));
}

/** A valid scenario file. */
export const scenarioArb: fc.Arbitrary<Raw> = fc
	.record({
		nLocalities: fc.integer({ min: 1, max: 4 }),
		nScanners: fc.integer({ min: 0, max: 3 }),
		nOptions: fc.integer({ min: 1, max: 4 }),
		startYear: fc.integer({ min: 2020, max: 2040 }),
		horizonYears: fc.integer({ min: 1, max: 30 })
	})
	.chain(({ nLocalities, nScanners, nOptions, startYear, horizonYears }) => {
		const localityIds = Array.from({ length: nLocalities }, (_, i) => `loc${i}`);
		const scannerIds = Array.from({ length: nScanners }, (_, i) => `sc${i}`);
		return fc.record({
			localities: localities(nLocalities),
			scanners: fc.tuple(...scannerIds.map((id) => scanner(id, localityIds, 1990, startYear + 5))),
			options: fc.tuple(...Array.from({ length: nOptions - 1 }, (_, i) => changeOption(i + 1, scannerIds, localityIds, startYear, horizonYears))),
			bauAt: fc.integer({ min: 0, max: nOptions - 1 }),
			bauScores: scores,
			demand: fc.record({
				referralRateGrowth: real(-0.1, 0.15),
				monitoringReturnShare: frac(),
				monitoringIntervalYears: fc.integer({ min: 1, max: 10 }),
				vfaShare: frac(0.7),
				oneStopShare: frac(0.3),
				startingBacklog: real(0, 30_000),
				waitStandardWeeks: fc.integer({ min: 1, max: 52 })
			}),
			staffing: fc.record({ reportingMinutesPerScan: real(0, 60), leaveAllowance: frac(), onCostRate: frac(0.5), hoursPerWte: real(1000, 3000) }),
			costs: fc.record({ consumablesPerScanGbp: real(0, 50), patientTravel: fc.record({ include: fc.boolean(), costPerMileGbp: real(0, 2), valueOfTimePerHourGbp: real(0, 30) }) }),
			fls,
			appraisal: fc.record({ discountRate: frac(0.1), discountRateLong: frac(0.1), healthDiscountRate: frac(0.05), optimismBiasCapital: real(0, 2), optimismBiasEquipment: real(0, 2), optimismBiasRevenue: real(0, 2), valuePerQalyGbp: real(0, 100_000) }),
			horizonYears: fc.constant(horizonYears),
			startYear: fc.constant(startYear),
			// Inputs written as formulas (evaluated by the parser): hip fractures per 1,000 aged 50+, and consumables per scan.
			formulas: fc.option(fc.record({ hipPer1000: real(0, 10), consumables: real(0, 20) }), { nil: undefined })
		});
	})
	.map(({ localities: locs, scanners, options, bauAt, bauScores, formulas, ...rest }): Raw => {
		const opts = [...options];
		opts.splice(bauAt, 0, { id: 'bau', name: 'Business as usual', businessAsUsual: true, scores: bauScores });
		const raw: Raw = {
			schemaVersion: 1,
			name: 'Generated scenario',
			priceBaseYear: rest.startYear - 1,
			catchment: { localities: locs },
			scanners,
			options: opts,
			...rest
		};
		if (formulas) {
			raw.fls = { ...rest.fls, hipFracturesPerYear: { formula: `population50Plus * ${formulas.hipPer1000} / 1000` } };
			raw.costs = { ...rest.costs, consumablesPerScanGbp: { formula: `min(50, ${formulas.consumables} * 2)` } };
		}
		return raw;
	});
