import type { HelperDelegate } from 'handlebars';

type HandlebarsLike = { registerHelper(name: string, fn: HelperDelegate): void };

/** Helpers available to every template; kept few and side-effect free. */
export function registerHelpers(hb: HandlebarsLike): void {
  hb.registerHelper('inc', (n: number) => Number(n) + 1);
  hb.registerHelper('join', (items: unknown, sep: unknown) =>
    Array.isArray(items) ? items.join(typeof sep === 'string' ? sep : ', ') : '',
  );
  hb.registerHelper('eq', (a: unknown, b: unknown) => a === b);
}
