import { describe, expect, it } from 'vitest';
import { initialPathFrom, sharedProcedurePath } from './routes';

describe('shared links', () => {
  it('open the shared procedure', () => {
    const path = sharedProcedurePath('1.014064');
    expect(initialPathFrom(path.slice(path.indexOf('?')))).toBe('/procedures/1.014064');
  });

  it('start at home without a procedure', () => {
    expect(initialPathFrom('')).toBeUndefined();
    expect(initialPathFrom('?procedure=%20')).toBeUndefined();
  });
});
