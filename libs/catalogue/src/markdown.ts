import MarkdownIt from 'markdown-it';
import sanitizeHtml from 'sanitize-html';

/**
 * Lesson markdown to HTML that is safe to put in the page. Two layers: markdown-it with raw
 * HTML switched off (so `<script>` in the text becomes visible text) and only http(s)/mailto
 * links, then sanitize-html with an allow-list of tags and attributes, so no event handler,
 * style, iframe or `javascript:` URL survives even if the first layer had a gap.
 */
const markdown = new MarkdownIt({ html: false, linkify: true, typographer: false, breaks: false });

const SAFE_URL = /^(https?:|mailto:|#|\/(?!\/))/i;
markdown.validateLink = (url: string) => SAFE_URL.test(url.trim());

const SANITIZE: sanitizeHtml.IOptions = {
  allowedTags: [
    'p',
    'br',
    'hr',
    'h1',
    'h2',
    'h3',
    'h4',
    'h5',
    'h6',
    'strong',
    'em',
    's',
    'del',
    'code',
    'pre',
    'blockquote',
    'ul',
    'ol',
    'li',
    'a',
    'table',
    'thead',
    'tbody',
    'tr',
    'th',
    'td',
    'img',
  ],
  allowedAttributes: {
    a: ['href', 'title'],
    img: ['src', 'alt', 'title'],
    ol: ['start'],
    th: ['style'],
    td: ['style'],
  },
  allowedStyles: { th: { 'text-align': [/^(left|right|center)$/] }, td: { 'text-align': [/^(left|right|center)$/] } },
  allowedSchemes: ['http', 'https', 'mailto'],
  allowedSchemesByTag: { img: ['https'] },
  allowProtocolRelative: false,
  disallowedTagsMode: 'escape',
  transformTags: {
    // Links leave the portal in a new tab without handing it a window.opener.
    a: sanitizeHtml.simpleTransform('a', { rel: 'noopener noreferrer nofollow', target: '_blank' }),
  },
};
SANITIZE.allowedAttributes = { ...(SANITIZE.allowedAttributes as object), a: ['href', 'title', 'rel', 'target'] };

export function renderMarkdown(source: string): string {
  return sanitizeHtml(markdown.render(source ?? ''), SANITIZE);
}

/** True for an absolute http(s) URL; video links must be one. */
export function isHttpUrl(value: string): boolean {
  try {
    const url = new URL(value);
    return url.protocol === 'http:' || url.protocol === 'https:';
  } catch {
    return false;
  }
}
