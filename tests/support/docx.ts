import AdmZip from 'adm-zip';
import mammoth from 'mammoth';

/** A .docx opened as Word would: its parts, the document's text, tables and pictures. */
export interface OpenedDocx {
  parts: string[];
  /** Every paragraph's text, in order. */
  paragraphs: string[];
  text: string;
  tables: number;
  /** The PNG pictures in word/media. */
  images: Buffer[];
  /** Relationship targets that name a part the package does not have (a broken package). */
  danglingRelationships: string[];
  /** Parts [Content_Types].xml gives no type (neither by extension nor by name): Word refuses such a package. */
  untypedParts: string[];
  contentTypes: string;
}

const decode = (xml: string) => xml.replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&apos;/g, "'").replace(/&amp;/g, '&');

export function openDocx(body: Buffer): OpenedDocx {
  const zip = new AdmZip(body);
  const parts = zip.getEntries().map((e) => e.entryName);
  const read = (name: string) => zip.getEntry(name)?.getData().toString('utf8') ?? '';
  const document = read('word/document.xml');
  const paragraphs = [...document.matchAll(/<w:p[ >][\s\S]*?<\/w:p>/g)].map((p) => decode([...p[0].matchAll(/<w:t(?: [^>]*)?>([^<]*)<\/w:t>/g)].map((t) => t[1]).join('')));
  const danglingRelationships = parts
    .filter((p) => p.endsWith('.rels'))
    .flatMap((rels) => {
      const base = rels.replace(/_rels\/[^/]*\.rels$/, '');
      return [...read(rels).matchAll(/<Relationship [^>]*Target="([^"]+)"[^>]*\/>/g)]
        .filter((m) => !/TargetMode="External"/.test(m[0]))
        .map((m) => (m[1].startsWith('/') ? m[1].slice(1) : `${base}${m[1]}`))
        .filter((target) => !parts.includes(target));
    });
  const contentTypes = read('[Content_Types].xml');
  const byExtension = new Set([...contentTypes.matchAll(/<Default [^>]*Extension="([^"]+)"/g)].map((m) => m[1].toLowerCase()));
  const byName = new Set([...contentTypes.matchAll(/<Override [^>]*PartName="\/([^"]+)"/g)].map((m) => m[1]));
  const untypedParts = parts.filter((p) => !p.endsWith('/') && p !== '[Content_Types].xml' && !byName.has(p) && !byExtension.has(p.split('.').pop()!.toLowerCase()));
  return {
    parts,
    paragraphs,
    text: paragraphs.join('\n'),
    tables: (document.match(/<w:tbl>/g) ?? []).length,
    images: parts.filter((p) => p.startsWith('word/media/')).map((p) => zip.getEntry(p)!.getData()),
    danglingRelationships,
    untypedParts,
    contentTypes
  };
}

const PNG_SIGNATURE = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
export const isPng = (data: Buffer) => data.subarray(0, 8).equals(PNG_SIGNATURE);

/** A Word file as a second, independent reader (mammoth) sees it: HTML with headings, tables and pictures. */
export interface ReadDocx {
  html: string;
  /** What the reader could not understand; empty for a sound document. */
  messages: string[];
}

export async function readDocx(body: Buffer): Promise<ReadDocx> {
  // Word's built-in «Title» style is not in mammoth's default map.
  const result = await mammoth.convertToHtml({ buffer: body }, { styleMap: ["p[style-name='Title'] => h1:fresh"] });
  return { html: result.value, messages: result.messages.map((m) => `${m.type}: ${m.message}`) };
}

/**
 * A valid Office Open XML word-processing package that a docx reader opens: the main document
 * declared, every part typed, every internal relationship resolved, and mammoth reading it
 * without a complaint. Returns both views for the test's own checks.
 */
export async function expectWordDocument(body: Buffer): Promise<OpenedDocx & ReadDocx> {
  const docx = openDocx(body);
  expect(docx.parts).toEqual(expect.arrayContaining(['[Content_Types].xml', '_rels/.rels', 'word/document.xml', 'word/_rels/document.xml.rels', 'docProps/core.xml']));
  expect(docx.contentTypes).toContain('application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml');
  expect(docx.danglingRelationships).toEqual([]);
  expect(docx.untypedParts).toEqual([]);
  const read = await readDocx(body);
  expect(read.messages).toEqual([]);
  return { ...docx, ...read };
}
