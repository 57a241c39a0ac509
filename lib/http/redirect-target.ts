// Where to send a browser when the address comes from a request (a sign-in page's callbackUrl,
// a form's hidden field, Auth.js's own redirects). The one rule, used by every such redirect:
// only a path on this site, judged after the browser's own normalisation, never before it.
// "/.//evil.example", "/admin/../\evil.example" and "/%2e//evil.example" all start with a
// single slash, and all become "//evil.example" (another host) once dot segments are resolved.

const BASE = "http://same-site.invalid";

/** Where the back office starts: the usual fallback after signing in. */
export const BACK_OFFICE_HOME = "/admin";

export interface RedirectTargetOptions {
  /** What to answer for anything that is not a plain path on this site. */
  fallback?: string;
  /** Paths that must not be a target either (the sign-in page after signing in would loop). */
  avoid?: readonly string[];
}

/** A path on this site, with its query and fragment, that `value` safely names; otherwise the fallback. */
export function sameSitePath(value: unknown, options: RedirectTargetOptions = {}): string {
  const { fallback = BACK_OFFICE_HOME, avoid = [] } = options;
  if (typeof value !== "string" || value.length > 2048) return fallback;
  // Browsers drop tabs and line breaks inside addresses and read "\" as "/": any of them, or a
  // space at either end, means the text is not the path it looks like.
  if (/[\u0000-\u001f\u007f\\]/.test(value) || value.trim() !== value) return fallback;
  if (!value.startsWith("/") || value.startsWith("//")) return fallback;
  if (!URL.canParse(value, BASE)) return fallback;
  const url = new URL(value, BASE);
  if (url.origin !== BASE) return fallback;
  const path = `${url.pathname}${url.search}${url.hash}`;
  // Normalised, the path may now begin with two slashes: a browser would read another host.
  if (path.startsWith("//")) return fallback;
  // And it must mean the same once more: what we send is what the browser will resolve.
  if (new URL(path, BASE).href !== url.href) return fallback;
  if (avoid.includes(url.pathname)) return fallback;
  return path;
}

/**
 * Where an editor's Markdown link may point: the web (http, https), an e-mail address, a path
 * on this site or a place on the page. Anything else, `javascript:` and also "//host" and
 * "/\host" (which browsers read as another site), loses its link and stays as text: "".
 */
export function safeLinkTarget(href: string): string {
  const value = href.replace(/[\t\n\r]/g, "").trim();
  if (/^(https?|mailto):/i.test(value)) return value;
  if (value.startsWith("#")) return value;
  return sameSitePath(value, { fallback: "" });
}

/**
 * Auth.js's redirect callback: `url` may be absolute (on this site or not) or a path. Always
 * answers an absolute address on `baseUrl`.
 */
export function sameSiteUrl(url: string, baseUrl: string): string {
  const base = new URL(baseUrl);
  let candidate: string = url;
  if (URL.canParse(url) && !url.startsWith("/")) {
    const absolute = new URL(url);
    candidate = absolute.origin === base.origin ? `${absolute.pathname}${absolute.search}${absolute.hash}` : "";
  }
  return `${base.origin}${sameSitePath(candidate)}`;
}
