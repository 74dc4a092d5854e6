import { describe, expect, it } from 'vitest';
import { isHttpUrl, isOwnFileUrl, renderMarkdown, sanitizeRenderedHtml } from './markdown';

describe('renderMarkdown', () => {
  it('renders ordinary markdown', () => {
    const html = renderMarkdown('# Hechting\n\nDe **eerste** 1001 dagen.\n\n- kijken\n- luisteren');
    expect(html).toContain('<h1>Hechting</h1>');
    expect(html).toContain('<strong>eerste</strong>');
    expect(html).toContain('<li>kijken</li>');
  });

  it('turns a script tag into inert text', () => {
    const html = renderMarkdown('Hallo <script>alert(1)</script> daar');
    expect(html).not.toMatch(/<script/i);
    expect(html).toContain('&lt;script&gt;');
  });

  it('leaves no event handler attributes', () => {
    const html = renderMarkdown('<img src="x" onerror="alert(1)">\n\n<a href="https://a.nl" onclick="x()">a</a>');
    // No real element carries an on* attribute; the payload survives only as escaped text.
    expect(html).not.toMatch(/<[a-z]+\b[^>]*\son\w+\s*=/i);
    expect(html).not.toMatch(/<img\b/i);
    expect(html).toContain('&lt;img src=&quot;x&quot; onerror=&quot;alert(1)&quot;&gt;'.replace(/&quot;/g, '"'));
  });

  it('drops javascript: links in markdown and in autolinks', () => {
    for (const source of [
      '[klik](javascript:alert(1))',
      '[klik](JaVaScRiPt:alert(1))',
      '[klik]( javascript:alert(1))',
      '<javascript:alert(1)>',
      '[klik](data:text/html;base64,PHNjcmlwdD4=)',
      '![x](javascript:alert(1))',
    ]) {
      const html = renderMarkdown(source);
      expect(html, source).not.toMatch(/href="\s*(javascript|data):/i);
      expect(html, source).not.toMatch(/src="\s*(javascript|data):/i);
    }
  });

  it('keeps safe links and marks them noopener', () => {
    const html = renderMarkdown('[NCJ](https://www.ncj.nl/)');
    expect(html).toContain('href="https://www.ncj.nl/"');
    expect(html).toContain('rel="noopener noreferrer nofollow"');
  });

  it('escapes raw html blocks such as iframes and styles', () => {
    const html = renderMarkdown('<iframe src="https://evil.test"></iframe>\n\n<style>body{display:none}</style>');
    expect(html).not.toMatch(/<iframe|<style/i);
  });
});

describe('images', () => {
  const id = '3f0c2a9e-1b7d-4c1e-9a55-0d2f4b6c8e10';
  /** Every src of a real <img> element in the output. */
  const imageSources = (html: string) => [...html.matchAll(/<img\b[^>]*\ssrc="([^"]*)"/gi)].map((m) => m[1]);

  it('keeps an image from our own file storage', () => {
    const html = renderMarkdown(`![Schema van de hechting](/files/${id} "Hechting")`);
    expect(imageSources(html)).toEqual([`/files/${id}`]);
    expect(html).toContain('alt="Schema van de hechting"');
    expect(html).toContain('title="Hechting"');
  });

  it('turns an image from another host into a link, so nothing loads when the page opens', () => {
    const html = renderMarkdown('![pixel](https://tracker.example/p.gif?u=42)');
    expect(imageSources(html)).toEqual([]);
    expect(html).toContain('<a href="https://tracker.example/p.gif?u=42"');
    expect(html).toContain('>pixel</a>');
    expect(html).toContain('rel="noopener noreferrer nofollow"');
    // Without a description the link shows its address.
    expect(renderMarkdown('![](http://tracker.example/p.gif)')).toContain('>http://tracker.example/p.gif</a>');
  });

  it('loads nothing from a hostile address, however it is written', () => {
    const hostile = [
      '![x](//tracker.example/p.gif)',
      '![x](///tracker.example/p.gif)',
      '![x](/\\tracker.example/p.gif)',
      '![x](\\\\tracker.example\\p.gif)',
      '![x](HTTPS://TRACKER.EXAMPLE/P.GIF)',
      '![x](data:image/gif;base64,R0lGODlhAQABAAAAACw=)',
      '![x](DATA:image/svg+xml,<svg onload=alert(1)>)',
      '![x](javascript:alert(1))',
      '![x](%2F%2Ftracker.example/p.gif)',
      '![x](/%2F/tracker.example/p.gif)',
      `![x](/files/${id}/../../tracker)`,
      `![x](/files/${id}?track=1)`,
      `![x](/files/${id}#x)`,
      `![x](/FILES/${id})`,
      `![x](https://tracker.example/files/${id})`,
      `![x](//tracker.example/files/${id})`,
      '![x](/files/not-a-uuid)',
      '![x](/files/../graphql)',
      '![x][ref]\n\n[ref]: https://tracker.example/p.gif',
      '<img src="https://tracker.example/p.gif">',
      '<img srcset="https://tracker.example/p.gif 1x" src="/files/' + id + '">',
      '<p style="background:url(https://tracker.example/p.gif)">x</p>',
      '<div style="background-image: url(//tracker.example/p.gif)">x</div>',
      '| a |\n|---|\n| <td style="background:url(https://tracker.example/p.gif)">b |',
    ];
    for (const source of hostile) {
      const html = renderMarkdown(source);
      expect(imageSources(html), source).toEqual([]);
      expect(html, source).not.toMatch(/<img\b/i);
      expect(html, source).not.toMatch(/<[a-z]+\b[^>]*\s(srcset=|style="[^"]*url\()/i);
      expect(html, source).not.toMatch(/src="\s*(\/\/|[a-z]+:)/i);
    }
  });

  it('keeps the description of an image it cannot link to, as text', () => {
    expect(renderMarkdown('![een <b>schema</b>](/elders/plaatje.png)')).toBe('<p>een &lt;b&gt;schema&lt;/b&gt;</p>\n');
    expect(renderMarkdown('![uitleg](mailto:a@b.nl)')).toBe('<p>uitleg</p>\n');
    // A scheme markdown refuses outright stays visible, inert text.
    const html = renderMarkdown('![uitleg](data:image/png;base64,AAAA)');
    expect(html).not.toMatch(/<(img|a)\b/i);
  });
});

describe('sanitizeRenderedHtml', () => {
  const id = '3f0c2a9e-1b7d-4c1e-9a55-0d2f4b6c8e10';

  it('drops any <img> not from our storage even if the markdown layer let one through', () => {
    expect(sanitizeRenderedHtml(`<p><img src="/files/${id}" alt="a"></p>`)).toBe(
      `<p><img src="/files/${id}" alt="a" /></p>`,
    );
    for (const src of [
      'https://tracker.example/p.gif',
      '//tracker.example/p.gif',
      'HTTPS://tracker.example/p.gif',
      'data:image/gif;base64,R0lGOD',
      `/files/${id}?u=1`,
      `&#x2F;&#x2F;tracker.example/p.gif`,
      ' //tracker.example/p.gif',
      '',
    ]) {
      expect(sanitizeRenderedHtml(`<p><img src="${src}" alt="a">x</p>`), src).toBe('<p>x</p>');
    }
    expect(sanitizeRenderedHtml('<p><img alt="no source">x</p>')).toBe('<p>x</p>');
  });

  it('keeps no srcset, style or event handler on an allowed image', () => {
    const html = sanitizeRenderedHtml(
      `<img src="/files/${id}" srcset="https://tracker.example/p.gif 2x" style="background:url(//t.example/p)" onload="x()">`,
    );
    expect(html).toBe(`<img src="/files/${id}" />`);
  });
});

describe('isOwnFileUrl', () => {
  it('accepts exactly /files/<uuid>', () => {
    expect(isOwnFileUrl('/files/3f0c2a9e-1b7d-4c1e-9a55-0d2f4b6c8e10')).toBe(true);
    expect(isOwnFileUrl('/files/3F0C2A9E-1B7D-4C1E-9A55-0D2F4B6C8E10')).toBe(true);
    for (const url of [
      undefined,
      '',
      '/files/',
      '/files/3f0c2a9e-1b7d-4c1e-9a55-0d2f4b6c8e10/',
      '/files/3f0c2a9e-1b7d-4c1e-9a55-0d2f4b6c8e10\n',
      ' /files/3f0c2a9e-1b7d-4c1e-9a55-0d2f4b6c8e10',
      'https://imh.example/files/3f0c2a9e-1b7d-4c1e-9a55-0d2f4b6c8e10',
    ]) {
      expect(isOwnFileUrl(url), String(url)).toBe(false);
    }
  });
});

describe('isHttpUrl', () => {
  it('accepts http and https only', () => {
    expect(isHttpUrl('https://vimeo.com/1')).toBe(true);
    expect(isHttpUrl('http://example.nl/v.mp4')).toBe(true);
    expect(isHttpUrl('javascript:alert(1)')).toBe(false);
    expect(isHttpUrl('ftp://x.nl/a')).toBe(false);
    expect(isHttpUrl('not a url')).toBe(false);
  });
});
