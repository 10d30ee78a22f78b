type Tone = 'info' | 'warning' | 'success' | 'danger' | 'neutral';

/** Colours follow what the status asks of the citizen: wait, act, collect, or nothing more. */
const TONE_BY_STATUS: Record<string, Tone> = {
  received: 'info',
  processing: 'info',
  supplement_required: 'warning',
  financial_obligation: 'warning',
  paused: 'warning',
  completed: 'success',
  returned: 'success',
  rejected: 'danger',
  withdrawn: 'neutral',
  cancelled: 'neutral',
};

function statusTone(status: string | undefined): Tone {
  return (status && TONE_BY_STATUS[status]) || 'neutral';
}

export function StatusTag({ status, label }: { status?: string; label: string }) {
  return (
    <span className={`tag tag-${statusTone(status)}`} data-testid="status-tag">
      {label}
    </span>
  );
}

export function Tag({ tone = 'neutral', children }: { tone?: Tone; children: string }) {
  return <span className={`tag tag-${tone}`}>{children}</span>;
}
