/** The protocol register of an ente: its Area Organizzativa Omogenea. */
export interface Aoo {
  /** Codice AOO in IPA, e.g. "AOO_UVS": part of every segnatura. */
  code: string;
  name: string;
  /** The register's name, e.g. "Registro ufficiale di protocollo". */
  register: string;
}

/** An office of the ente's directory (unità organizzativa). Ids match the modules' `office.id`. */
export interface DirectoryOffice {
  id: string;
  name: string;
  /** Codice univoco dell'ufficio in IPA. */
  ipaUo?: string;
  email?: string;
  pec?: string;
  phone?: string;
  address?: string;
  hours?: string;
}

/** Roles of staff; `admin` manages the ente, `designer` edits modules, `operator` handles pratiche. */
export type StaffRole = 'admin' | 'designer' | 'operator' | 'responsible';

/** A person of the directory: responsabili, substitutes, operators. Ids match the modules' official ids. */
export interface StaffMember {
  id: string;
  name: string;
  /** The job title shown to citizens, e.g. "Responsabile dell'Area Tecnica". */
  title: string;
  roles: StaffRole[];
  email?: string;
  phone?: string;
  /** Ids of the offices this person works for. */
  offices: string[];
}

/** A Comune, or an Unione dei Comuni with member Comuni. */
export interface Ente {
  /** URL slug, e.g. "montebello". */
  id: string;
  kind: 'comune' | 'unione';
  name: string;
  /** Codice IPA dell'ente, e.g. "c_m123". */
  ipaCode: string;
  aoo: Aoo;
  /** For an Unione: the ids of its member Comuni. */
  members: string[];
  /** For a Comune inside an Unione: the Unione's id. */
  unione?: string;
  /** The patron saint's day, `MM-DD`: a holiday that moves deadlines. */
  patron?: string;
  /** Origins allowed to embed this ente's forms (CORS, frame-ancestors). */
  embedOrigins: string[];
  offices: DirectoryOffice[];
  staff: StaffMember[];
}

/** Entes and their directories. Nothing of one ente is visible through another's id. */
export interface EnteStore {
  /** Creates or replaces an ente with its whole directory. */
  put(ente: Ente): Promise<void>;
  get(id: string): Promise<Ente | undefined>;
  list(): Promise<Ente[]>;
  /**
   * Replaces only the ente's `embedOrigins` (its admins' API), leaving the directory alone so a
   * concurrent `put` of the directory cannot be lost. False when there is no such ente.
   */
  setEmbedOrigins(id: string, origins: string[]): Promise<boolean>;
}
