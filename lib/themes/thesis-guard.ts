// What may never be the thesis, however well it scores: lines that belong to the page around the story
// (captions, credits, bylines, datelines, timestamps) and pull quotes, which repeat a voice, not the point.

/** Shortest thesis sentence, in words: shorter lines are headings, captions and datelines. */
export const MIN_THESIS_WORDS = 8;

/** Caption and credit lines: named as such, or carrying a picture agency's credit. */
const CAPTION_OR_CREDIT =
  /^(?:media |image |photo |video )?(?:caption|credit|copyright|source|photograph|photo|picture|image|illustration|file photo)\b\s*[:(—–-]|^©|\bcopyright\s*(?:©|\(c\)|\d{4})|\b(?:getty images|shutterstock|ap photo|afp via|reuters\/|via reuters|photo by|photograph by|image by|pictured\b)/i;
/** Bylines and timestamps: "By Jane Doe", "Updated 10:42 GMT", "Published 3 hours ago". */
const BYLINE_OR_STAMP = /^(?:by\s+\p{Lu}[\p{L}.'-]*(?:\s+\p{Lu}[\p{L}.'-]*){0,3}\s*(?:$|[,|•·]|and\b)|(?:updated|published|posted|last modified)\b)/iu;
/** A photo's caption written as a sentence: who stands where ("(L)", ", left,") or the shot's full date at the end. */
const PHOTO_CAPTION = /\((?:L|R|C|left|right|cent(?:er|re)|pictured)\)|,\s*(?:left|right|cent(?:er|re)|second (?:from )?(?:left|right))\b[^,]*,|\bon \p{L}+day,? \p{L}+\.? \d{1,2},? \d{4}\.$/u;
/** A sentence that opens on a quotation mark: a pull quote, or a voice rather than the story's point. */
const OPENS_QUOTED = /^\s*["“‘'«]/;

function words(text: string): number {
  return text.split(/\s+/).filter((w) => /[\p{L}\p{N}]/u.test(w)).length;
}

/** Whether a sentence may state the article's point (not a caption, credit, byline, dateline or pull quote). */
export function mayStateThesis(sentence: string): boolean {
  const text = sentence.trim();
  if (words(text) < MIN_THESIS_WORDS) return false;
  return !CAPTION_OR_CREDIT.test(text) && !BYLINE_OR_STAMP.test(text) && !OPENS_QUOTED.test(text) && !PHOTO_CAPTION.test(text);
}

/**
 * A dateline opening the lede: a place in capitals or "Town, State." (an agency in brackets may follow),
 * then a dash: "WASHINGTON (Reuters) - ", "Dekalb, Ill. — ".
 */
const LEADING_DATELINE = /^(?:\p{Lu}{2,}[\p{Lu}\s.,'’-]{0,30}|\p{Lu}[\p{L}'’-]+(?:\s\p{Lu}[\p{L}'’-]+){0,2},\s\p{Lu}[\p{L}.]{1,12})(?:\s*\([^)]{1,30}\))?\s+[—–-]{1,2}\s+(?=\p{Lu}|["“‘])/u;

/** How many characters of a dateline open the sentence (0 when none does). */
export function leadingDatelineLength(sentence: string): number {
  return LEADING_DATELINE.exec(sentence)?.[0].length ?? 0;
}
