import type { AppraisalResult, Scenario } from '../../model';
import { effectiveService, scannerInYear } from '../../model/effective';
import { purchases } from '../../model/assets';
import { attendanceRate, averageSlotMinutes } from '../../model/capacity';
import { slotMix } from '../../model/pathwayDemand';
import { SheetBuilder, addr, sheetRef } from './sheet';
import { scannerPaths } from './ledgerFormulas';
import { and, installedBy, installedIn, numOf, replacedIn, when } from './years';

export const CAPACITY_SHEET = 'Capacity by scanner';

export interface CapacitySheet {
	sheet: SheetBuilder;
	/** References of each scanner's capacity cell for the option and year (summed on the Demand and capacity sheet). */
	capacityRefs: (optionId: string, yearIndex: number) => string[];
	/** Reference of the scanner's rota sessions a year (Staffing sheet hours), by option, scanner position and year. */
	rotaRef: (optionId: string, scannerIndex: number, yearIndex: number) => string;
}

const HEAD = ['Option', 'Scanner', 'Year', 'Runs (1 = yes)', 'Operating days a week', 'Days lost', 'Operating days', 'Sessions a week', 'Session hours', 'QA minutes a day', 'Average slot (minutes)', 'Scanning minutes a day', 'Slots', 'Attendance rate', 'Capacity (scans)', 'Rota sessions a year'];

/**
 * Each scanner's capacity by option and year, every quantity a formula over the Inputs sheet
 * (src/lib/model/capacity.ts, Methods: capacity):
 *   days lost = bank holidays x MIN(1, days a week / 5) + maintenance days (+ relocation days for a mobile unit)
 *               + commissioning weeks x days a week (installation year) + cross-calibration days (replacement year)
 *   operating days = MAX(0, 52 x days a week - days lost) while the scanner runs (installed, with sessions)
 *   minutes a day = MAX(0, sessions a week / days a week x session hours x 60 - QA minutes)
 *   average slot = (1 - VFA share - one-stop share) x standard + VFA share x with VFA + one-stop share x one-stop
 *   slots = minutes a day / average slot x operating days (x throughput for a mobile unit)
 *   capacity = slots x MIN(1, (1 + overbooking) x (1 - DNA rate)); rota sessions = sessions a week x 52 while it runs.
 * Which years carry an installation or a replacement, and whether the scanner is installed yet, are
 * conditions over the year (column C) and the Inputs' installation year and lifetime (years.ts).
 */
