/**
 * Telegram's `parse_mode: 'HTML'` parser, ported from tdlib's parse_html (the code the Bot API runs):
 * the same tags, the same entity decoding and the same error texts ("Unsupported start tag \"x\" at
 * byte offset 5", "Can't find end tag corresponding to start tag \"b\"", ...). Offsets in errors are
 * UTF-8 byte offsets into the HTML; entity offsets are UTF-16 code units into the resulting text.
 *
 * In strict mode (the default) it is stricter than Telegram in one respect: a bare `&` or `>` that is
 * not part of a tag or entity, an entity without its `;`, or a named entity other than
 * &lt; &gt; &amp; &quot; is rejected. Telegram shows those literally, which means the sender forgot to
 * escape: the text then renders wrongly, or breaks the moment it contains a `<`.
 */
import type { TgMessageEntity, TgPlainEntityType } from './telegram.types';

export interface FormattedText {
  text: string;
  entities: TgMessageEntity[];
}

export interface HtmlParseOptions {
  /** Reject unescaped `&` and `>` and sloppy entities (default true). */
  strict?: boolean;
}

/** Raised with Telegram's message, to be sent as "Bad Request: can't parse entities: <message>". */
export class HtmlParseError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'HtmlParseError';
  }
}

const SUPPORTED_TAGS = new Set([
  'a',
  'b',
  'strong',
  'i',
  'em',
  'u',
  'ins',
  's',
  'strike',
  'del',
  'span',
  'tg-spoiler',
  'code',
  'pre',
  'blockquote',
]);

const SIMPLE_TAG_TYPES: Record<string, TgPlainEntityType> = {
  b: 'bold',
  strong: 'bold',
  i: 'italic',
  em: 'italic',
  u: 'underline',
  ins: 'underline',
  s: 'strikethrough',
  strike: 'strikethrough',
  del: 'strikethrough',
  'tg-spoiler': 'spoiler',
  span: 'spoiler',
};

/** tdlib's order for entities with the same range: outer kinds first. */
const PRIORITIES: Partial<Record<TgMessageEntity['type'], number>> = {
  blockquote: 0,
  expandable_blockquote: 0,
  pre: 11,
  code: 20,
  text_link: 49,
  text_mention: 49,
  bold: 90,
  italic: 91,
  underline: 92,
  strikethrough: 93,
  spoiler: 94,
};
const priority = (entity: TgMessageEntity): number => PRIORITIES[entity.type] ?? 50;

const NAMED_ENTITIES: Record<string, string> = { lt: '<', gt: '>', amp: '&', quot: '"' };
const SURROGATE_ERROR =
  'Text contains invalid Unicode characters after decoding HTML entities, check for unmatched surrogate code units';

interface OpenTag {
  name: string;
  argument: string;
  expandable: boolean;
  /** UTF-16 offset of the tag's content in the result. */
  offset: number;
}

interface DecodedEntity {
  value: string;
  end: number;
  terminated: boolean;
}

const isSpace = (c: string | undefined): boolean =>
  c === ' ' || c === '\t' || c === '\r' || c === '\n' || c === '\v' || c === '\0';
const isTokenChar = (c: string | undefined): boolean => c !== undefined && /[A-Za-z0-9.-]/.test(c);

/** tdlib's decode_html_entity: `&lt` `&gt` `&amp` `&quot` `&#123` `&#x1F` with an optional `;`. */
function decodeEntity(html: string, pos: number): DecodedEntity | null {
  let end = pos + 1;
  let code = 0;
  if (html[end] === '#') {
    end++;
    const hex = html[end] === 'x';
    if (hex) end++;
    const digits = hex ? /[0-9a-fA-F]/ : /[0-9]/;
    const start = end;
    while (end < html.length && digits.test(html[end])) end++;
    code = end > start ? parseInt(html.slice(start, end), hex ? 16 : 10) : 0;
    if (code === 0 || code >= 0x10ffff || end - pos >= 10) return null;
  } else {
    while (end < html.length && /[A-Za-z]/.test(html[end])) end++;
    const named = NAMED_ENTITIES[html.slice(pos + 1, end)];
    if (named === undefined) return null;
    code = named.charCodeAt(0);
  }
  if (code >= 0xd800 && code <= 0xdfff) throw new HtmlParseError(SURROGATE_ERROR);
  const terminated = html[end] === ';';
  return { value: String.fromCodePoint(code), end: terminated ? end + 1 : end, terminated };
}

export function parseTelegramHtml(html: string, options: HtmlParseOptions = {}): FormattedText {
  return new HtmlParser(html, options.strict ?? true).parse();
}

/** The parse error Telegram would report, or null when the HTML is accepted. */
export function validateTelegramHtml(html: string, options: HtmlParseOptions = {}): string | null {
  try {
    parseTelegramHtml(html, options);
    return null;
  } catch (error) {
    if (error instanceof HtmlParseError) return error.message;
    throw error;
  }
}

