import { useId, type ReactNode } from 'react';
import type { Dossier } from '../api/types';
import { ratingLevelLabel } from '../rating-labels';
import { StatusTag, Tag } from './status-tag';

interface DossierCardProps {
  dossier: Dossier;
  /** Buttons under the facts (follow, details, rating). */
  children?: ReactNode;
}

function Fact({ label, value, extra }: { label: string; value: string; extra?: ReactNode }) {
  return (
    <p className="fact">
      <span className="fact-label">{label}:</span> <span className="fact-value">{value}</span>
      {extra}
    </p>
  );
}

/** What a dossier's code reveals: procedure, agency, masked applicant, status and dates. */
export function DossierCard({ dossier, children }: DossierCardProps) {
  const titleId = useId();
  const dueBadge = dossier.overdue ? (
    <Tag tone="danger">Quá hạn</Tag>
  ) : dossier.dueSoon ? (
    <Tag tone="warning">Sắp đến hạn</Tag>
  ) : null;

  return (
    <article
      className="card dossier-card"
      aria-labelledby={titleId}
      data-testid="dossier-card"
      data-code={dossier.code}
    >
      <div className="tag-row">
        <StatusTag status={dossier.status} label={dossier.statusLabel} />
        {dossier.mine && <Tag tone="info">Nộp bằng số điện thoại của bạn</Tag>}
      </div>
      <h3 id={titleId} className="dossier-title">
        {dossier.procedureName || `Hồ sơ ${dossier.code}`}
      </h3>
      <Fact label="Mã hồ sơ" value={dossier.code} />
      {dossier.agency && <Fact label="Cơ quan" value={dossier.agency} />}
      <Fact label="Người nộp" value={dossier.applicant} />
      {dossier.received && <Fact label="Ngày tiếp nhận" value={dossier.received} />}
      {dossier.due && (
        <Fact label="Hẹn trả kết quả" value={dossier.due} extra={dueBadge && <> {dueBadge}</>} />
      )}
      {!dossier.due && dueBadge && <div className="tag-row">{dueBadge}</div>}
      {dossier.rating && <Fact label="Bạn đã đánh giá" value={ratingLevelLabel(dossier.rating)} />}
      {children && <div className="card-actions">{children}</div>}
    </article>
  );
}
