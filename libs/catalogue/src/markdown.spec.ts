import { describe, expect, it } from 'vitest';
import { isHttpUrl, renderMarkdown } from './markdown';

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

describe('isHttpUrl', () => {
  it('accepts http and https only', () => {
    expect(isHttpUrl('https://vimeo.com/1')).toBe(true);
    expect(isHttpUrl('http://example.nl/v.mp4')).toBe(true);
    expect(isHttpUrl('javascript:alert(1)')).toBe(false);
    expect(isHttpUrl('ftp://x.nl/a')).toBe(false);
    expect(isHttpUrl('not a url')).toBe(false);
  });
});
