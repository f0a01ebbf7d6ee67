/** A block flagged as sponsored, ad or paid placement: the innermost element holding the whole unit. */
export interface SponsoredBlock {
  el: Element;
  reasons: string[];
}

/** Every sponsored unit in the document, outermost-first order of the document. (Stub.) */
export function findSponsored(_doc: Document): SponsoredBlock[] {
  return [];
}
