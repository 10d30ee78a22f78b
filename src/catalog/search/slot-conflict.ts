import type { Token } from '../../nlu/vietnamese-text.util';
import { isStopword } from './search-terms';

/** The words between two anchors: one or two ("giấy phép [vận chuyển] vật liệu nổ"). */
const MAX_GAP = 2;

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
  const isAnchor = (t: Token) => t.folded.length > 0 && !isStopword(t);
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
  return false;
}
