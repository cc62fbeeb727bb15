import AdmZip from 'adm-zip';

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
  return {
    parts,
    paragraphs,
    text: paragraphs.join('\n'),
    tables: (document.match(/<w:tbl>/g) ?? []).length,
    images: parts.filter((p) => p.startsWith('word/media/')).map((p) => zip.getEntry(p)!.getData()),
    danglingRelationships,
    contentTypes: read('[Content_Types].xml')
  };
}

const PNG_SIGNATURE = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
export const isPng = (data: Buffer) => data.subarray(0, 8).equals(PNG_SIGNATURE);
