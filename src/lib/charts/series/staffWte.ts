import type { AppraisalResult } from '../../model/results';
import { selectOptions, type OptionRef } from './select';

export interface StaffRole {
	roleId: string;
	name: string;
}

export interface StaffWteOption extends OptionRef {
	/** Average funded WTE over the horizon, aligned with `roles`; null where the option has no such role. */
	wte: (number | null)[];
	/** The option's average funded WTE in total (`summary.averageFundedWte`). */
	totalWte: number;
}

export interface StaffWteSeries {
	/** Every role in any selected option, in order of first appearance. */
	roles: StaffRole[];
	options: StaffWteOption[];
}

/** Average funded WTE by role for each selected option (`staffing.averageFundedWteByRole`). */
export function staffWteSeries(result: AppraisalResult, optionIds?: readonly string[]): StaffWteSeries {
	const selected = selectOptions(result, optionIds);
	const roles: StaffRole[] = [];
	for (const { option } of selected) {
		for (const r of option.staffing.averageFundedWteByRole) {
			if (!roles.some((x) => x.roleId === r.roleId)) roles.push({ roleId: r.roleId, name: r.name });
		}
	}
	return {
		roles,
		options: selected.map(({ option, ref }) => ({
			...ref,
			wte: roles.map((role) => option.staffing.averageFundedWteByRole.find((r) => r.roleId === role.roleId)?.fundedWte ?? null),
			totalWte: option.summary.averageFundedWte
		}))
	};
}
