import {
	create,
	parseDependencies,
	addDependencies,
	subtractDependencies,
	multiplyDependencies,
	divideDependencies,
	powDependencies,
	unaryMinusDependencies,
	unaryPlusDependencies,
	minDependencies,
	maxDependencies,
	roundDependencies,
	floorDependencies,
	ceilDependencies,
	absDependencies,
	sqrtDependencies,
	expDependencies,
	logDependencies,
	type MathNode,
	type ConstantNode,
	type SymbolNode,
	type ParenthesisNode,
	type OperatorNode,
	type FunctionNode,
	type FactoryFunctionMap
} from 'mathjs';

/**
 * A locked-down mathjs instance for formula inputs: only arithmetic and a short list of functions.
 * Three layers, following mathjs's security guidance: (1) the instance is built from the few
 * factories needed, (2) functions that parse or change the instance are replaced by ones that
 * throw, (3) every parsed expression is checked node by node against a whitelist before it runs.
 */
const math = create({
	...({
	parseDependencies,
	addDependencies,
	subtractDependencies,
	multiplyDependencies,
	divideDependencies,
	powDependencies,
	unaryMinusDependencies,
	unaryPlusDependencies,
	minDependencies,
	maxDependencies,
	roundDependencies,
	floorDependencies,
	ceilDependencies,
	absDependencies,
	sqrtDependencies,
	expDependencies,
	logDependencies
	} as Record<string, FactoryFunctionMap>)
});

const parse = math.parse;
const disabled = (name: string) => () => {
	throw new Error(`${name} is not allowed in a formula`);
};
math.import(
	{
		import: disabled('import'),
		createUnit: disabled('createUnit'),
		evaluate: disabled('evaluate'),
		parse: disabled('parse'),
		compile: disabled('compile'),
		simplify: disabled('simplify'),
		derivative: disabled('derivative'),
		resolve: disabled('resolve')
	},
	{ override: true }
);

export const FORMULA_FUNCTIONS = ['min', 'max', 'round', 'floor', 'ceil', 'abs', 'sqrt', 'exp', 'log'] as const;
const ALLOWED_FUNCTIONS: ReadonlySet<string> = new Set<string>(FORMULA_FUNCTIONS);
const ALLOWED_OPERATORS: ReadonlySet<string> = new Set(['add', 'subtract', 'multiply', 'divide', 'pow', 'unaryMinus', 'unaryPlus']);
export const MAX_FORMULA_LENGTH = 300;

export class FormulaError extends Error {}

/** What users call the mathjs syntax a formula may not use. */
const NODE_NAMES: Record<string, string> = {
	AssignmentNode: 'assignments (=)',
	FunctionAssignmentNode: 'function definitions',
	ArrayNode: 'lists and matrices ([...])',
	ObjectNode: 'objects ({...})',
	AccessorNode: 'property and index access (. or [...])',
	IndexNode: 'index access ([...])',
	ConditionalNode: 'conditions (? :)',
	RangeNode: 'ranges (:)',
	BlockNode: 'several expressions (; or new lines)'
};

function check(node: MathNode, names: ReadonlySet<string>): void {
	switch (node.type) {
		case 'ConstantNode': {
			const v: unknown = (node as ConstantNode).value;
			if (typeof v !== 'number') throw new FormulaError('only numbers are allowed as constants');
			return;
		}
		case 'SymbolNode': {
			const name = (node as SymbolNode).name;
			if (!names.has(name)) throw new FormulaError(`unknown name "${name}"; available: ${[...names].join(', ')}`);
			return;
		}
		case 'ParenthesisNode':
			return check((node as ParenthesisNode).content, names);
		case 'OperatorNode': {
			const op = node as OperatorNode;
			if (!ALLOWED_OPERATORS.has(op.fn)) throw new FormulaError(`operator "${op.op}" is not allowed`);
			op.args.forEach((a) => check(a, names));
			return;
		}
		case 'FunctionNode': {
			const fn = node as FunctionNode;
			if (fn.fn.type !== 'SymbolNode') throw new FormulaError(`only plain function calls are allowed (${FORMULA_FUNCTIONS.join(', ')})`);
			const fname = fn.fn.name;
			if (!ALLOWED_FUNCTIONS.has(fname)) throw new FormulaError(`function "${fname}" is not allowed; allowed: ${FORMULA_FUNCTIONS.join(', ')}`);
			fn.args.forEach((a) => check(a, names));
			return;
		}
		default:
			throw new FormulaError(`${NODE_NAMES[node.type] ?? `${node.type.replace(/Node$/, '').toLowerCase()} expressions`} are not allowed`);
	}
}

/**
 * Evaluate a formula over named quantities. Throws FormulaError with a readable message for
 * anything that is not plain arithmetic over the given names, or that does not give a finite number.
 */
export function evaluateFormula(formula: string, scope: Readonly<Record<string, number>>): number {
	if (formula.length > MAX_FORMULA_LENGTH) throw new FormulaError(`formula is longer than ${MAX_FORMULA_LENGTH} characters`);
	if (formula.trim() === '') throw new FormulaError('formula is empty');
	let node: MathNode;
	try {
		node = parse(formula);
	} catch (e) {
		throw new FormulaError(`cannot read formula: ${(e as Error).message}`);
	}
	check(node, new Set(Object.keys(scope)));
	let value: unknown;
	try {
		value = node.compile().evaluate({ ...scope });
	} catch (e) {
		throw new FormulaError((e as Error).message);
	}
	if (typeof value !== 'number' || !Number.isFinite(value)) throw new FormulaError(`formula does not give a finite number (got ${String(value)})`);
	return value;
}
