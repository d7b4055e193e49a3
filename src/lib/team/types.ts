/**
 * The team space as the API sends it (JSON). Times are ISO 8601 strings in UTC. A scenario's
 * versions never change once saved; comments and sign-offs are added to a version.
 */
export type Access = 'edit' | 'review';

export interface Author {
	name: string;
	role: string;
}

/** What a version did to the result: each option's net present cost and the preferred option. */
export interface ResultSummary {
	preferredOptionId: string;
	options: { id: string; name: string; netPresentCostGbp: number }[];
}

export interface Signoff {
	id: string;
	version: number;
	reviewer: Author;
	note: string;
	signedAt: string;
}

export interface Comment {
	id: string;
	version: number;
	/** The input commented on (`scanners[0].dnaRate`), or null for the version as a whole. */
	path: string | null;
	author: Author;
	text: string;
	createdAt: string;
}

export interface VersionMeta {
	version: number;
	author: Author;
	note: string;
	basedOn: number | null;
	restoredFrom: number | null;
	createdAt: string;
	summary: ResultSummary;
	comments: number;
	signoffs: Signoff[];
}

export interface VersionFull extends VersionMeta {
	/** The scenario as written (formulas kept). */
	scenario: unknown;
	commentList: Comment[];
}

export interface ScenarioEntry {
	id: string;
	name: string;
	latest: VersionMeta;
	createdAt: string;
	updatedAt: string;
}

export interface SpaceView {
	id: string;
	name: string;
	access: Access;
	createdAt: string;
	scenarios: ScenarioEntry[];
}

export interface SpaceLinks {
	id: string;
	name: string;
	editToken: string;
	reviewToken: string;
	editLink: string;
	reviewLink: string;
}