class HtmlParser {
  private i = 0;
  private out = '';
  private readonly open: OpenTag[] = [];
  private readonly entities: TgMessageEntity[] = [];
  private readonly codeLanguages = new Map<TgMessageEntity, string>();

  constructor(
    private readonly html: string,
    private readonly strict: boolean,
  ) {}

  parse(): FormattedText {
    const { html } = this;
    while (this.i < html.length) {
      const c = html[this.i];
      if (c === '&') this.readAmpersand(this.i, (value) => (this.out += value));
      else if (c === '<') this.readTag();
      else {
        if (c === '>' && this.strict) this.failStrict('Unescaped ">"', this.i, 'write it as &gt;');
        this.out += c;
        this.i++;
      }
    }
    const unclosed = this.open[this.open.length - 1];
    if (unclosed)
      throw new HtmlParseError(`Can't find end tag corresponding to start tag "${unclosed.name}"`);
    this.entities.sort((a, b) => a.offset - b.offset || b.length - a.length || priority(a) - priority(b));
    return { text: this.out, entities: this.entities };
  }

  private byteOffset(index: number): number {
    return Buffer.byteLength(this.html.slice(0, index), 'utf8');
  }

  private failStrict(what: string, index: number, hint: string): never {
    throw new HtmlParseError(
      `${what} at byte offset ${this.byteOffset(index)}; ${hint} (the fake is stricter than Telegram here)`,
    );
  }

  /** Decodes an entity at `this.i` (or keeps a literal `&` outside strict mode) and advances. */
  private readAmpersand(start: number, append: (value: string) => void): void {
    const decoded = decodeEntity(this.html, start);
    if (decoded) {
      if (!decoded.terminated && this.strict) {
        this.failStrict('HTML entity without ";"', start, 'end every entity with ";"');
      }
      append(decoded.value);
      this.i = decoded.end;
      return;
    }
    if (this.strict) {
      const named = /^&[A-Za-z]+;/.exec(this.html.slice(start, start + 40));
      if (named) {
        this.failStrict(
          `Unsupported HTML entity "${named[0]}"`,
          start,
          'Telegram knows only &lt; &gt; &amp; &quot; and numeric entities',
        );
      }
      this.failStrict('Unescaped "&"', start, 'write it as &amp;');
    }
    append('&');
    this.i = start + 1;
  }

  private readTag(): void {
    const begin = this.i;
    this.i++;
    if (this.html[this.i] === '/') this.readEndTag(begin);
    else this.readStartTag(begin);
  }

  private readStartTag(begin: number): void {
    const { html } = this;
    const at = this.byteOffset(begin);
    while (this.i < html.length && !isSpace(html[this.i]) && html[this.i] !== '>') this.i++;
    if (this.i >= html.length) throw new HtmlParseError(`Unclosed start tag at byte offset ${at}`);
    const name = html.slice(begin + 1, this.i).toLowerCase();
    if (!SUPPORTED_TAGS.has(name))
      throw new HtmlParseError(`Unsupported start tag "${name}" at byte offset ${at}`);

    const tag: OpenTag = { name, argument: '', expandable: false, offset: this.out.length };
    while (html[this.i] !== '>') {
      while (isSpace(html[this.i])) this.i++;
      if (html[this.i] === '>') break;
      if (this.i >= html.length) throw new HtmlParseError(`Unclosed start tag at byte offset ${at}`);
      this.readAttribute(tag, at);
    }
    this.i++; // '>'
    if (name === 'span' && tag.argument !== 'spoiler') {
      throw new HtmlParseError(`Tag "span" must have class "tg-spoiler" at byte offset ${at}`);
    }
    this.open.push(tag);
  }

