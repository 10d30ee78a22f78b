import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { PROJECT_ROOT } from '../../config/paths';
import { LIFE_EVENTS } from './life-events';

/** The codes of the catalog the app ships with (data/catalog.jsonl.gz). */
function shippedCodes(): Set<string> {
  const text = gunzipSync(readFileSync(join(PROJECT_ROOT, 'data', 'catalog.jsonl.gz'))).toString('utf8');
  return new Set(
    text
      .split('\n')
      .filter(Boolean)
      .map((line) => (JSON.parse(line) as { ma_thu_tuc: string }).ma_thu_tuc),
  );
}

describe('life events', () => {
  it('name only procedures the shipped catalog has, each once per event', () => {
    const codes = shippedCodes();
    for (const event of LIFE_EVENTS) {
      expect(new Set(event.codes).size).toBe(event.codes.length);
      for (const code of event.codes)
        expect({ event: event.id, code, known: codes.has(code) }).toMatchObject({ known: true });
    }
  });

  it('have unique ids and Vietnamese titles', () => {
    expect(new Set(LIFE_EVENTS.map((e) => e.id)).size).toBe(LIFE_EVENTS.length);
    for (const event of LIFE_EVENTS) expect(event.title).toMatch(/^\p{Lu}/u);
  });
});
