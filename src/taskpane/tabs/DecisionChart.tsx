import { makeStyles, tokens } from '@fluentui/react-components';

export type DecisionChartProps = {
  readonly title: string;
  /** Cumulative ΔNP at the end of each month, month 1 first. */
  readonly cumulative: readonly number[];
  /** The payback month, drawn as a marker; `null` when it does not pay back. */
  readonly paybackMonth: number | null;
  /** A bar's tooltip: "month 5: 10". */
  readonly describe: (month: number, value: number) => string;
};

const WIDTH = 300;
const HEIGHT = 120;
const PAD = 4;

const useStyles = makeStyles({
  chart: { width: '100%', height: 'auto', display: 'block' },
});

/** Bars of cumulative ΔNP by month around a zero line: red below it, green from the payback. */
export function DecisionChart({ title, cumulative, paybackMonth, describe }: DecisionChartProps) {
  const styles = useStyles();
  const top = Math.max(0, ...cumulative);
  const bottom = Math.min(0, ...cumulative);
  const span = top - bottom || 1;
  const y = (value: number) => PAD + ((top - value) / span) * (HEIGHT - 2 * PAD);
  const step = (WIDTH - 2 * PAD) / Math.max(1, cumulative.length);
  const zero = y(0);
  return (
    <svg className={styles.chart} viewBox={`0 0 ${WIDTH} ${HEIGHT}`} role="img" aria-label={title}>
      <title>{title}</title>
      {cumulative.map((value, k) => {
        const paid = paybackMonth !== null && k + 1 >= paybackMonth;
        return (
          <rect
            key={k}
            x={PAD + k * step + step * 0.1}
            width={step * 0.8}
            y={Math.min(zero, y(value))}
            height={Math.max(1, Math.abs(y(value) - zero))}
            fill={paid ? tokens.colorPaletteGreenBackground3 : tokens.colorPaletteRedBackground3}
          >
            <title>{describe(k + 1, value)}</title>
          </rect>
        );
      })}
      <line
        x1={PAD}
        x2={WIDTH - PAD}
        y1={zero}
        y2={zero}
        stroke={tokens.colorNeutralStroke1}
        strokeWidth={1}
      />
    </svg>
  );
}
