import { describe, expect, it } from 'vitest';
import { isInsideZalo } from './environment';

describe('isInsideZalo', () => {
  it("recognises Zalo's Mini App host and webview", () => {
    expect(isInsideZalo({ hostname: 'h5.zdn.vn' }, 'Mozilla/5.0')).toBe(true);
    expect(isInsideZalo({ hostname: 'example.vn' }, 'Mozilla/5.0 (iPhone) Zalo iOS/23.09')).toBe(true);
  });

  it('is false in a plain browser, localhost included (where zmp-sdk fakes success)', () => {
    expect(isInsideZalo({ hostname: 'localhost' }, 'Mozilla/5.0 Chrome/120')).toBe(false);
    expect(isInsideZalo({ hostname: 'dvc.example.vn' }, 'Mozilla/5.0 Chrome/120')).toBe(false);
  });
});
