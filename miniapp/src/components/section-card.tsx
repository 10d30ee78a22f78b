import { useId, type ReactNode } from 'react';

interface SectionCardProps {
  title: string;
  children: ReactNode;
  testId?: string;
  className?: string;
}

/** A titled white card; the title is a real heading so screen readers can jump between sections. */
export function SectionCard({ title, children, testId, className }: SectionCardProps) {
  const headingId = useId();
  return (
    <section
      className={['card', className].filter(Boolean).join(' ')}
      aria-labelledby={headingId}
      data-testid={testId}
    >
      <h2 id={headingId} className="card-title">
        {title}
      </h2>
      {children}
    </section>
  );
}
