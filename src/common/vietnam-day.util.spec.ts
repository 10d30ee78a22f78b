import {
  addDays,
  dayRange,
  daysInclusive,
  MAX_MONTH_AXIS,
  monthAxis,
  monthRange,
  monthsInclusive,
  vnDay,
  vnDayStart,
  vnMonth,
} from './vietnam-day.util';

describe('Vietnam days', () => {
  it('starts a day at midnight in Vietnam, 17:00 UTC the day before', () => {
    expect(vnDayStart('2025-03-01').toISOString()).toBe('2025-02-28T17:00:00.000Z');
  });

  it('puts an instant on its Vietnam day and month, across the UTC date line', () => {
    expect(vnDay(new Date('2025-02-28T16:59:59.999Z'))).toBe('2025-02-28');
    expect(vnDay(new Date('2025-02-28T17:00:00.000Z'))).toBe('2025-03-01');
    expect(vnMonth(new Date('2025-02-28T17:00:00.000Z'))).toBe('2025-03');
    expect(vnMonth(new Date('2024-12-31T16:59:59.999Z'))).toBe('2024-12');
  });

  it('counts calendar days over month ends and leap days', () => {
    expect(addDays('2024-02-28', 1)).toBe('2024-02-29');
    expect(addDays('2024-03-01', -1)).toBe('2024-02-29');
    expect(addDays('2024-12-31', 1)).toBe('2025-01-01');
    expect(daysInclusive('2025-03-01', '2025-03-01')).toBe(1);
    expect(daysInclusive('2024-01-01', '2024-12-31')).toBe(366);
    expect(daysInclusive('2025-03-02', '2025-03-01')).toBe(0);
  });

  it('lists every day and every month of a period, nothing when it is inverted', () => {
    expect(dayRange('2024-02-27', '2024-03-01')).toEqual([
      '2024-02-27',
      '2024-02-28',
      '2024-02-29',
      '2024-03-01',
    ]);
    expect(dayRange('2025-03-02', '2025-03-01')).toEqual([]);
    expect(monthRange('2024-11', '2025-02')).toEqual(['2024-11', '2024-12', '2025-01', '2025-02']);
    expect(monthRange('2025-03', '2025-03')).toEqual(['2025-03']);
    expect(monthRange('2025-04', '2025-03')).toEqual([]);
  });
});

describe('monthAxis', () => {
  const at = (iso: string) => new Date(iso);

  it('spans the whole period in Vietnam months, months without data included', () => {
    // 2020-02-29T17:00Z is already 1 March in Vietnam.
    expect(
      monthAxis({ from: at('2020-02-29T17:00:00Z'), to: at('2020-05-31T16:59:59Z') }, ['2020-04']),
    ).toEqual(['2020-03', '2020-04', '2020-05']);
  });

  it('takes an open end from the data, and nothing when there is neither', () => {
    expect(monthAxis({ from: at('2020-01-15T00:00:00Z') }, ['2020-03', '2020-02'])).toEqual([
      '2020-01',
      '2020-02',
      '2020-03',
    ]);
    expect(monthAxis({}, ['2020-03', '2019-12'])).toEqual(['2019-12', '2020-01', '2020-02', '2020-03']);
    expect(monthAxis({}, [])).toEqual([]);
    expect(monthAxis({ from: at('2020-01-15T00:00:00Z') }, [])).toEqual([]);
  });

  it('falls back to the months with data when the period is too long to chart', () => {
    const period = { from: at('1900-01-01T00:00:00Z'), to: at('2099-12-31T00:00:00Z') };
    expect(monthAxis(period, ['2020-03', '2020-01'])).toEqual(['2020-01', '2020-02', '2020-03']);
    expect(monthAxis(period, [])).toEqual([]);
    expect(monthsInclusive('2019-11', '2020-02')).toBe(4);
    expect(monthAxis({ from: at('2011-01-01T00:00:00Z'), to: at('2020-12-01T00:00:00Z') }, [])).toHaveLength(
      MAX_MONTH_AXIS,
    );
  });
});
