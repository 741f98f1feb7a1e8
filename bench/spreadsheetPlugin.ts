/**
 * TA.CCRRANK and TA.MIX as a HyperFormula function plugin, for the spreadsheet benchmark only.
 *
 * HyperFormula is GPL-3.0 (licence key 'gpl-v3'): it is a devDependency used here, in Node, to
 * run the benchmark and its test. It is never imported by src/ and never bundled into the add-in.
 *
 * The plugin calls the add-in's own Excel adapters (src/functions), so the spreadsheet runs the
 * same argument parsing, engine and result shaping that Excel runs.
 */
import {
  ArraySize,
  CellError,
  EmptyValue,
  ErrorType,
  FunctionArgumentType,
  FunctionPlugin,
  HyperFormula,
  SimpleRangeValue,
  type ImplementedFunctions,
} from 'hyperformula';
import { mix } from '../src/functions/mixFunctions';
import { ccrRank } from '../src/functions/throughputFunctions';

type Scalar = number | string | boolean | CellError;

const RANGE = { argumentType: FunctionArgumentType.RANGE };
const NUMBER = { argumentType: FunctionArgumentType.NUMBER };

/** A range as Excel hands it to a custom function: a 2-D array, blanks as null (Excel on the web). */
function excelGrid(range: SimpleRangeValue): unknown[][] {
  return range.rawData().map((row) => row.map((cell) => (cell === EmptyValue ? null : cell)));
}

function messageOf(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

/** An adapter's result cell in HyperFormula's terms; a CustomFunctions.Error becomes #VALUE!. */
function sheetCell(cell: unknown): Scalar {
  if (typeof cell === 'number' || typeof cell === 'string' || typeof cell === 'boolean')
    return cell;
  return new CellError(ErrorType.VALUE, messageOf(cell));
}

/** Runs an adapter; nothing may escape into HyperFormula, which would abort its recalculation. */
function guarded(run: () => unknown[][]): SimpleRangeValue | CellError {
  try {
    return SimpleRangeValue.onlyValues(run().map((row) => row.map(sheetCell)));
  } catch (error) {
    return new CellError(ErrorType.VALUE, messageOf(error));
  }
}

/**
 * HyperFormula calls a plugin method by name with (ProcedureAst, InterpreterState) but exports
 * neither type; they pass through to runFunction and arraySizeForAst untouched, hence `never`.
 */
type Procedure = { readonly args: readonly unknown[] };

export class ThroughputPlugin extends FunctionPlugin {
  static override implementedFunctions: ImplementedFunctions = {
    'TA.CCRRANK': {
      method: 'ccrRank',
      sizeOfResultArrayMethod: 'oneColumnPerProduct',
      parameters: [RANGE, RANGE, RANGE],
      vectorizationForbidden: true,
    },
    'TA.MIX': {
      method: 'mix',
      sizeOfResultArrayMethod: 'oneColumnPerProduct',
      parameters: [RANGE, RANGE, RANGE, RANGE, NUMBER],
      vectorizationForbidden: true,
    },
  };

  ccrRank(ast: Procedure, state: unknown) {
    return this.runFunction(
      ast.args as never,
      state as never,
      this.metadata('TA.CCRRANK'),
      (price: SimpleRangeValue, tvc: SimpleRangeValue, time: SimpleRangeValue) =>
        guarded(() => ccrRank(excelGrid(price), excelGrid(tvc), excelGrid(time)))
    );
  }

  mix(ast: Procedure, state: unknown) {
    return this.runFunction(
      ast.args as never,
      state as never,
      this.metadata('TA.MIX'),
      (
        price: SimpleRangeValue,
        tvc: SimpleRangeValue,
        time: SimpleRangeValue,
        demand: SimpleRangeValue,
        capacity: number
      ) =>
        guarded(() =>
          mix(excelGrid(price), excelGrid(tvc), excelGrid(time), excelGrid(demand), [[capacity]])
        )
    );
  }

  /** The spill is declared before evaluation: one cell per product, as tall as the price column. */
  oneColumnPerProduct(ast: Procedure, state: unknown): ArraySize {
    const price = ast.args[0];
    if (price === undefined) return ArraySize.error();
    return new ArraySize(1, this.arraySizeForAst(price as never, state as never).height);
  }
}

/** Registers TA.CCRRANK and TA.MIX in HyperFormula's global registry, once per process. */
export function registerThroughputPlugin(): void {
  if (HyperFormula.getRegisteredFunctionNames('enGB').includes('TA.MIX')) return;
  HyperFormula.registerFunctionPlugin(ThroughputPlugin, {
    enGB: { 'TA.CCRRANK': 'TA.CCRRANK', 'TA.MIX': 'TA.MIX' },
  });
}
