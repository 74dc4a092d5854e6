import MarkdownIt from 'markdown-it';
import sanitizeHtml from 'sanitize-html';

/**
 * Lesson markdown to HTML that is safe to put in the page. Two layers: markdown-it with raw
 * HTML switched off (so `<script>` in the text becomes visible text) and only http(s)/mailto
 * links, then sanitize-html with an allow-list of tags and attributes, so no event handler,
 * style, iframe or `javascript:` URL survives even if the first layer had a gap.
 *
 * Images load only from our own file storage (`/files/<id>`, the API's download path, which
 * checks the reader's access): an image from anywhere else would let its host see who read
 * the lesson or the feedback, and when (a tracking pixel). Such an image becomes a link to
 * its address (if that is an http(s) URL) or just its description.
 */
const markdown = new MarkdownIt({ html: false, linkify: true, typographer: false, breaks: false });

const SAFE_URL = /^(https?:|mailto:|#|\/(?![/\\]))/i;
markdown.validateLink = (url: string) => SAFE_URL.test(url.trim());

/** Exactly `/files/<uuid>`: no host, no scheme, no query, no encoded or doubled slashes. */
const OWN_FILE_URL = /^\/files\/[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$/;

/** True for a URL of a file in our own storage, the only place images may come from. */
export function isOwnFileUrl(url: string | undefined): boolean {
  return typeof url === 'string' && OWN_FILE_URL.test(url);
}

const defaultImage =
  markdown.renderer.rules.image ?? ((tokens, idx, options, _env, self) => self.renderToken(tokens, idx, options));
markdown.renderer.rules.image = (tokens, idx, options, env, self) => {
  const token = tokens[idx];
  const src = String(token.attrGet('src') ?? '');
  if (isOwnFileUrl(src)) return defaultImage(tokens, idx, options, env, self);
  const description = markdown.utils.escapeHtml(self.renderInlineAsText(token.children ?? [], options, env));
  if (!/^https?:\/\//i.test(src)) return description;
  const href = markdown.utils.escapeHtml(src);
  return `<a href="${href}">${description || href}</a>`;
};

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
  allowedSchemesByTag: { img: [] },
  allowProtocolRelative: false,
  disallowedTagsMode: 'escape',
  // The second layer for images: whatever produced it, an <img> not from our storage is dropped.
  exclusiveFilter: (frame) => frame.tag === 'img' && !isOwnFileUrl(frame.attribs.src),
  transformTags: {
    // Links leave the portal in a new tab without handing it a window.opener.
    a: sanitizeHtml.simpleTransform('a', { rel: 'noopener noreferrer nofollow', target: '_blank' }),
  },
};
SANITIZE.allowedAttributes = { ...(SANITIZE.allowedAttributes as object), a: ['href', 'title', 'rel', 'target'] };

/** The second layer on its own: HTML reduced to the allow-list (exported for its tests). */
export function sanitizeRenderedHtml(html: string): string {
  return sanitizeHtml(html, SANITIZE);
}

export function renderMarkdown(source: string): string {
  return sanitizeRenderedHtml(markdown.render(source ?? ''));
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
