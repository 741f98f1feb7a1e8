import { makeStyles, tokens } from '@fluentui/react-components';

/** One product in ranking order. */
export type ChartBar = {
  readonly name: string;
  /** T per CCR hour; `null` when the product takes no CCR time (its rate is unbounded). */
  readonly rate: number | null;
  /** Share of the CCR used after this product, cumulative; `null` when nothing is ranked by. */
  readonly load: number | null;
};

export type MixChartProps = {
  readonly bars: readonly ChartBar[];
  /** Accessible name and tooltip of the whole chart. */
  readonly title: string;
  readonly formatRate: (value: number) => string;
  readonly formatPercent: (value: number) => string;
};

const WIDTH = 300;
const PLOT_HEIGHT = 124;
const PLOT = { left: 38, right: 34, top: 12 } as const;
const PLOT_WIDTH = WIDTH - PLOT.left - PLOT.right;
const FONT = 9;
/** Characters of a name under a bar: upright where the slot is wide, else 8 read vertically. */
const VERTICAL_CHARS = 8;
// 9 px text needs about 5.5 px a character (Cyrillic included) and a slot wider than its height.
const CHAR_WIDTH = 5.5;
const VERTICAL_SLOT = 28;

const useStyles = makeStyles({
  svg: { width: '100%', height: 'auto', display: 'block', overflow: 'visible' },
  axisText: { fill: tokens.colorNeutralForeground3, fontSize: `${FONT}px` },
  bar: { fill: tokens.colorBrandBackground },
  unboundedBar: { fill: tokens.colorBrandBackground2Hover, stroke: tokens.colorBrandStroke1 },
  line: { fill: 'none', stroke: tokens.colorPaletteDarkOrangeForeground1, strokeWidth: '2px' },
  dot: { fill: tokens.colorPaletteDarkOrangeForeground1 },
  grid: { stroke: tokens.colorNeutralStroke2, strokeWidth: '1px' },
  full: { stroke: tokens.colorPaletteDarkOrangeBorder1, strokeDasharray: '3 3' },
});

/**
 * T per CCR hour as bars (left axis) with the cumulative CCR load as a line (right axis, %),
 * drawn with plain SVG so it fits a 320 px pane and every label is a React text node.
 */
export function MixChart({ bars, title, formatRate, formatPercent }: MixChartProps) {
  const styles = useStyles();
  const finite = bars.map((bar) => bar.rate).filter((rate): rate is number => rate !== null);
  const maxRate = Math.max(0, ...finite) || 1;
  const loads = bars.map((bar) => bar.load).filter((load): load is number => load !== null);
  const maxLoad = Math.max(1, ...loads);
  const slot = PLOT_WIDTH / Math.max(bars.length, 1);
  const vertical = slot < VERTICAL_SLOT;
  // Vertical names stand one slot apart, never closer than the text is tall: no overlap.
  const bottom = vertical ? VERTICAL_CHARS * CHAR_WIDTH + 8 : FONT + 10;
  const height = PLOT.top + PLOT_HEIGHT + bottom;
  const barWidth = Math.max(2, slot * 0.62);
  const x = (k: number) => PLOT.left + slot * k + slot / 2;
  const yRate = (rate: number) => PLOT.top + PLOT_HEIGHT * (1 - Math.max(rate, 0) / maxRate);
  const yLoad = (load: number) => PLOT.top + PLOT_HEIGHT * (1 - load / maxLoad);
  const baseline = PLOT.top + PLOT_HEIGHT;
  const linePoints = bars
    .map((bar, k) => (bar.load === null ? null : `${x(k)},${yLoad(bar.load)}`))
    .filter((point): point is string => point !== null)
    .join(' ');
  return (
    <svg className={styles.svg} viewBox={`0 0 ${WIDTH} ${height}`} role="img" aria-label={title}>
      <title>{title}</title>
      {[0, 0.5, 1].map((share) => (
        <g key={share}>
          <line
            className={styles.grid}
            x1={PLOT.left}
            x2={WIDTH - PLOT.right}
            y1={PLOT.top + PLOT_HEIGHT * (1 - share)}
            y2={PLOT.top + PLOT_HEIGHT * (1 - share)}
          />
          <text
            className={styles.axisText}
            x={PLOT.left - 4}
            y={PLOT.top + PLOT_HEIGHT * (1 - share) + FONT / 3}
            textAnchor="end"
          >
            {formatRate(maxRate * share)}
          </text>
          <text
            className={styles.axisText}
            x={WIDTH - PLOT.right + 4}
            y={PLOT.top + PLOT_HEIGHT * (1 - share) + FONT / 3}
          >
            {formatPercent(maxLoad * share)}
          </text>
        </g>
      ))}
      {maxLoad > 1 && (
        <line
          className={styles.full}
          x1={PLOT.left}
          x2={WIDTH - PLOT.right}
          y1={yLoad(1)}
          y2={yLoad(1)}
        />
      )}
      {bars.map((bar, k) => (
        <Bar
          key={k}
          bar={bar}
          x={x(k)}
          width={barWidth}
          top={bar.rate === null ? PLOT.top : yRate(bar.rate)}
          baseline={baseline}
          label={shortLabel(bar.name, slot)}
          rotate={vertical}
          className={bar.rate === null ? styles.unboundedBar : styles.bar}
          textClassName={styles.axisText}
          tooltip={`${bar.name}: ${bar.rate === null ? '∞' : formatRate(bar.rate)}`}
        />
      ))}
      {linePoints !== '' && <polyline className={styles.line} points={linePoints} />}
      {bars.map((bar, k) =>
        bar.load === null ? null : (
          <circle key={k} className={styles.dot} cx={x(k)} cy={yLoad(bar.load)} r={2.5} />
        )
      )}
    </svg>
  );
}

type BarProps = {
  readonly bar: ChartBar;
  readonly x: number;
  readonly width: number;
  readonly top: number;
  readonly baseline: number;
  readonly label: string;
  readonly rotate: boolean;
  readonly className: string;
  readonly textClassName: string;
  readonly tooltip: string;
};

function Bar({ bar, x, width, top, baseline, label, rotate, ...rest }: BarProps) {
  const labelY = rotate ? baseline + 4 : baseline + FONT + 2;
  return (
    <g>
      <rect
        className={rest.className}
        x={x - width / 2}
        y={top}
        width={width}
        height={Math.max(baseline - top, 0)}
      >
        <title>{rest.tooltip}</title>
      </rect>
      {bar.rate === null && (
        <text className={rest.textClassName} x={x} y={top + FONT} textAnchor="middle">
          ∞
        </text>
      )}
      <text
        className={rest.textClassName}
        x={x}
        y={labelY}
        textAnchor={rotate ? 'end' : 'middle'}
        dominantBaseline={rotate ? 'middle' : undefined}
        transform={rotate ? `rotate(-90 ${x} ${labelY})` : undefined}
      >
        {label}
      </text>
    </g>
  );
}

/** A name cut to what fits under its bar. */
function shortLabel(name: string, slot: number): string {
  const fits = slot < VERTICAL_SLOT ? VERTICAL_CHARS : Math.max(3, Math.floor(slot / CHAR_WIDTH));
  const chars = Array.from(name);
  return chars.length <= fits ? name : `${chars.slice(0, fits - 1).join('')}…`;
}
