// Server-action requests that no form of ours sends, answered 400 or 413 with a reason before
// Next.js decodes them: Next answers its own body-size error, a nesting a thousand deep or an
// action called without its form with a bare 500 (issue 21, finding 7). Every action of this
// site that takes arguments takes a form's fields, so its requests are multipart/form-data: a
// JavaScript call (Next-Action header, React's encoded reply) and a form posted without
// JavaScript alike. An action that reads no argument (signing out) is called with a plain-text
// reply instead: Next.js leaves unused arguments out, and says which ones in the action's id.

/** The most any form of ours sends, but a file upload. */
export const ACTION_BODY_LIMIT_BYTES = 1024 * 1024;
/**
 * A bill's text file (at most 40 MB, lib/bill-text/schema.ts) with the form around it. Next.js's
 * own limits (serverActions.bodySizeLimit, proxyClientMaxBodySize in next.config.ts) are this,
 * for every action: the proxy holds every other address to ACTION_BODY_LIMIT_BYTES.
 */
export const TEXT_UPLOAD_BODY_LIMIT_BYTES = 45 * 1024 * 1024;
/** Deeper than any form of ours could make; React decodes nesting recursively. */
export const MAX_NESTING = 32;

export interface ActionRefusal {
  status: 400 | 413;
  message: string;
}

const TOO_LARGE: ActionRefusal = {
  status: 413,
  message: "This form is larger than 1 MB, the most this site accepts. Shorten the longest text and send it again.",
};
const UPLOAD_TOO_LARGE: ActionRefusal = {
  status: 413,
  message: "This upload is larger than 45 MB, the most this site accepts: no bill's text file is that large. Check that you chose the bill's XML file.",
};
const NO_FORM: ActionRefusal = { status: 400, message: "This request carries no form data, so there is nothing to act on." };
const UNREADABLE: ActionRefusal = { status: 400, message: "This form's data could not be read. Reload the page and send the form again." };
const TOO_DEEP: ActionRefusal = { status: 400, message: "This form's data is nested too deeply to be one of this site's forms." };

function isMultipart(headers: Headers): boolean {
  return /^multipart\/form-data\s*;/i.test(headers.get("content-type") ?? "");
}

/** Whether Next.js would treat this request as a server action (and so decode its body). */
export function isActionRequest(method: string, pathname: string, headers: Headers): boolean {
  if (method.toUpperCase() !== "POST" || pathname.startsWith("/api/")) return false;
  return headers.has("next-action") || isMultipart(headers);
}

/**
 * Whether the action behind a Next-Action id reads any of its arguments. Next.js writes that
 * into the id's first byte (next/dist/shared/lib/server-reference-info.js: six bits for the
 * first six arguments, one for the rest). An id of any other shape is no action of ours, and
 * is judged as one that takes a form.
 */
export function actionUsesArguments(actionId: string): boolean {
  if (!/^[0-9a-f]{42}$/i.test(actionId)) return true;
  return (Number.parseInt(actionId.slice(0, 2), 16) & 0x7f) !== 0;
}

export interface ActionBodyLimit {
  bytes: number;
  refusal: ActionRefusal;
}

const FORM_LIMIT: ActionBodyLimit = { bytes: ACTION_BODY_LIMIT_BYTES, refusal: TOO_LARGE };
const TEXT_UPLOAD_LIMIT: ActionBodyLimit = { bytes: TEXT_UPLOAD_BODY_LIMIT_BYTES, refusal: UPLOAD_TOO_LARGE };

/** The back office's page that uploads a version of a bill's text: the one form that sends a file. */
const TEXT_UPLOAD_PATH = /^\/admin\/bills\/[^/]+\/text\/?$/;

/** How large an action's body may be at this address. */
export function actionBodyLimit(pathname: string): ActionBodyLimit {
  return TEXT_UPLOAD_PATH.test(pathname) ? TEXT_UPLOAD_LIMIT : FORM_LIMIT;
}

/** What can be refused from the headers alone. */
export function actionHeadersRefusal(headers: Headers, limit: ActionBodyLimit = FORM_LIMIT): ActionRefusal | null {
  const length = Number(headers.get("content-length") ?? "0");
  if (Number.isFinite(length) && length > limit.bytes) return limit.refusal;
  const action = headers.get("next-action");
  if (!isMultipart(headers) && (action === null || actionUsesArguments(action))) return NO_FORM;
  return null;
}

/** How deeply `text` nests JSON arrays and objects, reading strings as strings. Stops counting past `limit`. */
export function nestingDepth(text: string, limit: number = MAX_NESTING + 1): number {
  let depth = 0;
  let deepest = 0;
  let inString = false;
  for (let index = 0; index < text.length; index += 1) {
    const character = text[index];
    if (inString) {
      if (character === "\\") index += 1;
      else if (character === '"') inString = false;
    } else if (character === '"') inString = true;
    else if (character === "[" || character === "{") {
      depth += 1;
      if (depth > deepest) deepest = depth;
      if (deepest >= limit) return deepest;
    } else if ((character === "]" || character === "}") && depth > 0) depth -= 1;
  }
  return deepest;
}

/** What must be refused once the body is read: its size, and nesting in any field. */
export async function actionBodyRefusal(headers: Headers, body: ArrayBuffer, limit: ActionBodyLimit = FORM_LIMIT): Promise<ActionRefusal | null> {
  if (body.byteLength > limit.bytes) return limit.refusal;
  if (!isMultipart(headers)) return nestingDepth(new TextDecoder().decode(body)) > MAX_NESTING ? TOO_DEEP : null;
  let form: FormData;
  try {
    form = await new Response(body, { headers: { "content-type": headers.get("content-type") ?? "" } }).formData();
  } catch {
    return UNREADABLE;
  }
  let fields = 0;
  for (const [, value] of form.entries()) {
    fields += 1;
    if (typeof value === "string" && nestingDepth(value) > MAX_NESTING) return TOO_DEEP;
  }
  return fields === 0 ? NO_FORM : null;
}
