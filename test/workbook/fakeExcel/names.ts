/**
 * Workbook names of the fake Excel, with Excel's rule that adding a name that exists fails
 * (`ItemAlreadyExists`, case-insensitive): the write lock depends on it. Also the counts and the
 * column formats a report sheet's "look" is read from.
 */
import { Proxy, type FakeContext } from './context';
import { FakeOfficeError, type FakeName, type FakeSheet } from './model';
import type { RangeModel } from './range';

function find(ctx: FakeContext, name: string): FakeName | null {
  return ctx.state.names.find((n) => n.name.toLowerCase() === name.toLowerCase()) ?? null;
}

export class FakeNamedItem extends Proxy<FakeName> {
  constructor(ctx: FakeContext, resolve: () => FakeName | null) {
    super(ctx, resolve, (item, property) =>
      property === 'formula' || property === 'name' || property === 'visible'
        ? item[property]
        : property === 'value'
          ? item.formula.replace(/^="?|"$/g, '')
          : undefined
    );
  }
  get formula(): string {
    return this.loadedValue('formula');
  }
  set formula(formula: string) {
    this.ctx.enqueue('namedItem.formula', formula, () => (this.model().formula = formula));
  }
  get value(): string {
    return this.loadedValue('value');
  }
  set visible(visible: boolean) {
    this.ctx.enqueue('namedItem.visible', visible, () => (this.model().visible = visible));
  }
  delete(): void {
    this.ctx.enqueue('namedItem.delete', null, () => {
      const item = this.model();
      this.ctx.state.names = this.ctx.state.names.filter((n) => n !== item);
    });
  }
}

export function makeNames(ctx: FakeContext) {
  return {
    add: (name: string, formula: string) => {
      let added: FakeName | null = null;
      ctx.enqueue('names.add', [name, formula], () => {
        if (find(ctx, name)) throw new FakeOfficeError('ItemAlreadyExists');
        added = { name, formula, visible: true };
        ctx.state.names.push(added);
      });
      return new FakeNamedItem(ctx, () => added);
    },
    getItem: (name: string) =>
      new FakeNamedItem(ctx, () => {
        const item = find(ctx, name);
        if (!item) throw new FakeOfficeError('ItemNotFound');
        return item;
      }),
    getItemOrNullObject: (name: string) => new FakeNamedItem(ctx, () => find(ctx, name)),
  };
}

/** `getCount()` of a collection: a ClientResult whose `value` exists after the sync. */
export function countOf(ctx: FakeContext, count: () => number): { readonly value: number } {
  let value: number | undefined;
  ctx.enqueue('getCount', null, () => (value = count()));
  return {
    get value(): number {
      if (value === undefined) throw new Error('PropertyNotLoaded: value');
      return value;
    },
  };
}

function agreed<T>(values: readonly T[]): T | null {
  const [first] = values;
  return values.every((v) => v === first) ? (first ?? null) : null;
}

/** A range's format read as Excel reads a multi-cell range: one value if all agree, else null. */
export function formatReader(model: RangeModel, property: string): unknown {
  const { sheet, area } = model;
  const keys: string[] = [];
  for (let r = 0; r < area.rows; r++)
    for (let c = 0; c < area.columns; c++) keys.push(`${area.row + r},${area.column + c}`);
  const style = (key: string): [string, boolean, string, boolean] => [
    sheet.fills.get(key) ?? '#FFFFFF',
    sheet.bold.has(key),
    sheet.fontColors.get(key) ?? '#000000',
    sheet.italic.has(key),
  ];
  const index = ['fill/color', 'font/bold', 'font/color', 'font/italic'].indexOf(property);
  if (index < 0) throw new Error(`Fake RangeFormat cannot load ${property}`);
  return agreed(keys.map((key) => style(key)[index]));
}

export class FakeRangeFormat extends Proxy<RangeModel> {
  get fill(): { readonly color: string | null } {
    return { color: this.loadedValue('fill/color') };
  }
  get font(): { readonly bold: boolean | null; color: string | null; italic: boolean | null } {
    return {
      bold: this.loadedValue('font/bold'),
      color: this.loadedValue('font/color'),
      italic: this.loadedValue('font/italic'),
    };
  }
}

export function sheetCounts(ctx: FakeContext, sheet: () => FakeSheet) {
  return {
    shapes: { getCount: () => countOf(ctx, () => sheet().shapes) },
    comments: { getCount: () => countOf(ctx, () => sheet().comments) },
  };
}
