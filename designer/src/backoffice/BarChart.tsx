import { useId } from 'react';
import { useMt } from './monitoringMessages';

export interface Bar {
  label: string;
  value: number;
}

const WIDTH = 480;
const ROW = 34;

/**
 * A small horizontal bar chart as inline SVG (no chart library): `role="img"` with the figures
 * said in its label, and the same figures in a table under a disclosure (the chart's table
 * alternative), so nothing is only in the picture.
 */
export function BarChart({
  title,
  bars,
  labelHeader,
  valueHeader,
  format = String,
  open = false,
}: {
  title: string;
  bars: Bar[];
  /** The table's first column (e.g. "Mese"). */
  labelHeader: string;
  /** The table's second column (e.g. "Domande"). */
  valueHeader: string;
  format?: (n: number) => string;
  /** Shows the table alternative from the start. */
  open?: boolean;
}) {
  const t = useMt();
  const id = useId();
  const max = Math.max(1, ...bars.map((b) => b.value));
  const height = Math.max(ROW, bars.length * ROW);
  const summary = t('mon.chartSummary', {
    title,
    items: bars.map((b) => `${b.label} ${format(b.value)}`).join('; '),
  });
  return (
    <figure className="modulo-chart" aria-labelledby={`${id}-title`}>
      <figcaption id={`${id}-title`}>{title}</figcaption>
      <svg
        role="img"
        aria-label={summary}
        viewBox={`0 0 ${WIDTH} ${height}`}
        width="100%"
        style={{ maxWidth: WIDTH }}
        data-chart={title}
      >
        {bars.map((b, i) => {
          const y = i * ROW;
          const w = Math.round((b.value / max) * (WIDTH - 60));
          return (
            <g key={b.label}>
              <text x={0} y={y + 12} fontSize={12} fill="#1a1a1a">
                {b.label}
              </text>
              <rect x={0} y={y + 17} width={Math.max(w, 1)} height={12} fill="#0066cc" />
              <text x={w + 6} y={y + 28} fontSize={12} fill="#1a1a1a">
                {format(b.value)}
              </text>
            </g>
          );
        })}
      </svg>
      <details open={open}>
        <summary>{t('mon.showTable')}</summary>
        <table className="modulo-table">
          <caption>{title}</caption>
          <thead>
            <tr>
              <th scope="col">{labelHeader}</th>
              <th scope="col">{valueHeader}</th>
            </tr>
          </thead>
          <tbody>
            {bars.map((b) => (
              <tr key={b.label}>
                <th scope="row">{b.label}</th>
                <td>{format(b.value)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </details>
    </figure>
  );
}
