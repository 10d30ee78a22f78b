import { useId } from 'react';
import { List } from 'zmp-ui';
import { AppIcon } from './app-icon';

export interface ProcedureListItem {
  code: string;
  name: string;
  level?: string;
  field?: string | null;
}

interface ProcedureListProps {
  items: ProcedureListItem[];
  onSelect: (code: string) => void;
}

/**
 * Tappable procedures. Each row is a real button whose accessible name is exactly the procedure
 * name (level and field are its description), since many names share a prefix
 * ("Cấp lại thẻ căn cước", "Cấp lại thẻ căn cước (thực hiện tại cấp tỉnh)").
 */
export function ProcedureList({ items, onSelect }: ProcedureListProps) {
  const idPrefix = useId();
  return (
    <List className="procedure-list" noSpacing>
      {items.map((item, index) => {
        const nameId = `${idPrefix}-name-${index}`;
        const metaId = `${idPrefix}-meta-${index}`;
        return (
          <li key={item.code} className="procedure-list-item">
            <button
              type="button"
              className="procedure-row"
              aria-labelledby={nameId}
              aria-describedby={metaId}
              data-code={item.code}
              onClick={() => onSelect(item.code)}
            >
              <span className="procedure-row-text">
                <span id={nameId} className="procedure-row-name">
                  {item.name}
                </span>
                <span id={metaId} className="procedure-row-meta">
                  {item.level && <span className="tag tag-info">{item.level}</span>}
                  {item.field && <span className="procedure-row-field">{item.field}</span>}
                </span>
              </span>
              <span className="procedure-row-chevron" aria-hidden="true">
                <AppIcon icon="chevron-right" />
              </span>
            </button>
          </li>
        );
      })}
    </List>
  );
}
