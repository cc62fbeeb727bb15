import { Document, HeadingLevel, ImageRun, Packer, Paragraph, Table, TableCell, TableRow, TextRun, WidthType } from 'docx';
import { CHART, toPng, trendChartSvg, type ChartPoint } from './chart';

/**
 * A report as a case handler files it: headings, paragraphs, tables and trend charts. The
 * report builders describe one as data; `toDocx` makes the Word file.
 */
export type Block =
  | { kind: 'heading'; text: string }
  | { kind: 'paragraph'; text: string }
  | { kind: 'bullets'; items: string[] }
  | { kind: 'table'; header: string[]; rows: string[][] }
  | { kind: 'chart'; points: ChartPoint[]; description: string };

export interface ReportDocument {
  title: string;
  subtitle: string;
  blocks: Block[];
}

const cell = (text: string, bold = false) => new TableCell({ children: [new Paragraph({ children: [new TextRun({ text, bold })] })] });

function render(block: Block): (Paragraph | Table)[] {
  switch (block.kind) {
    case 'heading':
      return [new Paragraph({ text: block.text, heading: HeadingLevel.HEADING_2 })];
    case 'paragraph':
      return [new Paragraph({ text: block.text })];
    case 'bullets':
      return block.items.map((text) => new Paragraph({ text, bullet: { level: 0 } }));
    case 'table':
      return [
        new Table({
          width: { size: 100, type: WidthType.PERCENTAGE },
          rows: [new TableRow({ tableHeader: true, children: block.header.map((h) => cell(h, true)) }), ...block.rows.map((r) => new TableRow({ children: r.map((c) => cell(c)) }))]
        }),
        new Paragraph({ text: '' })
      ];
    case 'chart':
      return [
        new Paragraph({
          children: [
            new ImageRun({
              type: 'png',
              data: toPng(trendChartSvg(block.points)),
              // Word measures images in pixels at 96 dpi: 480 px is 12.7 cm, inside an A4 text column.
              transformation: { width: 480, height: Math.round((480 * CHART.height) / CHART.width) },
              altText: { name: 'chart', title: block.description, description: block.description }
            })
          ]
        }),
        new Paragraph({ children: [new TextRun({ text: block.description, italics: true, size: 18 })] })
      ];
  }
}

export async function toDocx(report: ReportDocument): Promise<Buffer> {
  const document = new Document({
    title: report.title,
    creator: 'Sampuls',
    description: report.subtitle,
    sections: [
      {
        children: [
          new Paragraph({ text: report.title, heading: HeadingLevel.TITLE }),
          new Paragraph({ children: [new TextRun({ text: report.subtitle, italics: true })] }),
          ...report.blocks.flatMap(render)
        ]
      }
    ]
  });
  return Packer.toBuffer(document);
}
