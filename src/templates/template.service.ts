import { Injectable } from '@nestjs/common';
import Handlebars from 'handlebars';
import { AsyncLocalStorage } from 'node:async_hooks';
import { readdirSync, readFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { PROJECT_ROOT } from '../config/paths';
import { registerHelpers } from './template-helpers';

/** plain: Zalo and the web chat show text as is; html: Telegram's HTML parse mode. */
export type TemplateFormat = 'plain' | 'html';

type Compiled = Handlebars.TemplateDelegate<object>;
export type TemplateOverrides = ReadonlyMap<string, Record<TemplateFormat, Compiled>>;

/**
 * Reply templates (templates/vi/*.hbs), compiled once at start in an isolated Handlebars
 * instance. Escaping is decided here, per output format, when compiling — never patched after
 * rendering — so a procedure name with "<" or "&" is right on every channel.
 */
@Injectable()
export class TemplateService {
  private readonly compiled = new Map<string, Record<TemplateFormat, Compiled>>();
  /** Answer texts staff published in the workspace; they win over the files. */
  private overrides: TemplateOverrides = new Map();
  private readonly preview = new AsyncLocalStorage<TemplateOverrides>();
  private readonly handlebars = Handlebars.create();

  constructor(private readonly dir = join(PROJECT_ROOT, 'templates', 'vi')) {
    registerHelpers(this.handlebars);
    this.load();
  }

  /** Compiles every template of the folder (again): replaces the set only when all compile. */
  load(): void {
    const compiled = new Map<string, Record<TemplateFormat, Compiled>>();
    for (const file of readdirSync(this.dir).filter((f) => f.endsWith('.hbs'))) {
      const source = readFileSync(join(this.dir, file), 'utf8');
      compiled.set(basename(file, '.hbs'), this.compileOne(`templates/vi/${file}`, source));
    }
    this.compiled.clear();
    for (const [name, t] of compiled) this.compiled.set(name, t);
  }

  /** Compiles staff-edited texts; throws naming the first that does not compile. */
  compileOverrides(sources: Readonly<Record<string, string>>): TemplateOverrides {
    const out = new Map<string, Record<TemplateFormat, Compiled>>();
    for (const [name, source] of Object.entries(sources)) out.set(name, this.compileOne(name, source));
    return out;
  }

  /** Makes published answer texts live (they replace the files' texts of the same name). */
  setOverrides(overrides: TemplateOverrides): void {
    this.overrides = overrides;
  }

  /** Runs `body` with a draft's answer texts (the workspace's test chat), leaving the live ones alone. */
  withPreview<T>(overrides: TemplateOverrides, body: () => T): T {
    return this.preview.run(overrides, body);
  }

  has(name: string): boolean {
    return this.compiled.has(name) || this.overrides.has(name) || !!this.preview.getStore()?.has(name);
  }

  render(name: string, data: object, format: TemplateFormat = 'plain'): string {
    const template =
      this.preview.getStore()?.get(name) ?? this.overrides.get(name) ?? this.compiled.get(name);
    if (!template) throw new Error(`unknown template: ${name}`);
    return template[format](data)
      .replace(/[ \t]+\n/g, '\n')
      .replace(/\n{3,}/g, '\n\n')
      .trim();
  }

  private compileOne(label: string, source: string): Record<TemplateFormat, Compiled> {
    const plain = this.handlebars.compile(source, { noEscape: true, strict: false });
    const html = this.handlebars.compile(source, { noEscape: false, strict: false });
    // Compile eagerly (Handlebars compiles lazily) so a syntax error surfaces here, with its name.
    try {
      plain({});
      html({});
    } catch (error) {
      throw new Error(`${label}: ${error instanceof Error ? error.message : String(error)}`);
    }
    return { plain, html };
  }
}
