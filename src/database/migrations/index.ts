import { Catalog1763770000000 } from './1763770000000-catalog';
import { Dialogue1763780000000 } from './1763780000000-dialogue';
import { Channels1763790000000 } from './1763790000000-channels';
import { Dossier1763810000000 } from './1763810000000-dossier';
import { Notify1763830000000 } from './1763830000000-notify';
import { Staff1763850000000 } from './1763850000000-staff';
import { Miniapp1763870000000 } from './1763870000000-miniapp';

/** Ordered list of migrations; a new migration file is added here too. */
export const MIGRATIONS = [
  Catalog1763770000000,
  Dialogue1763780000000,
  Channels1763790000000,
  Dossier1763810000000,
  Notify1763830000000,
  Staff1763850000000,
  Miniapp1763870000000,
];
