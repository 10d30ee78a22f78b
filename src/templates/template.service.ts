import { Injectable } from '@nestjs/common';
import Handlebars from 'handlebars';
import { readdirSync, readFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { PROJECT_ROOT } from '../config/paths';
import { registerHelpers } from './template-helpers';

/** plain: Zalo and the web chat show text as is; html: Telegram's HTML parse mode. */
export type TemplateFormat = 'plain' | 'html';

type Compiled = Handlebars.TemplateDelegate<object>;

/**
 * Reply templates (templates/vi/*.hbs), compiled once at start in an isolated Handlebars
 * instance. Escaping is decided here, per output format, when compiling — never patched after
 * rendering — so a procedure name with "<" or "&" is right on every channel.
 */
@Injectable()
export class TemplateService {
  private readonly compiled = new Map<string, Record<TemplateFormat, Compiled>>();
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
      const plain = this.handlebars.compile(source, { noEscape: true, strict: false });
      const html = this.handlebars.compile(source, { noEscape: false, strict: false });
      // Compile eagerly (Handlebars compiles lazily) so a syntax error surfaces here, with its file.
      try {
        plain({});
        html({});
      } catch (error) {
        throw new Error(`templates/vi/${file}: ${error instanceof Error ? error.message : String(error)}`);
      }
      compiled.set(basename(file, '.hbs'), { plain, html });
    }
    this.compiled.clear();
    for (const [name, t] of compiled) this.compiled.set(name, t);
  }

  has(name: string): boolean {
    return this.compiled.has(name);
  }

  render(name: string, data: object, format: TemplateFormat = 'plain'): string {
    const template = this.compiled.get(name);
    if (!template) throw new Error(`unknown template: ${name}`);
    return template[format](data)
      .replace(/[ \t]+\n/g, '\n')
      .replace(/\n{3,}/g, '\n\n')
      .trim();
  }
}