export function buildCapacitySheet(opts: { scenario: Scenario; result: AppraisalResult; refOf: Map<string, string> }): CapacitySheet {
	const { scenario: s, result, refOf } = opts;
	const H = s.horizonYears;
	const sh = new SheetBuilder(CAPACITY_SHEET);
	sh.set(0, 0, 'Capacity by scanner, option and year');
	sh.set(1, 0, 'Every figure is a formula over the Inputs sheet: change sessions a week, the DNA rate, slot times, QA or days and the capacity, the waiting list, scans delivered and their costs follow. Method: the Methods page, section Capacity.');
	sh.row(3, 0, HEAD);
	const caps = new Map<string, string[]>();
	const rotas = new Map<string, string>();
	const ref = (path: string, value: number) => refOf.get(path) ?? String(value);
	let row = 4;
	result.options.forEach((o) => {
		const oi = s.options.findIndex((x) => x.id === o.id);
		const option = s.options[oi];
		if (!option) return;
		const svc = effectiveService(s, option);
		const paths = scannerPaths(s, oi);
		const mix = slotMix(s, option);
		// The option's VFA and one-stop shares (pathwayDemand.ts slotMix): the option's own, else the scenario's.
		const vfa = option.pathway?.vfaShare !== undefined
			? ref(`options[${oi}].pathway.vfaShare`, mix.vfaShare)
			: s.pathway.indications.length === 0
				? ref('demand.vfaShare', mix.vfaShare)
				: `(${s.pathway.indications.map((ind, i) => `${ref(`pathway.indications[${i}].share`, ind.share)}*${ref(`pathway.indications[${i}].vfaShare`, ind.vfaShare)}`).join('+')})`;
		const oneStop = option.pathway?.oneStopShare !== undefined ? ref(`options[${oi}].pathway.oneStopShare`, mix.oneStopShare) : ref('demand.oneStopShare', mix.oneStopShare);
		svc.scanners.forEach((changed, k) => {
			const phase = svc.phases[k];
			const mobileOf = (x: typeof changed) => (x.kind === 'mobile' && x.mobile ? x.mobile : null);
			for (let y = 0; y < H; y++) {
				const R = row + 1;
				const c = o.capacity[y]?.scanners[k];
				// The scanner as it runs this year (phasing: the baseline until its change starts; none once removed).
				const sc = scannerInYear(svc, k, y) ?? changed;
				const removed = scannerInYear(svc, k, y) === null;
				const p = phase && phase.before && y < phase.from ? paths[k]?.before : paths[k]?.after;
				const r = (f: string, v: number) => ref(p ? p(f) : f, v);
				const event = purchases(sc.installedYear, sc.lifetimeYears, s.startYear, H).find((e) => e.yearIndex === y)?.kind;
				// Installation and replacement years as conditions over the year (column C) and the Inputs (years.ts).
				const n = (f: string, v: number) => numOf(refOf, p ? p(f) : f, v);
				const years = { installed: n('installedYear', sc.installedYear), lifetime: n('lifetimeYears', sc.lifetimeYears) };
				const yearAt = { y, cell: `C${R}`, startYear: s.startYear, horizonYears: H };
				const installedCond = removed ? false : installedBy(years, yearAt);
				const mobile = mobileOf(sc);
				const avg = averageSlotMinutes(s, sc, mix);
				const attendance = attendanceRate(sc);
				const installed = !removed && s.startYear + y >= sc.installedYear;
				const runs = installed && sc.sessionsPerWeek > 0;
				const lost = [`${r('bankHolidayDays', sc.bankHolidayDays)}*MIN(1,E${R}/5)`, r('maintenanceDays', sc.maintenanceDays)];
				let lostValue = sc.bankHolidayDays * Math.min(1, sc.operatingDaysPerWeek / 5) + sc.maintenanceDays;
				if (mobile) {
					lost.push(`${r('mobile.movesPerYear', mobile.movesPerYear)}*${r('mobile.relocationDaysPerMove', mobile.relocationDaysPerMove)}`);
					lostValue += mobile.movesPerYear * mobile.relocationDaysPerMove;
				}
				const commissioning = when(installedIn(years, yearAt), `${r('commissioningWeeks', sc.commissioningWeeks)}*E${R}`);
				const crossCalibration = when(replacedIn(years, yearAt), r('crossCalibrationDays', sc.crossCalibrationDays));
				if (commissioning) lost.push(commissioning);
				if (crossCalibration) lost.push(crossCalibration);
				if (event === 'install') lostValue += sc.commissioningWeeks * sc.operatingDaysPerWeek;
				else if (event === 'replacement') lostValue += sc.crossCalibrationDays;
				const minutes = runs ? Math.max(0, (sc.sessionsPerWeek / sc.operatingDaysPerWeek) * sc.sessionHours * 60 - sc.qaMinutesPerDay) : 0;
				const throughput = mobile ? `*${r('mobile.throughputFactor', mobile.throughputFactor)}` : '';
				sh.row(row, 0, [
					o.name,
					removed ? `${sc.name} (removed)` : sc.name,
					{ n: s.startYear + y, fmt: 'year' },
					{ n: runs ? 1 : 0, f: installedCond === false ? '0' : `IF(${and(installedCond, `H${R}>0`)},1,0)`, fmt: 'count' },
					{ n: sc.operatingDaysPerWeek, f: r('operatingDaysPerWeek', sc.operatingDaysPerWeek), fmt: 'dec2' },
					{ n: lostValue, f: lost.join('+'), fmt: 'dec2' },
					{ n: c?.operatingDays ?? 0, f: `IF(D${R}=1,MAX(0,52*E${R}-F${R}),0)`, fmt: 'dec2' },
					{ n: sc.sessionsPerWeek, f: r('sessionsPerWeek', sc.sessionsPerWeek), fmt: 'dec2' },
					{ n: sc.sessionHours, f: r('sessionHours', sc.sessionHours), fmt: 'dec2' },
					{ n: sc.qaMinutesPerDay, f: r('qaMinutesPerDay', sc.qaMinutesPerDay), fmt: 'dec2' },
					{ n: avg, f: `(1-${vfa}-${oneStop})*${r('slotMinutes.standard', sc.slotMinutes.standard)}+${vfa}*${r('slotMinutes.withVfa', sc.slotMinutes.withVfa)}+${oneStop}*${r('slotMinutes.oneStop', sc.slotMinutes.oneStop)}`, fmt: 'dec2' },
					{ n: minutes, f: `IF(AND(D${R}=1,E${R}>0),MAX(0,H${R}/E${R}*I${R}*60-J${R}),0)`, fmt: 'dec2' },
					{ n: c?.slots ?? 0, f: `IF(K${R}>0,L${R}/K${R}*G${R}${throughput},0)`, fmt: 'dec2' },
					{ n: attendance, f: `MIN(1,(1+${r('overbookingRate', sc.overbookingRate)})*(1-${r('dnaRate', sc.dnaRate)}))`, fmt: 'pct2' },
					{ n: c?.capacity ?? 0, f: `M${R}*N${R}`, fmt: 'dec2' },
					{ n: runs ? sc.sessionsPerWeek * 52 : 0, f: `IF(D${R}=1,H${R}*52,0)`, fmt: 'dec2' }
				]);
				const key = `${o.id}@${y}`;
				caps.set(key, [...(caps.get(key) ?? []), sheetRef(CAPACITY_SHEET, addr(row, 14))]);
				rotas.set(`${o.id}@${k}@${y}`, sheetRef(CAPACITY_SHEET, addr(row, 15)));
				row++;
			}
			row++;
		});
	});
	// Wide enough for each header label (they print whole).
	sh.setWidths(HEAD.map((h, c) => (c === 0 ? 28 : c === 1 ? 34 : Math.max(8, h.length + 2))));
	sh.freezeRows = 4;
	sh.freezeCols = 3;
	return {
		sheet: sh,
		capacityRefs: (optionId, y) => caps.get(`${optionId}@${y}`) ?? [],
		rotaRef: (optionId, k, y) => {
			const r = rotas.get(`${optionId}@${k}@${y}`);
			if (!r) throw new Error(`workbook: no rota sessions for option ${optionId}, scanner ${k}, year ${y}`);
			return r;
		}
	};
}
