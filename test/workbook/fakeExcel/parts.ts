/** Collections, tables, charts, settings items and protection of the fake Excel. */
import { Proxy, type FakeContext } from './context';
import { FakeOfficeError, type FakeChart, type FakeSheet, type FakeTable } from './model';
import { FakeRange, type RangeModel } from './range';

export type Resolver<M> = () => M | null;

/** A collection: `load('items/a,items/b')` gives `items`, each with those properties. */
export class FakeCollection<M, P extends Proxy<M>> extends Proxy<M[]> {
  private itemList: P[] | undefined;

  constructor(
    ctx: FakeContext,
    resolve: Resolver<M[]>,
    private readonly item: (resolve: Resolver<M>) => P,
    private readonly itemReader: (model: M, property: string) => unknown
  ) {
    super(ctx, resolve);
  }

  override load(properties?: string | string[]): this {
    const names = (Array.isArray(properties) ? properties : (properties ?? '').split(','))
      .map((p) => p.trim().replace(/^items\//, ''))
      .filter((p) => p !== '' && p !== 'items');
    this.ctx.enqueue('load', null, () => {
      const models = this.model();
      this.itemList = models.map((m) =>
        this.item(() => m).preset(Object.fromEntries(names.map((n) => [n, this.itemReader(m, n)])))
      );
    });
    return this;
  }

  get items(): P[] {
    if (!this.itemList) throw new Error('PropertyNotLoaded: items');
    return this.itemList;
  }
}

export function sheetReader(sheet: FakeSheet, property: string): unknown {
  if (property === 'id' || property === 'name') return sheet[property];
  throw new Error(`Fake Worksheet cannot load ${property}`);
}

export class FakeProtection<M extends { protected: boolean }> extends Proxy<M> {
  constructor(ctx: FakeContext, resolve: Resolver<M>) {
    super(ctx, resolve, (model, property) =>
      property === 'protected' ? model.protected : undefined
    );
  }
  get protected(): boolean {
    return this.loadedValue('protected');
  }
}

export class FakeValueItem extends Proxy<{ value: unknown }> {
  constructor(ctx: FakeContext, resolve: Resolver<{ value: unknown }>) {
    super(ctx, resolve, (model, property) => (property === 'value' ? model.value : undefined));
  }
  get value(): unknown {
    return this.loadedValue('value');
  }
}

export class FakeTableProxy extends Proxy<FakeTable> {
  constructor(ctx: FakeContext, resolve: Resolver<FakeTable>) {
    super(ctx, resolve, (table, property) => (property === 'name' ? table.name : undefined));
  }
  get name(): string {
    return this.loadedValue('name');
  }
  set name(name: string) {
    this.ctx.enqueue('table.name', name, () => {
      const table = this.model();
      if (
        this.ctx.state.tables.some(
          (t) => t !== table && t.name.toLowerCase() === name.toLowerCase()
        )
      ) {
        throw new FakeOfficeError('ItemAlreadyExists');
      }
      table.name = name;
    });
  }
  set style(style: string) {
    this.ctx.enqueue('table.style', style, () => (this.model().style = style));
  }
  get worksheet(): unknown {
    return this.ctx.sheetProxy(() => this.sheetOf(this.model()));
  }
  getRange(): FakeRange {
    return new FakeRange(this.ctx, () => {
      const table = this.resolve();
      return table && { sheet: this.sheetOf(table), area: table.area };
    });
  }
  delete(): void {
    this.ctx.enqueue('table.delete', null, () => {
      const table = this.model();
      this.ctx.state.tables = this.ctx.state.tables.filter((t) => t !== table);
    });
  }
  private sheetOf(table: FakeTable): FakeSheet {
    const sheet = this.ctx.state.sheets.find((s) => s.id === table.sheetId);
    if (!sheet) throw new FakeOfficeError('ItemNotFound');
    return sheet;
  }
}

export function areaOf(range: unknown): RangeModel {
  const model = (range as { resolve: () => RangeModel | null }).resolve();
  if (!model) throw new FakeOfficeError('ItemNotFound');
  return model;
}

export class FakeSeries {
  constructor(
    private readonly ctx: FakeContext,
    private readonly series: () => FakeChart['series'][number]
  ) {}
  set name(name: string) {
    this.ctx.enqueue('series.name', name, () => (this.series().name = name));
  }
  set chartType(type: string) {
    this.ctx.enqueue('series.chartType', type, () => (this.series().chartType = type));
  }
  set axisGroup(group: string) {
    this.ctx.enqueue('series.axisGroup', group, () => (this.series().axisGroup = group));
  }
  setValues(range: FakeRange): void {
    this.ctx.enqueue('series.setValues', null, () => (this.series().values = areaOf(range).area));
  }
  setXAxisValues(range: FakeRange): void {
    this.ctx.enqueue(
      'series.setXAxisValues',
      null,
      () => (this.series().xValues = areaOf(range).area)
    );
  }
}

export class FakeChartProxy extends Proxy<FakeChart> {
  readonly title: { text: string };
  readonly series: { getItemAt: (i: number) => FakeSeries; add: (name: string) => FakeSeries };

  constructor(
    ctx: FakeContext,
    resolve: Resolver<FakeChart>,
    private readonly sheet: () => FakeSheet
  ) {
    super(ctx, resolve, (chart, property) => (property === 'name' ? chart.name : undefined));
    const title = {} as { text: string };
    Object.defineProperty(title, 'text', {
      set: (text: string) => ctx.enqueue('chart.title', text, () => (this.model().title = text)),
    });
    this.title = title;
    this.series = {
      getItemAt: (i) => new FakeSeries(ctx, () => this.model().series[i] ?? fail('ItemNotFound')),
      add: (name) => {
        let added: FakeChart['series'][number] | undefined;
        ctx.enqueue('series.add', name, () => {
          added = { name };
          this.model().series.push(added);
        });
        return new FakeSeries(ctx, () => added ?? fail('ItemNotFound'));
      },
    };
  }
  setPosition(start: FakeRange, end: FakeRange): void {
    this.ctx.enqueue(
      'chart.setPosition',
      null,
      () => (this.model().position = [areaOf(start).area, areaOf(end).area])
    );
  }
  delete(): void {
    this.ctx.enqueue('chart.delete', null, () => {
      const chart = this.model();
      const sheet = this.sheet();
      sheet.charts = sheet.charts.filter((c) => c !== chart);
    });
  }
}

export function fail(code: string): never {
  throw new FakeOfficeError(code);
}
