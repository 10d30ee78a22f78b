import type { Dossier } from '../api/types';
import { SectionCard } from './section-card';

/** The dossier's steps, newest as the server orders them; shown only after the phone check. */
export function DossierHistory({ dossier }: { dossier: Dossier }) {
  const history = dossier.history ?? [];
  return (
    <SectionCard title="Quá trình xử lý" testId="dossier-history">
      {dossier.statusText && <p className="status-text">{dossier.statusText}</p>}
      {history.length === 0 ? (
        <p className="muted">Chưa có thông tin quá trình xử lý.</p>
      ) : (
        <ol className="timeline">
          {history.map((entry, index) => (
            <li key={index} className="timeline-item">
              <span className="timeline-dot" aria-hidden="true" />
              <div>
                <p className="timeline-label">{entry.label}</p>
                {entry.at && <p className="timeline-date">{entry.at}</p>}
                {entry.text && <p className="timeline-text">{entry.text}</p>}
              </div>
            </li>
          ))}
        </ol>
      )}
    </SectionCard>
  );
}
