/** The parts of a parsed scenario that cross-reference each other by id. */
interface Refs {
	catchment: { localities: { id: string }[] };
	startYear: number;
	scanners: { id: string; kind: string; installedYear: number; localityId?: string; servesLocalityIds: string[]; mobile?: unknown; staffPerSession: { roleId: string }[] }[];
	staffing: { roles: { id: string }[]; fixedStaff: { roleId: string }[]; reportingRoleId: string };
	fls: { coordinatorRoleId: string };
	options: {
		id: string;
		businessAsUsual: boolean;
		scannerChanges: { scannerId: string; staffPerSession?: { roleId: string }[] }[];
		addScanners: Refs['scanners'];
		removeScannerIds: string[];
		removeScannerYears?: Record<string, number>;
		outsourcing?: unknown;
		addFls: boolean;
		fixedStaffChanges: { roleId: string }[];
		capitalItems: unknown[];
		revenueItems: unknown[];
		travel: { localityId: string; siteScannerId?: string }[];
		scores: Record<string, number>;
	}[];
	appraisal: { criteria: { id: string }[] };
}

/** A problem with a cross-reference, at its path in the scenario. */
export interface ReferenceIssue {
	path: (string | number)[];
	message: string;
}

/** How many valid ids an "unknown id" message names: enough to see the pattern, not a list of forty. */
const NAMED = 5;

/** `roles: "a", "b", "c", "d", "e" and 4 more`: a few of the valid ids, for an "unknown id" message. */
export function someOf(ids: Iterable<string>, noun: string): string {
	const all = [...ids];
	if (all.length === 0) return `there are no ${noun}`;
	const shown = all.slice(0, NAMED).map((id) => `"${id}"`).join(', ');
	return `${noun}: ${shown}${all.length > NAMED ? ` and ${all.length - NAMED} more` : ''}`;
}

function duplicates(ids: string[]): string[] {
	const seen = new Set<string>();
	const dup = new Set<string>();
	for (const id of ids) (seen.has(id) ? dup : seen).add(id);
	return [...dup];
}

/**
 * Cross-field checks the per-field schema cannot express: unknown ids, duplicate ids, and exactly
 * one business-as-usual option with no changes. Each problem names its path; an unknown id names
 * a few of the valid ones. ScenarioSchema runs this once every field has the right type.
 */
