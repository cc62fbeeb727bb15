import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { openBlobDocuments } from '../../src/store/documents/blob';
import { startEmbeddedBlob } from '../../src/store/documents/embedded';

/** The document store against a real Blob-protocol server (Azurite), as reports are filed. */
describe('documents in Blob Storage', () => {
  const dataDir = mkdtempSync(path.join(tmpdir(), 'sampuls-blob-'));
  afterAll(() => rmSync(dataDir, { recursive: true, force: true }));

  it('keeps the first bytes filed under a name, refuses to replace them, and still has them after a restart', async () => {
    const first = await startEmbeddedBlob({ dataDir });
    const documents = openBlobDocuments(first.accountUrl, 'documents', first.credential);
    const report = Buffer.from('Tertialrapport for Indre Namdal – Røyrvik, Lierne, Grong, Namsskogan (æøå)');
    expect(await documents.put('reports/in/kdu-2026-12-01.docx', report, 'application/octet-stream')).toBe('created');
    expect(await documents.put('reports/in/kdu-2026-12-01.docx', Buffer.from('forfalsket'), 'application/octet-stream')).toBe('exists');
    expect(await documents.get('reports/in/kdu-2026-12-01.docx')).toEqual(report);
    expect(await documents.get('reports/in/finnes-ikke.docx')).toBeUndefined();
    await first.close();

    const again = await startEmbeddedBlob({ dataDir });
    const reopened = openBlobDocuments(again.accountUrl, 'documents', again.credential);
    expect(await reopened.get('reports/in/kdu-2026-12-01.docx')).toEqual(report);
    await again.close();
  });

  it('opens while the storage account is down: nothing is asked of it until a report is filed', async () => {
    const server = await startEmbeddedBlob({});
    const { accountUrl, credential } = server;
    await server.close();
    // The bot starts whatever the storage's state; filing then fails like any other store fault.
    const documents = openBlobDocuments(accountUrl, 'documents', credential);
    await expect(documents.put('reports/in/a.docx', Buffer.from('a'), 'application/octet-stream')).rejects.toThrow();
    await expect(documents.put('reports/in/a.docx', Buffer.from('a'), 'application/octet-stream')).rejects.toThrow();
  }, 60_000);
});
