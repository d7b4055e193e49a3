import { z } from 'zod';
import { num, frac, gbp } from './meta';
import { CriterionSchema } from './options';

const GREEN_BOOK = 'HM Treasury Green Book (2022): social time preference rate';

export const AppraisalSettingsSchema = z
	.object({
		discountRate: frac({ label: 'Discount rate, years 0-30', unit: 'fraction a year', help: 'Real discount rate for costs and monetised benefits in years 0-30.', source: `${GREEN_BOOK} 3.5% for years 0-30` }, 0.035),
		discountRateLong: frac({ label: 'Discount rate, years 31+', unit: 'fraction a year', help: 'Real discount rate from year 31.', source: `${GREEN_BOOK} 3.0% for years 31-75` }, 0.03),
		healthDiscountRate: frac({ label: 'Health discount rate', unit: 'fraction a year', help: 'Discount rate for health effects (QALYs).', source: 'HM Treasury Green Book: 1.5% for health effects' }, 0.015),
		optimismBiasCapital: num(
			{ label: 'Optimism bias: estates works capital', unit: 'fraction', help: 'Uplift on estates capital (installation works, room works and other capital) for optimism bias before mitigation.', source: 'HM Treasury Green Book supplementary guidance on optimism bias (Mott MacDonald 2002, Table 2): standard buildings capital expenditure upper bound 24%; reduce with evidence of mitigation' },
			{ min: 0, max: 2, default: 0.24 }
		),
		optimismBiasEquipment: num(
			{ label: 'Optimism bias: equipment capital', unit: 'fraction', help: 'Uplift on equipment capital (the scanner, the mobile unit\'s vehicle and IT) for optimism bias. A DXA scanner is a catalogue product at a quoted price from a mature market, so the design and development risks behind the equipment upper bound (200%) are mitigated; go back towards it for bespoke IT or a first-of-type vehicle.', source: 'HM Treasury Green Book supplementary guidance on optimism bias (Mott MacDonald 2002, Table 2): equipment/development capital expenditure lower bound 10% (upper 200%), the bound for risks shown to be mitigated' },
			{ min: 0, max: 2, default: 0.1 }
		),
		optimismBiasRevenue: num(
			{ label: 'Optimism bias: revenue', unit: 'fraction', help: 'Uplift on revenue (operating) costs for optimism bias.', placeholder: true },
			{ min: 0, max: 2, default: 0.05 }
		),
		valuePerQalyGbp: gbp({ label: 'Value of a QALY', unit: 'GBP per QALY', help: 'Social value of one quality-adjusted life year, used for the net present social value.', source: 'HM Treasury Green Book (2022): GBP 70,000 per QALY (2021 prices)' }, 70000, 1_000_000),
		criteria: z.array(CriterionSchema).max(12).default([
			{ id: 'access', name: 'Access for patients', weight: 30 },
			{ id: 'quality', name: 'Clinical quality and safety', weight: 30 },
			{ id: 'deliverability', name: 'Deliverability and risk', weight: 25 },
			{ id: 'strategicFit', name: 'Strategic fit', weight: 15 }
		])
	})
	.strict();