  private readAttribute(tag: OpenTag, at: number): void {
    const { html } = this;
    const nameStart = this.i;
    while (this.i < html.length && !isSpace(html[this.i]) && html[this.i] !== '=' && html[this.i] !== '>')
      this.i++;
    const attribute = html.slice(nameStart, this.i).toLowerCase();
    if (attribute === '')
      throw new HtmlParseError(`Empty attribute name in the tag "${tag.name}" at byte offset ${at}`);
    while (isSpace(html[this.i])) this.i++;
    if (html[this.i] !== '=') {
      if (tag.name === 'blockquote' && attribute === 'expandable') {
        tag.expandable = true;
        return;
      }
      if (this.i >= html.length)
        throw new HtmlParseError(`Unclosed start tag "${tag.name}" at byte offset ${at}`);
      throw new HtmlParseError(
        `Expected equal sign in declaration of an attribute of the tag "${tag.name}" at byte offset ${at}`,
      );
    }
    this.i++;
    while (isSpace(html[this.i])) this.i++;
    if (this.i >= html.length)
      throw new HtmlParseError(`Unclosed start tag "${tag.name}" at byte offset ${at}`);

    let value = '';
    const quote = html[this.i];
    if (quote === '"' || quote === "'") {
      this.i++;
      while (this.i < html.length && html[this.i] !== quote) {
        if (html[this.i] === '&') this.readAmpersand(this.i, (decoded) => (value += decoded));
        else value += html[this.i++];
      }
      if (html[this.i] === quote) this.i++;
    } else {
      const tokenStart = this.i;
      while (isTokenChar(html[this.i])) this.i++;
      value = html.slice(tokenStart, this.i).toLowerCase();
      if (this.i < html.length && !isSpace(html[this.i]) && html[this.i] !== '>') {
        throw new HtmlParseError(
          `Unexpected end of name token at byte offset ${this.byteOffset(tokenStart)}`,
        );
      }
    }
    if (this.i >= html.length) throw new HtmlParseError(`Unclosed start tag at byte offset ${at}`);

    if (tag.name === 'a' && attribute === 'href') tag.argument = value;
    else if (tag.name === 'code' && attribute === 'class' && value.startsWith('language-'))
      tag.argument = value.slice(9);
    else if (tag.name === 'span' && attribute === 'class' && value.startsWith('tg-'))
      tag.argument = value.slice(3);
  }

  private readEndTag(begin: number): void {
    const { html } = this;
    const at = this.byteOffset(begin);
    if (this.open.length === 0) throw new HtmlParseError(`Unexpected end tag at byte offset ${at}`);
    this.i++; // '/'
    const nameStart = this.i;
    while (this.i < html.length && !isSpace(html[this.i]) && html[this.i] !== '>') this.i++;
    const name = html.slice(nameStart, this.i).toLowerCase();
    while (isSpace(html[this.i])) this.i++;
    if (html[this.i] !== '>') throw new HtmlParseError(`Unclosed end tag at byte offset ${at}`);
    this.i++;
    const tag = this.open.pop() as OpenTag;
    if (name !== '' && name !== tag.name) {
      throw new HtmlParseError(
        `Unmatched end tag at byte offset ${at}, expected "</${tag.name}>", found "</${name}>"`,
      );
    }
    this.close(tag);
  }

  private close(tag: OpenTag): void {
    const offset = tag.offset;
    const length = this.out.length - offset;
    if (length <= 0) return;
    const simple = SIMPLE_TAG_TYPES[tag.name];
    if (simple) {
      this.entities.push({ type: simple, offset, length });
    } else if (tag.name === 'blockquote') {
      this.entities.push({ type: tag.expandable ? 'expandable_blockquote' : 'blockquote', offset, length });
    } else if (tag.name === 'a') {
      this.closeLink(tag, offset, length);
    } else if (tag.name === 'pre') {
      // <pre><code class="language-x">…</code></pre>: the code entity becomes a pre with a language.
      const last = this.entities[this.entities.length - 1];
      const language = last === undefined ? undefined : this.codeLanguages.get(last);
      if (
        last?.type === 'code' &&
        last.offset === offset &&
        last.length === length &&
        language !== undefined
      ) {
        this.entities[this.entities.length - 1] = { type: 'pre', offset, length, language };
      } else {
        this.entities.push({ type: 'pre', offset, length });
      }
    } else {
      const last = this.entities[this.entities.length - 1];
      if (last?.type === 'pre' && last.offset === offset && last.length === length && tag.argument !== '') {
        last.language = tag.argument; // <code class="language-x"><pre>…</pre></code>
      } else {
        const code: TgMessageEntity = { type: 'code', offset, length };
        this.entities.push(code);
        if (tag.argument !== '') this.codeLanguages.set(code, tag.argument);
      }
    }
  }

  private closeLink(tag: OpenTag, offset: number, length: number): void {
    const target = tag.argument !== '' ? tag.argument : this.out.slice(offset);
    const mention = /^tg:\/\/user\?id=(\d+)$/i.exec(target);
    if (mention) {
      const user = { id: Number(mention[1]), is_bot: false, first_name: '' };
      this.entities.push({ type: 'text_mention', offset, length, user });
      return;
    }
    const url = checkedLink(target);
    if (url) this.entities.push({ type: 'text_link', offset, length, url });
  }
}

/** Telegram drops links it can't use instead of failing; "telegram.org" becomes "http://telegram.org/". */
function checkedLink(target: string): string | null {
  if (target === '' || /\s/.test(target)) return null;
  const withScheme = /^[a-z][a-z0-9+.-]*:/i.test(target) ? target : `http://${target}`;
  try {
    const url = new URL(withScheme);
    if (url.protocol === 'tg:' || url.protocol === 'ton:') return url.href;
    if (url.protocol !== 'http:' && url.protocol !== 'https:') return null;
    return url.hostname.includes('.') || url.hostname === 'localhost' ? url.href : null;
  } catch {
    return null;
  }
}
