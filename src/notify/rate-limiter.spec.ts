import { RateLimiter } from './rate-limiter';

describe('RateLimiter', () => {
  it('lets a burst through, then spaces sends at the rate', () => {
    let now = 0;
    const limiter = new RateLimiter(2, 2, () => now);
    expect(limiter.reserve()).toBe(0);
    expect(limiter.reserve()).toBe(0);
    expect(limiter.reserve()).toBe(500);
    expect(limiter.reserve()).toBe(1000);
    now = 5000;
    expect(limiter.reserve()).toBe(0);
  });

  it('refills over time but never above the burst', () => {
    let now = 0;
    const limiter = new RateLimiter(10, 3, () => now);
    now = 60_000;
    for (let i = 0; i < 3; i++) expect(limiter.reserve()).toBe(0);
    expect(limiter.reserve()).toBeGreaterThan(0);
  });
});
