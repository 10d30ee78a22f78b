import { usagePeriod, usagePeriodProblem, usageReportQuerySchema } from './usage-report.dto';

const parse = (query: Record<string, string>) => usageReportQuerySchema.safeParse(query);

describe('usagePeriod', () => {
  it('defaults to the 30 days ending today, or ending on the given last day', () => {
    expect(usagePeriod({}, '2025-03-30')).toEqual({ from: '2025-03-01', to: '2025-03-30' });
    expect(usagePeriod({ to: '2025-03-01' }, '2025-06-01')).toEqual({ from: '2025-01-31', to: '2025-03-01' });
    expect(usagePeriod({ from: '2025-03-10' }, '2025-03-30')).toEqual({
      from: '2025-03-10',
      to: '2025-03-30',
    });
  });

  it('accepts one day up to a leap year, and names the field of what it refuses', () => {
    expect(usagePeriodProblem({ from: '2025-03-01', to: '2025-03-01' })).toBeUndefined();
    expect(usagePeriodProblem({ from: '2024-01-01', to: '2024-12-31' })).toBeUndefined();
    expect(usagePeriodProblem({ from: '2024-01-01', to: '2025-01-01' })).toEqual({
      path: 'from',
      message: 'khoảng thời gian tối đa 366 ngày (đang chọn 367 ngày)',
    });
    expect(usagePeriodProblem({ from: '2025-03-02', to: '2025-03-01' })?.path).toBe('to');
  });
});

describe('usageReportQuerySchema', () => {
  afterEach(() => jest.useRealTimers());

  it('resolves the default period on Vietnam days: 17:00 UTC is already tomorrow', () => {
    jest.useFakeTimers({ now: new Date('2025-03-29T17:00:00Z') });
    expect(parse({}).data).toEqual({
      from: '2025-03-01',
      to: '2025-03-30',
      channel: undefined,
      format: 'json',
      table: 'days',
    });
  });

  it('treats blank fields as absent and reads channel, format and table', () => {
    const q = parse({
      from: ' 2025-03-01 ',
      to: '2025-03-02',
      channel: 'zalo',
      format: 'csv',
      table: 'procedures',
    });
    expect(q.data).toEqual({
      from: '2025-03-01',
      to: '2025-03-02',
      channel: 'zalo',
      format: 'csv',
      table: 'procedures',
    });
    expect(parse({ from: '2025-03-01', to: '2025-03-02', channel: '' }).data?.channel).toBeUndefined();
  });

  it('refuses date-times, impossible days, unknown channels, tables and parameters', () => {
    expect(parse({ from: '2025-03-01T08:00' }).error?.issues[0].path).toEqual(['from']);
    expect(parse({ to: '2025-02-29' }).success).toBe(false);
    expect(parse({ channel: 'facebook' }).error?.issues[0].path).toEqual(['channel']);
    expect(parse({ table: 'months' }).success).toBe(false);
    expect(parse({ since: '2025-03-01' }).success).toBe(false);
    expect(parse({ from: '2025-03-02', to: '2025-03-01' }).error?.issues[0].path).toEqual(['to']);
  });
});
