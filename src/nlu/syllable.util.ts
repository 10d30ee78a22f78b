/**
 * The shape of a Vietnamese syllable (accent-folded): an optional onset and a rhyme from a closed
 * list. Used to tell a real syllable from a telex-typed one ("kys"), an abbreviation ("cccd") or a
 * glued word ("dangky"), without a dictionary.
 */
const ONSETS = [
  'ngh',
  'ng',
  'nh',
  'ch',
  'gh',
  'gi',
  'kh',
  'ph',
  'qu',
  'th',
  'tr',
  'b',
  'c',
  'd',
  'g',
  'h',
  'k',
  'l',
  'm',
  'n',
  'p',
  'r',
  's',
  't',
  'v',
  'x',
  '',
];

const RHYMES = new Set(
  (
    'a ac ach ai am an ang anh ao ap at au ay ' +
    'e ec ech em en eng enh eo ep et eu ' +
    'i ia ich iec iem ien ieng iep iet ieu im in inh ip it iu ' +
    'o oa oac oach oai oam oan oang oanh oao oap oat oay oc oe oem oen oeo oep oet oi om on ong ooc oong op ot ' +
    'u ua uan uang uanh uat uay uc ue uech uen uenh uet ui um un ung uo uoc uoi uom uon uong uop uot uou up ut uu ' +
    'uy uya uych uyen uyet uynh uyp uyt uyu ' +
    'y yem yen yet yeu'
  ).split(' '),
);

/** True when the folded, lower-case token is a well-formed Vietnamese syllable. */
export function isSyllable(folded: string): boolean {
  if (folded.length === 0 || folded.length > 7 || !/^[a-z]+$/.test(folded)) return false;
  for (const onset of ONSETS) {
    if (!folded.startsWith(onset)) continue;
    const rhyme = folded.slice(onset.length);
    // "gi" is an onset before a vowel ("gia") and a syllable on its own ("gì").
    if (RHYMES.has(rhyme) || (onset === 'gi' && rhyme === '')) return true;
  }
  return false;
}
