import { toPng, trendChartSvg } from './chart';

describe('trend chart', () => {
  it('draws one dot per period in its colour, a line between them, and the labels as text', () => {
    const svg = trendChartSvg([
      { label: 'T1 26', value: 3.2, colour: 'yellow' },
      { label: 'T2 26', value: 4, colour: 'green' },
      { label: 'T3 26', value: 2.1, colour: 'red' }
    ]);
    expect(svg.match(/<circle /g)).toHaveLength(3);
    expect(svg).toContain('fill="#f9a825"');
    expect(svg).toContain('fill="#2e7d32"');
    expect(svg).toContain('fill="#c62828"');
    expect(svg).toContain('<polyline');
    for (const label of ['T1 26', 'T2 26', 'T3 26']) expect(svg).toContain(`>${label}</text>`);
  });

  it('keeps outside text as text: a label cannot add SVG of its own', () => {
    const svg = trendChartSvg([{ label: '<image href="https://evil.example/x.png"/>', value: 3 }]);
    expect(svg).not.toContain('<image');
    expect(svg).not.toContain('<polyline');
  });

  it('renders to a PNG of the chart’s size', () => {
    const png = toPng(trendChartSvg([{ label: 'T1 26', value: 3 }, { label: 'T2 26', value: 4 }]));
    expect(png.subarray(1, 4).toString('ascii')).toBe('PNG');
    expect(png.readUInt32BE(16)).toBe(640);
    expect(png.readUInt32BE(20)).toBe(280);
  });
});
