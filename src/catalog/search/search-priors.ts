import { toMatchForm } from '../../nlu/text-fold.util';
import type { SearchDocument } from './search-document';

/**
 * What citizens file most (commune-level civil status, residence, identity, land, building,
 * household business, certification, judicial records, passports, vehicles, driving licences, social
 * support): when two procedures match a message equally, the common one is the likelier meaning.
 */
const COMMON_FIELDS = [
  'ho tich',
  'cu tru',
  'can cuoc',
  'dat dai',
  'xay dung',
  'chung thuc',
  'ly lich tu phap',
  'ho kinh doanh',
  'thanh lap va hoat dong cua doanh nghiep',
  'xuat nhap canh',
  'duong bo',
  'phuong tien giao thong co gioi',
  'giay phep lai xe',
  'bao tro xa hoi',
  'nguoi co cong',
  'nuoi con nuoi',
  'quan ly thue',
  'bao hiem xa hoi',
];

const PROVINCIAL_PRIOR = 1.1;

export function priorOf(doc: SearchDocument): number {
  const field = toMatchForm(doc.field ?? '');
  let prior = COMMON_FIELDS.some((f) => field.includes(f)) ? 1.12 : 1;
  // Citizens mostly deal with their commune; ministry-only procedures concern fewer of them.
  if (doc.levels.includes('Cấp xã')) prior *= 1.04;
  else if (doc.levels.length === 1 && doc.levels[0] === 'Cấp bộ') prior *= 0.96;
  // A procedure a province lists is one its citizens actually file.
  if (doc.provincial) prior *= PROVINCIAL_PRIOR;
  // A record whose content describes another procedure should not win a tie.
  if (doc.contentMismatch) prior *= 0.9;
  return prior;
}
