import { FluentProvider, webLightTheme } from '@fluentui/react-components';
import { render, screen } from '@testing-library/react';
import { MixChart, type ChartBar } from '../../src/taskpane/components/MixChart';

const renderChart = (bars: readonly ChartBar[]) =>
  render(
    <FluentProvider theme={webLightTheme}>
      <MixChart
        bars={bars}
        title="T per CCR hour"
        formatRate={(value) => value.toFixed(0)}
        formatPercent={(value) => `${Math.round(value * 100)}%`}
      />
    </FluentProvider>
  );

describe('MixChart', () => {
  it('draws one bar per product, tallest for the best rate, and the load line through each', () => {
    const { container } = renderChart([
      { name: 'P', rate: 180, load: 0.625 },
      { name: 'Q', rate: 120, load: 1 },
    ]);
    expect(screen.getByRole('img', { name: 'T per CCR hour' })).toBeInTheDocument();
    const heights = Array.from(container.querySelectorAll('rect'), (rect) =>
      Number(rect.getAttribute('height'))
    );
    expect(heights).toHaveLength(2);
    expect(heights[0]).toBeGreaterThan(heights[1] as number);
    expect(container.querySelector('polyline')?.getAttribute('points')?.split(' ')).toHaveLength(2);
  });

  it('marks a product that takes no CCR time with an infinite rate instead of a number', () => {
    renderChart([
      { name: 'Dye', rate: null, load: 0 },
      { name: 'Cut', rate: 17, load: 0.5 },
    ]);
    expect(screen.getByText('∞')).toBeInTheDocument();
  });

  it('shows a product name as text, cut to fit a narrow bar', () => {
    const { container } = renderChart(
      Array.from({ length: 14 }, (_, k) => ({
        name: `<b>Product ${k}</b>`,
        rate: k + 1,
        load: k / 14,
      }))
    );
    expect(container.querySelector('b')).toBeNull();
    expect(screen.getAllByText('<b>Prod…')).toHaveLength(14);
  });

  it('stands names upright one slot apart when 20 bars share a narrow chart, so none overlap', () => {
    const { container } = renderChart(
      Array.from({ length: 20 }, (_, k) => ({ name: `Service ${k}`, rate: 20 - k, load: k / 20 }))
    );
    const labels = Array.from(container.querySelectorAll('text')).filter((t) =>
      t.getAttribute('transform')?.startsWith('rotate(-90')
    );
    expect(labels).toHaveLength(20);
    const xs = labels.map((t) => Number(t.getAttribute('x')));
    const gaps = xs.slice(1).map((x, k) => x - (xs[k] as number));
    // 9 px text: a gap of at least that between the baselines of neighbouring names.
    expect(Math.min(...gaps)).toBeGreaterThanOrEqual(9);
  });
});
