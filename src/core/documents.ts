/**
 * Where finished documents are kept (case documents for the archive): bytes by name, written once
 * and never replaced. Azure Blob Storage in production, a Blob-protocol server locally and in tests.
 */
export interface DocumentStore {
  /**
   * Keeps `body` under `name` unless a document is already kept there. Returns 'exists' (and
   * keeps the earlier bytes) when it was, so a copy once filed never changes.
   */
  put(name: string, body: Buffer, contentType: string): Promise<'created' | 'exists'>;
  /** The bytes kept under `name`, or undefined when there are none. */
  get(name: string): Promise<Buffer | undefined>;
}
