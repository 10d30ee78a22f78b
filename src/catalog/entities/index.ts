import { Procedure } from './procedure.entity';
import { ProcedureChannel } from './procedure-channel.entity';
import { ProcedureDocument } from './procedure-document.entity';
import { ProcedureLegalBasis } from './procedure-legal-basis.entity';
import { ProvincialProcedure } from './provincial-procedure.entity';

export { Procedure, ProcedureChannel, ProcedureDocument, ProcedureLegalBasis, ProvincialProcedure };
export const CATALOG_ENTITIES = [
  Procedure,
  ProcedureChannel,
  ProcedureDocument,
  ProcedureLegalBasis,
  ProvincialProcedure,
];
