import { Catalog1763770000000 } from './1763770000000-catalog';
import { Dialogue1763780000000 } from './1763780000000-dialogue';
import { Telegram1763790000000 } from './1763790000000-telegram';
import { Zalo1763800000000 } from './1763800000000-zalo';
import { Dossier1763810000000 } from './1763810000000-dossier';

/** Ordered list of migrations; a new migration file is added here too. */
export const MIGRATIONS = [
  Catalog1763770000000,
  Dialogue1763780000000,
  Telegram1763790000000,
  Zalo1763800000000,
  Dossier1763810000000,
];
