// The page half of the pipeline (lib/read-article.ts) for reading a page in the page itself, when the
// background's reading of a copy does not fit it. Not part of the content script's first load: the
// background injects this file into the content script's world when asked (lede:load-page-half), and it
// leaves the reader where the content script looks for it.
import { readArticleSteps } from '@/lib/pipeline/page-half';

export default defineUnlistedScript(() => {
  (globalThis as { __ledePageHalf?: typeof readArticleSteps }).__ledePageHalf = readArticleSteps;
});
