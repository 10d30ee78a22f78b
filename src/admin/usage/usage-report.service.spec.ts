import type { UsageReportRepository } from './usage-report.repository';
import { CONVERSATION_RULES, fillDays, rate, UsageReportService } from './usage-report.service';

describe('fillDays', () => {
  it('lists every day of the period, zeros where nothing was counted', () => {
    const days = fillDays('2025-02-28', '2025-03-02', [
      { day: '2025-02-28', channel: 'web', count: 2 },
      { day: '2025-02-28', channel: 'zalo', count: 1 },
      { day: '2025-03-02', channel: 'miniapp', count: 4 },
    ]);
    expect(days).toEqual([
      { day: '2025-02-28', byChannel: { web: 2, telegram: 0, zalo: 1, miniapp: 0 }, total: 3 },
      { day: '2025-03-01', byChannel: { web: 0, telegram: 0, zalo: 0, miniapp: 0 }, total: 0 },
      { day: '2025-03-02', byChannel: { web: 0, telegram: 0, zalo: 0, miniapp: 4 }, total: 4 },
    ]);
  });
});

describe('rate', () => {
  it('is a share to 4 decimals, and null rather than a division by zero', () => {
    expect(rate(2, 3)).toBe(0.6667);
    expect(rate(0, 5)).toBe(0);
    expect(rate(5, 5)).toBe(1);
    expect(rate(0, 0)).toBeNull();
  });
});

describe('UsageReportService', () => {
  const repository = {
    dailyCounts: jest.fn(async () => [
      { day: '2025-03-01', channel: 'web', count: 3 },
      { day: '2025-03-02', channel: 'telegram', count: 1 },
    ]),
    procedureCounts: jest.fn(async () => []),
    conversationCounts: jest.fn(async () => ({
      total: 4,
      substantive: 3,
      answered: 2,
      handed_off: 1,
      resolved: 1,
    })),
    outcomeCounts: jest.fn(async () => [
      { outcome: 'procedure', count: 3 },
      { outcome: 'survey', count: 1 }, // written by a newer version: kept, not dropped
    ]),
  };
  const service = new UsageReportService(repository as unknown as UsageReportRepository);

  it('asks for the whole Vietnam days of the period, on every channel unless one is chosen', async () => {
    await service.messages({ from: '2025-03-01', to: '2025-03-02' });
    expect(repository.dailyCounts).toHaveBeenLastCalledWith({
      start: new Date('2025-02-28T17:00:00Z'),
      end: new Date('2025-03-02T17:00:00Z'),
      channels: ['web', 'telegram', 'zalo', 'miniapp'],
    });
    await service.topProcedures({ from: '2025-03-01', to: '2025-03-01', channel: 'zalo' });
    expect(repository.procedureCounts).toHaveBeenLastCalledWith(
      expect.objectContaining({ channels: ['zalo'] }),
      10,
    );
  });

  it('assembles the report: totals per channel, the rate over substantive conversations, every outcome', async () => {
    const report = await service.report({ from: '2025-03-01', to: '2025-03-02' });
    expect(report.messages).toMatchObject({
      total: 4,
      byChannel: { web: 3, telegram: 1, zalo: 0, miniapp: 0 },
    });
    expect(report.conversations).toEqual({
      total: 4,
      substantive: 3,
      answered: 2,
      handedOff: 1,
      resolved: 1,
      resolutionRate: 0.3333,
    });
    expect(repository.conversationCounts).toHaveBeenLastCalledWith(expect.anything(), CONVERSATION_RULES);
    expect(report.outcomes).toMatchObject({ procedure: 3, faq: 0, small_talk: 0, survey: 1 });
    expect(report.channel).toBeNull();
    expect(Object.keys(report.definitions)).toEqual(
      expect.arrayContaining(['conversation', 'answered', 'handedOff', 'resolutionRate']),
    );
  });
});
