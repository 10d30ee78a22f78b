import type { ProcedureChannel, ProcedureDetail, ProcedureDocument } from '../api/types';
import { SectionCard } from './section-card';

/** What the catalog says when it says nothing: we never fill the gap with a guess. */
const NO_INFO = 'Không có thông tin';

function NoInfo() {
  return <p className="muted">{NO_INFO}</p>;
}

/** Consecutive documents of one group ("Trường hợp nộp trực tiếp", …) stay together, in catalog order. */
function groupDocuments(documents: ProcedureDocument[]) {
  const groups: { name: string | null; documents: ProcedureDocument[] }[] = [];
  for (const document of documents) {
    const last = groups[groups.length - 1];
    if (last && last.name === document.group) last.documents.push(document);
    else groups.push({ name: document.group, documents: [document] });
  }
  return groups;
}

export function DocumentsSection({ documents }: { documents: ProcedureDocument[] }) {
  return (
    <SectionCard title="Thành phần hồ sơ" testId="section-documents">
      {documents.length === 0 ? (
        <NoInfo />
      ) : (
        groupDocuments(documents).map((group, index) => (
          <div key={index} className="document-group">
            {group.name && <h3 className="subheading">{group.name}</h3>}
            <ul className="document-list">
              {group.documents.map((document, i) => (
                <li key={i}>
                  <p className="document-name">{document.name}</p>
                  {document.quantity && <p className="document-meta">Số lượng: {document.quantity}</p>}
                  {document.forms.length > 0 && (
                    <p className="document-meta">Mẫu đơn, tờ khai: {document.forms.join('; ')}</p>
                  )}
                </li>
              ))}
            </ul>
          </div>
        ))
      )}
    </SectionCard>
  );
}

/** One line per way of filing (trực tiếp, trực tuyến, bưu chính), the value exactly as the catalog has it. */
function ChannelValues({
  channels,
  value,
}: {
  channels: ProcedureChannel[];
  value: (c: ProcedureChannel) => string | null;
}) {
  if (channels.length === 0) return <NoInfo />;
  return (
    <dl className="channel-list">
      {channels.map((channel, index) => (
        <div key={index} className="channel-row">
          <dt>{channel.label}</dt>
          <dd>{value(channel) ?? NO_INFO}</dd>
        </div>
      ))}
    </dl>
  );
}

export function ProcessingTimeSection({ channels }: { channels: ProcedureChannel[] }) {
  return (
    <SectionCard title="Thời hạn giải quyết" testId="section-processing-time">
      <ChannelValues channels={channels} value={(c) => c.processingTime} />
    </SectionCard>
  );
}

export function FeesSection({ channels }: { channels: ProcedureChannel[] }) {
  return (
    <SectionCard title="Phí, lệ phí" testId="section-fees">
      <ChannelValues channels={channels} value={(c) => c.fee} />
    </SectionCard>
  );
}

export function PlaceSection({ procedure }: { procedure: ProcedureDetail }) {
  const agency = procedure.agencies.implementing;
  const described = procedure.channels.filter((c) => c.description);
  const nothing = !agency && !procedure.address && described.length === 0;
  return (
    <SectionCard title="Nơi nộp" testId="section-place">
      {nothing && <NoInfo />}
      {agency && (
        <p className="fact">
          <span className="fact-label">Cơ quan thực hiện:</span> {agency}
        </p>
      )}
      {procedure.address && (
        <p className="fact">
          <span className="fact-label">Địa chỉ tiếp nhận:</span> {procedure.address}
        </p>
      )}
      {described.length > 0 && (
        <dl className="channel-list">
          {described.map((channel, index) => (
            <div key={index} className="channel-row">
              <dt>{channel.label}</dt>
              <dd className="preformatted">{channel.description}</dd>
            </div>
          ))}
        </dl>
      )}
    </SectionCard>
  );
}

/** Long catalog text whose line breaks carry its structure (Bước 1, Bước 2, …). */
export function TextSection({ title, text, testId }: { title: string; text: string | null; testId: string }) {
  return (
    <SectionCard title={title} testId={testId}>
      {text?.trim() ? <p className="preformatted">{text}</p> : <NoInfo />}
    </SectionCard>
  );
}

export function LegalBasesSection({ legalBases }: { legalBases: ProcedureDetail['legalBases'] }) {
  return (
    <SectionCard title="Căn cứ pháp lý" testId="section-legal-bases">
      {legalBases.length === 0 ? (
        <NoInfo />
      ) : (
        <ul className="document-list">
          {legalBases.map((basis, index) => (
            <li key={index}>
              <p className="document-name">{basis.title}</p>
              {basis.number && <p className="document-meta">Số hiệu: {basis.number}</p>}
            </li>
          ))}
        </ul>
      )}
    </SectionCard>
  );
}

export function ResultSection({ documents }: { documents: ProcedureDetail['result']['documents'] }) {
  if (documents.length === 0) return null;
  return (
    <SectionCard title="Kết quả nhận được" testId="section-result">
      <ul className="document-list">
        {documents.map((document, index) => (
          <li key={index}>
            <p className="document-name">{document.name}</p>
          </li>
        ))}
      </ul>
    </SectionCard>
  );
}
