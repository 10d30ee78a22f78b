import { Injectable, OnModuleInit } from '@nestjs/common';
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
export class TemplateService implements OnModuleInit {
  private readonly compiled = new Map<string, Record<TemplateFormat, Compiled>>();
  private readonly handlebars = Handlebars.create();

  constructor(private readonly dir = join(PROJECT_ROOT, 'templates', 'vi')) {}

  onModuleInit(): void {
    registerHelpers(this.handlebars);
    for (const file of readdirSync(this.dir).filter((f) => f.endsWith('.hbs'))) {
      const source = readFileSync(join(this.dir, file), 'utf8');
      this.compiled.set(basename(file, '.hbs'), {
        plain: this.handlebars.compile(source, { noEscape: true, strict: false }),
        html: this.handlebars.compile(source, { noEscape: false, strict: false }),
      });
    }
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
