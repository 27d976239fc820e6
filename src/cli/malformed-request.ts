// What is wrong with a request Node's HTTP parser refuses, as data: the part of HTTP/1.1 it
// breaks, named in the refusal (bad-request's `what`), so that a client is told what to mend, not
// only that something is wrong. The parser's codes are llhttp's; where one code stands for several
// faults, the bytes of the request's head, or the parser's own reason, tell which.

/** A method's characters, a token (RFC 9110 section 5.6.2). */
const TOKEN = "[!#$%&'*+.^_`|~0-9A-Za-z-]+";
const METHOD = new RegExp(`^${TOKEN}$`, 'u');
/** A request line with a space inside its address: four words or more, "GET /a b HTTP/1.1". */
const SPACE_IN_TARGET = new RegExp(`^${TOKEN} [^ ]+ [^\\r\\n]* HTTP\\/\\d`, 'u');

/** Whether a request line's first word is a method's token. */
export function isMethodToken(word: string): boolean {
  return METHOD.test(word);
}

/** The faults a refusal names; the catalogues word each (bad-request in src/i18n/*-errors.ts). */
export type MalformedPart = 'length-and-chunked' | 'content-length' | 'transfer-encoding' | 'chunk-size' | 'header-name' | 'header-value' | 'folded-header' | 'line-end' | 'target' | 'host';

/**
 * The fault of a request the parser refused with `code` (HPE_…), `reason` its words, `head` the
 * bytes of the request as far as they came; undefined when none of these is known (bytes that are
 * no request line at all).
 */
export function malformedPart(code: string | undefined, reason: string | undefined, head: Buffer): MalformedPart | undefined {
  const text = head.toString('latin1');
  // A line break without its CR before it, in the head (the body may hold any bytes).
  const headEnd = text.search(/\r?\n\r?\n/u);
  const bareLf = /(^|[^\r])\n/u.test(headEnd < 0 ? text : text.slice(0, headEnd + 2));
  // Which of the two the parser met first decides its code, not which is wrong.
  const both = /\ncontent-length[ \t]*:/iu.test(text) && /\ntransfer-encoding[ \t]*:/iu.test(text);
  switch (code) {
    case 'HPE_INVALID_TRANSFER_ENCODING':
      return both ? 'length-and-chunked' : 'transfer-encoding';
    case 'HPE_INVALID_CONTENT_LENGTH':
    case 'HPE_UNEXPECTED_CONTENT_LENGTH':
      return both ? 'length-and-chunked' : 'content-length';
    case 'HPE_INVALID_CHUNK_SIZE':
      return 'chunk-size';
    case 'HPE_INVALID_HEADER_TOKEN':
      return /whitespace/iu.test(reason ?? '') ? 'folded-header' : /value/iu.test(reason ?? '') ? 'header-value' : 'header-name';
    case 'HPE_INVALID_URL':
      return 'target';
    case 'HPE_CR_EXPECTED':
    case 'HPE_LF_EXPECTED':
    case 'HPE_STRICT':
    case 'HPE_INVALID_VERSION':
    case 'HPE_INVALID_CONSTANT':
      if (bareLf) return 'line-end';
      return code === 'HPE_INVALID_CONSTANT' && SPACE_IN_TARGET.test(text) ? 'target' : undefined;
    default:
      return undefined;
  }
}

/** Whether a Host header value names a host ("127.0.0.1:8080", "[::1]", "example.com"), as HTTP/1.1 requires of one. */
export function namesHost(host: string | undefined): boolean {
  return host !== undefined && host !== '' && !/[\s/\\?#@]/u.test(host) && URL.canParse(`http://${host}/`);
}