export function referenceIssues(s: Refs): ReferenceIssue[] {
	const out: ReferenceIssue[] = [];
	const issue = (path: (string | number)[], message: string) => void out.push({ path, message });
	const localities = new Set(s.catchment.localities.map((l) => l.id));
	const roles = new Set(s.staffing.roles.map((r) => r.id));
	const baseScanners = new Set(s.scanners.map((x) => x.id));
	const criteria = new Set(s.appraisal.criteria.map((c) => c.id));
	const startYear = s.startYear;

	for (const d of duplicates(s.catchment.localities.map((l) => l.id))) issue(['catchment', 'localities'], `duplicate locality id "${d}"`);
	for (const d of duplicates(s.staffing.roles.map((r) => r.id))) issue(['staffing', 'roles'], `duplicate role id "${d}"`);
	for (const d of duplicates(s.options.map((o) => o.id))) issue(['options'], `duplicate option id "${d}"`);
	for (const d of duplicates(s.appraisal.criteria.map((c) => c.id))) issue(['appraisal', 'criteria'], `duplicate criterion id "${d}"`);

	const role = (path: (string | number)[], id: string) => {
		if (!roles.has(id)) issue(path, `unknown role "${id}" (${someOf(roles, 'roles')})`);
	};
	const checkScanner = (sc: Refs['scanners'][number], path: (string | number)[]) => {
		if (sc.localityId && !localities.has(sc.localityId)) issue([...path, 'localityId'], `unknown locality "${sc.localityId}" (${someOf(localities, 'localities')})`);
		sc.servesLocalityIds.forEach((l, i) => {
			if (!localities.has(l)) issue([...path, 'servesLocalityIds', i], `unknown locality "${l}" (${someOf(localities, 'localities')})`);
		});
		if (sc.kind === 'mobile' && !sc.mobile) issue([...path, 'mobile'], 'a mobile unit needs its "mobile" figures (relocations, throughput, vehicle)');
		sc.staffPerSession.forEach((st, i) => role([...path, 'staffPerSession', i, 'roleId'], st.roleId));
	};
	for (const d of duplicates(s.scanners.map((x) => x.id))) issue(['scanners'], `duplicate scanner id "${d}"`);
	s.scanners.forEach((sc, i) => checkScanner(sc, ['scanners', i]));
	s.staffing.fixedStaff.forEach((f, i) => role(['staffing', 'fixedStaff', i, 'roleId'], f.roleId));
	role(['staffing', 'reportingRoleId'], s.staffing.reportingRoleId);
	role(['fls', 'coordinatorRoleId'], s.fls.coordinatorRoleId);

	const bau = s.options.filter((o) => o.businessAsUsual);
	if (bau.length !== 1) issue(['options'], `exactly one option must be business as usual (businessAsUsual: true), found ${bau.length}`);

	s.options.forEach((o, i) => {
		const p = ['options', i];
		o.scannerChanges.forEach((c, j) => {
			if (!baseScanners.has(c.scannerId)) issue([...p, 'scannerChanges', j, 'scannerId'], `unknown scanner "${c.scannerId}" (${someOf(baseScanners, 'scanners')})`);
			c.staffPerSession?.forEach((st, k) => role([...p, 'scannerChanges', j, 'staffPerSession', k, 'roleId'], st.roleId));
		});
		o.removeScannerIds.forEach((id, j) => {
			if (!baseScanners.has(id)) issue([...p, 'removeScannerIds', j], `unknown scanner "${id}" (${someOf(baseScanners, 'scanners')})`);
		});
		o.addScanners.forEach((sc, j) => {
			if (sc.installedYear < startYear) issue([...p, 'addScanners', j, 'installedYear'], `a scanner the option adds must be installed in or after the first year (${startYear}), got ${sc.installedYear}`);
			if (baseScanners.has(sc.id)) issue([...p, 'addScanners', j, 'id'], `scanner id "${sc.id}" is already used by a baseline scanner`);
			checkScanner(sc, [...p, 'addScanners', j]);
		});
		o.fixedStaffChanges.forEach((f, j) => role([...p, 'fixedStaffChanges', j, 'roleId'], f.roleId));
		o.travel.forEach((t, j) => {
			if (!localities.has(t.localityId)) issue([...p, 'travel', j, 'localityId'], `unknown locality "${t.localityId}" (${someOf(localities, 'localities')})`);
			// A travel change follows the opening of a scanner the option adds or changes (phasing, effective.ts).
			const sites = new Set([...o.addScanners.map((sc) => sc.id), ...o.scannerChanges.map((c) => c.scannerId)]);
			if (t.siteScannerId !== undefined && !sites.has(t.siteScannerId))
				issue([...p, 'travel', j, 'siteScannerId'], `the site "${t.siteScannerId}" must be a scanner this option adds or changes (${someOf(sites, 'its scanners')})`);
		});
		for (const id of Object.keys(o.removeScannerYears ?? {})) {
			if (!o.removeScannerIds.includes(id)) issue([...p, 'removeScannerYears', id], `scanner "${id}" has a removal year but the option does not remove it (removeScannerIds: ${someOf(o.removeScannerIds, 'scanners')})`);
		}
		for (const k of Object.keys(o.scores)) {
			if (!criteria.has(k)) issue([...p, 'scores', k], `unknown criterion "${k}" (${someOf(criteria, 'criteria')})`);
		}
		if (o.businessAsUsual) {
			const changed =
				o.scannerChanges.length + o.addScanners.length + o.removeScannerIds.length + o.fixedStaffChanges.length + o.capitalItems.length + o.revenueItems.length + o.travel.length > 0 ||
				o.outsourcing !== undefined ||
				o.addFls;
			if (changed) issue(p, 'the business-as-usual option describes the baseline and cannot carry changes');
		}
	});
	return out;
}
