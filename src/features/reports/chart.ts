import { Resvg } from '@resvg/resvg-js';
import type { Colour } from '../../domain/types';

/** One point of a trend chart: a score on the reports' 1–5 scale, with the period's colour when known. */
export interface ChartPoint {
  label: string;
  value: number;
  colour?: Colour;
}

export const CHART = { width: 640, height: 280 } as const;
const PAD = { left: 44, right: 16, top: 16, bottom: 40 };
/** Room inside the plot so the first and last labels are not cut off. */
const INSET = 28;
const FILL: Record<Colour, string> = { green: '#2e7d32', yellow: '#f9a825', red: '#c62828' };
const FONT = "font-family=\"DejaVu Sans, Liberation Sans, Arial, sans-serif\"";

const escapeXml = (text: string) => text.replace(/[<>&"']/g, (c) => `&#${c.charCodeAt(0)};`);

/**
 * A line chart of scores on the 1–5 scale as an SVG string: pure, so what a chart shows can be
 * tested as text. Points carry their period's colour; the line is the trend.
 */
export function trendChartSvg(points: ChartPoint[]): string {
  const { width, height } = CHART;
  const plotWidth = width - PAD.left - PAD.right;
  const plotHeight = height - PAD.top - PAD.bottom;
  const x = (i: number) => PAD.left + INSET + (points.length === 1 ? plotWidth / 2 - INSET : (i * (plotWidth - 2 * INSET)) / (points.length - 1));
  const y = (v: number) => PAD.top + ((5 - Math.min(5, Math.max(1, v))) * plotHeight) / 4;
  const grid = [1, 2, 3, 4, 5]
    .map((v) => `<line x1="${PAD.left}" x2="${width - PAD.right}" y1="${y(v)}" y2="${y(v)}" stroke="#d0d0d0"/><text x="${PAD.left - 10}" y="${y(v) + 4}" text-anchor="end" font-size="12" ${FONT}>${v}</text>`)
    .join('');
  const line = points.length > 1 ? `<polyline fill="none" stroke="#1f4e79" stroke-width="2.5" points="${points.map((p, i) => `${x(i)},${y(p.value)}`).join(' ')}"/>` : '';
  const dots = points
    .map((p, i) => `<circle cx="${x(i)}" cy="${y(p.value)}" r="6" fill="${p.colour ? FILL[p.colour] : '#1f4e79'}" stroke="#ffffff" stroke-width="1.5"/>`)
    .join('');
  const labels = points
    .map((p, i) => `<text x="${x(i)}" y="${height - PAD.bottom + 20}" text-anchor="middle" font-size="12" ${FONT}>${escapeXml(p.label)}</text>`)
    .join('');
  return `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}"><rect width="${width}" height="${height}" fill="#ffffff"/>${grid}${line}${dots}${labels}</svg>`;
}

/** The SVG as PNG, rendered in-process (resvg); the labels use the machine's fonts. */
export function toPng(svg: string): Buffer {
  return Buffer.from(new Resvg(svg, { font: { loadSystemFonts: true, defaultFontFamily: 'DejaVu Sans' } }).render().asPng());
}
