import { sameWord } from '../../nlu/phrase-matcher';
import type { Token } from '../../nlu/vietnamese-text.util';
import { isStopword } from './search-terms';

/** The words between two anchors: one or two ("giấy phép [vận chuyển] vật liệu nổ"). */
const MAX_GAP = 2;

const isAnchor = (t: Token | undefined): t is Token => !!t && t.folded.length > 0 && !isStopword(t);

/**
 * Whether the message puts other words where the name has its own between the same two content
 * words: "giấy phép [sử dụng] vật liệu nổ" against "Giấy phép [vận chuyển] vật liệu nổ" asks for a
 * different procedure, however many other words the two share. Words the message said through a
 * colloquial phrase (`spokenFor`) are not held against a name: the phrase already stands for the
 * catalog's wording ("đăng ký [cư] trú" for "đăng ký [thường] trú").
 */
export function hasSlotConflict(message: Token[], name: Token[], spokenFor: Set<Token> = new Set()): boolean {
  const messageWords = new Set(message.map((t) => t.folded));
  const nameWords = new Set(name.map((t) => t.folded));
  for (let i = 0; i < name.length; i++) {
    if (!isAnchor(name[i])) continue;
    for (let j = i + 2; j <= i + 1 + MAX_GAP && j < name.length; j++) {
      if (!isAnchor(name[j])) continue;
      const nameGap = name.slice(i + 1, j);
      if (nameGap.some((t) => messageWords.has(t.folded))) continue;
      for (let p = 0; p < message.length; p++) {
        if (message[p].folded !== name[i].folded) continue;
        for (let r = p + 2; r <= p + 1 + MAX_GAP && r < message.length; r++) {
          if (message[r].folded !== name[j].folded) continue;
          const messageGap = message.slice(p + 1, r);
          const foreign = messageGap.every(
            (t) => isAnchor(t) && !spokenFor.has(t) && !nameWords.has(t.folded),
          );
          if (foreign) return true;
        }
      }
    }
  }
  return hasTailConflict(message, name, messageWords, nameWords, spokenFor);
}

/**
 * The same at the end of a name's first clause: "hành nghề [dược]" against "Chứng chỉ hành nghề
 * [thú y]". After two words both share, the name ends with words the message never says, and the
 * message goes on instead with its own, which the name never says: another object, so another
 * procedure. Only the first clause: what follows ("(thực hiện tại cấp tỉnh)") is not the object.
 */
function hasTailConflict(
  message: Token[],
  name: Token[],
  messageWords: Set<string>,
  nameWords: Set<string>,
  spokenFor: Set<Token>,
): boolean {
  const slotAfter = (tokens: Token[], i: number) => {
    const slot: Token[] = [];
    for (let k = i + 1; k < tokens.length && slot.length < MAX_GAP && isAnchor(tokens[k]); k++) {
      slot.push(tokens[k]);
    }
    return slot;
  };
  const clauseEnd = name.findIndex((t) => t.folded.length === 0);
  const end = clauseEnd < 0 ? name.length : clauseEnd;
  for (let i = Math.max(1, end - 1 - MAX_GAP); i < end - 1; i++) {
    if (!isAnchor(name[i]) || !isAnchor(name[i - 1])) continue;
    const nameSlot = name.slice(i + 1, end);
    if (!nameSlot.every(isAnchor) || nameSlot.some((t) => messageWords.has(t.folded))) continue;
    for (let p = 1; p < message.length; p++) {
      if (!sameWord(message[p], name[i]) || !sameWord(message[p - 1], name[i - 1])) continue;
      const messageSlot = slotAfter(message, p);
      const foreign = messageSlot.every((t) => !spokenFor.has(t) && !nameWords.has(t.folded));
      if (messageSlot.length > 0 && foreign) return true;
    }
  }
  return false;
}
