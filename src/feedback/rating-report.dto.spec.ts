import { ratingReportQuerySchema } from './rating-report.dto';

const parse = (query: Record<string, string>) => ratingReportQuerySchema.safeParse(query);
const iso = (query: Record<string, string>) => {
  const r = parse(query);
  if (!r.success) throw new Error(r.error.message);
  return { from: r.data.from?.toISOString(), to: r.data.to?.toISOString() };
};

describe('ratingReportQuerySchema', () => {
  it('reads a day as a whole Vietnam day (UTC+7): from its first instant to its last millisecond', () => {
    expect(iso({ from: '2025-03-01', to: '2025-03-31' })).toEqual({
      from: '2025-02-28T17:00:00.000Z',
      to: '2025-03-31T16:59:59.999Z',
    });
  });

  it('reads date-times as written, or as Vietnam time without an offset', () => {
    expect(iso({ from: '2025-03-01T08:00', to: '2025-03-01T08:00:00Z' })).toEqual({
      from: '2025-03-01T01:00:00.000Z',
      to: '2025-03-01T08:00:00.000Z',
    });
  });

  it('treats empty values as absent and defaults to JSON', () => {
    expect(parse({ from: '', agency: '  ', procedure: '' }).data).toEqual({
      format: 'json',
      table: 'groups',
    });
    expect(parse({ agency: '  UBND xã A ' }).data?.agency).toBe('UBND xã A');
  });

  it('refuses impossible dates, an inverted period, other formats and unknown parameters', () => {
    expect(parse({ from: '2025-02-29' }).success).toBe(false);
    expect(parse({ to: '31/03/2025' }).success).toBe(false);
    expect(parse({ from: '2025-03-02', to: '2025-03-01' }).error?.issues[0].path).toEqual(['to']);
    expect(parse({ from: '2025-03-01', to: '2025-03-01' }).success).toBe(true);
    expect(parse({ format: 'xlsx' }).success).toBe(false);
    expect(parse({ format: 'csv', table: 'months' }).data?.table).toBe('months');
    expect(parse({ table: 'days' }).success).toBe(false);
    expect(parse({ tu: '2025-03-01' }).success).toBe(false);
  });
});
