/** What the server learned about an uploaded file: never what the client claimed. */
export interface UploadRecord {
  id: string;
  enteId: string;
  /** Who uploaded it ("citizen:<CF>"), so nobody else can attach it. */
  owner: string;
  /** Normalised file name: no path parts, no control or bidi characters. */
  name: string;
  /** The media type found by content sniffing. */
  mediaType: string;
  size: number;
  sha256: string;
  /** ISO instants. */
  createdAt: string;
  expiresAt: string;
  /** The pratica that references it, once filed; referenced uploads never expire. */
  praticaCode?: string;
}

/** Uploaded attachments, kept until referenced by a pratica or expired. */
export interface UploadStore {
  create(record: Omit<UploadRecord, 'praticaCode'>, content: Uint8Array): Promise<UploadRecord>;
  get(enteId: string, id: string): Promise<UploadRecord | undefined>;
  content(enteId: string, id: string): Promise<Uint8Array | undefined>;
  /** Removes unreferenced uploads expired at `now`; returns how many. */
  purgeExpired(now: Date): Promise<number>;
}
