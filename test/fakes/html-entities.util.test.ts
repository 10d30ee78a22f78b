import { parseTelegramHtml, validateTelegramHtml } from './html-entities.util';

/** Error texts and results below are tdlib's own parse_html test vectors (test/message_entities.cpp). */
describe('Telegram HTML parsing', () => {
  const loose = { strict: false };

  it.each([
    ['🏟 🏟&lt;<abacaba', 'Unclosed start tag at byte offset 13'],
    ['🏟 🏟&lt;<abac aba>', 'Unsupported start tag "abac" at byte offset 13'],
    ['🏟 🏟&lt;<i   =aba>', 'Empty attribute name in the tag "i" at byte offset 13'],
    [
      '🏟 🏟&lt;<i    aba>',
      'Expected equal sign in declaration of an attribute of the tag "i" at byte offset 13',
    ],
    ['🏟 🏟&lt;<i    aba  =  ', 'Unclosed start tag "i" at byte offset 13'],
    ['🏟 🏟&lt;<i    aba  =  190azAz-.,', 'Unexpected end of name token at byte offset 27'],
    ['🏟 🏟&lt;<i    aba  =  "&lt;&gt;&quot;>', 'Unclosed start tag at byte offset 13'],
    ['🏟 🏟&lt;</', 'Unexpected end tag at byte offset 13'],
    ['🏟 🏟&lt;<b></b></', 'Unexpected end tag at byte offset 20'],
    ['🏟 🏟&lt;<i>a</i   ', 'Unclosed end tag at byte offset 17'],
    ['🏟 🏟&lt;<i>a</em   >', 'Unmatched end tag at byte offset 17, expected "</i>", found "</em>"'],
    ['&#57311;', expect.stringContaining('check for unmatched surrogate code units')],
    ['<b>Hồ sơ', 'Can\'t find end tag corresponding to start tag "b"'],
    ['a < b', 'Unsupported start tag "" at byte offset 2'],
    ['<span>x</span>', 'Tag "span" must have class "tg-spoiler" at byte offset 0'],
    ['<p>Thủ tục</p>', 'Unsupported start tag "p" at byte offset 0'],
  ])('rejects %j like Telegram', (html, message) => {
    expect(validateTelegramHtml(html, loose)).toEqual(message);
  });

  it('turns tags into entities with UTF-16 offsets', () => {
    expect(parseTelegramHtml('➡️ ➡️<b>➡️ ➡️</b>', loose)).toEqual({
      text: '➡️ ➡️➡️ ➡️',
      entities: [{ type: 'bold', offset: 5, length: 5 }],
    });
    const { text, entities } = parseTelegramHtml(
      '<b>Khai sinh</b> &amp; <i>kết hôn</i>: <a href="https://dichvucong.gov.vn/p/home">Cổng DVC</a>, ' +
        '<code>000.00.12.H41</code> <tg-spoiler>x</tg-spoiler> <span class="tg-spoiler">y</span> <u>u</u> <s>s</s>',
    );
    expect(text).toBe('Khai sinh & kết hôn: Cổng DVC, 000.00.12.H41 x y u s');
    expect(entities).toEqual([
      { type: 'bold', offset: 0, length: 9 },
      { type: 'italic', offset: 12, length: 7 },
      { type: 'text_link', offset: 21, length: 8, url: 'https://dichvucong.gov.vn/p/home' },
      { type: 'code', offset: 31, length: 13 },
      { type: 'spoiler', offset: 45, length: 1 },
      { type: 'spoiler', offset: 47, length: 1 },
      { type: 'underline', offset: 49, length: 1 },
      { type: 'strikethrough', offset: 51, length: 1 },
    ]);
  });

  it('handles pre with a language, blockquotes, bare links and empty tags as Telegram does', () => {
    expect(parseTelegramHtml('<pre><code class="language-ts">a</code></pre>').entities).toEqual([
      { type: 'pre', offset: 0, length: 1, language: 'ts' },
    ]);
    expect(parseTelegramHtml('<pre><code>a</code></pre>').entities).toEqual([
      { type: 'pre', offset: 0, length: 1 },
      { type: 'code', offset: 0, length: 1 },
    ]);
    expect(
      parseTelegramHtml('<blockquote expandable>q</blockquote><blockquote>r</blockquote>').entities,
    ).toEqual([
      { type: 'expandable_blockquote', offset: 0, length: 1 },
      { type: 'blockquote', offset: 1, length: 1 },
    ]);
    expect(parseTelegramHtml('<a>telegram.org</a>').entities).toEqual([
      { type: 'text_link', offset: 0, length: 12, url: 'http://telegram.org/' },
    ]);
    expect(parseTelegramHtml('<b></b>x<I>y</>').entities).toEqual([{ type: 'italic', offset: 1, length: 1 }]);
  });

  it('keeps what Telegram keeps when not strict: bare & and >, unknown entities, missing semicolons', () => {
    expect(parseTelegramHtml('Hỏi & đáp > 1 &laquo;x&raquo; &lt', loose).text).toBe(
      'Hỏi & đáp > 1 &laquo;x&raquo; <',
    );
    expect(parseTelegramHtml('&#12345678; &#x41;&#66;', loose).text).toBe('&#12345678; AB');
  });

  it('in strict mode rejects what would reach the user unescaped', () => {
    expect(validateTelegramHtml('Hỏi & đáp')).toMatch(/^Unescaped "&" at byte offset 6; write it as &amp;/);
    expect(validateTelegramHtml('1 > 0')).toMatch(/^Unescaped ">" at byte offset 2/);
    expect(validateTelegramHtml('a&nbsp;b')).toMatch(/^Unsupported HTML entity "&nbsp;"/);
    expect(validateTelegramHtml('&lt b')).toMatch(/^HTML entity without ";"/);
    expect(validateTelegramHtml('<a href="https://x.vn/?a=1&b=2">x</a>')).toMatch(/^Unescaped "&"/);
    expect(
      validateTelegramHtml('<a href="https://x.vn/?a=1&amp;b=2">x</a> &lt;b&gt; &quot;q&quot;'),
    ).toBeNull();
  });
});
