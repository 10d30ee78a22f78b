import { Catalog1763770000000 } from './1763770000000-catalog';
import { Dialogue1763780000000 } from './1763780000000-dialogue';
import { Telegram1763790000000 } from './1763790000000-telegram';

/** Ordered list of migrations; a new migration file is added here too. */
export const MIGRATIONS = [Catalog1763770000000, Dialogue1763780000000, Telegram1763790000000];
