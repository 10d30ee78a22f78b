import type { Entities } from '../nlu.types';
import { extractDossierCodes } from './dossier-code.extractor';
import { findPersonalData } from './personal-data.util';

/** Everything the dialogue needs from one message; never throws, whatever the input. */
export function extractEntities(text: string): Entities {
  const input = typeof text === 'string' ? text : '';
  const { codes, malformed } = extractDossierCodes(input);
  // The scan skips the digits of dossier and procedure codes, so a code is never read as a phone or an id.
  const { phones, idNumbers } = findPersonalData(input);
  return { dossierCodes: codes, malformedDossierCodes: malformed, phones, idNumbers };
}
