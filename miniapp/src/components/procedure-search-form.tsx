import { useState, type FormEvent } from 'react';
import { Button, Input } from 'zmp-ui';
import { AppIcon } from './app-icon';

interface ProcedureSearchFormProps {
  initialQuery?: string;
  onSearch: (query: string) => void;
}

const SEARCH_PLACEHOLDER = 'Tìm thủ tục, ví dụ: làm lại căn cước';

/** A search form (Enter submits it), so the keyboard's search key and the button behave alike. */
export function ProcedureSearchForm({ initialQuery = '', onSearch }: ProcedureSearchFormProps) {
  const [query, setQuery] = useState(initialQuery);
  const [showHint, setShowHint] = useState(false);

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const trimmed = query.trim();
    setShowHint(!trimmed);
    if (trimmed) onSearch(trimmed);
  };

  return (
    <form role="search" className="search-form" onSubmit={submit}>
      <Input
        aria-label="Tìm thủ tục"
        placeholder={SEARCH_PLACEHOLDER}
        value={query}
        maxLength={200}
        enterKeyHint="search"
        autoComplete="off"
        onChange={(event) => setQuery(event.target.value)}
        suffix={
          // Inside the field, so the whole placeholder fits a 360 px screen.
          <Button
            htmlType="submit"
            variant="tertiary"
            className="search-submit"
            aria-label="Tìm"
            icon={<AppIcon icon="search" />}
          />
        }
      />
      {showHint && (
        <p className="field-error" role="alert">
          Vui lòng nhập tên thủ tục cần tìm.
        </p>
      )}
    </form>
  );
}
