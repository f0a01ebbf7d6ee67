// The page half of the pipeline (lib/pipeline/page-half.ts), for reading the page in the page. Not part
// of the content script's first load: the background injects this file into the content script's world
// when an article is to be read (lede:load-page-half), and it leaves the reader where the content script
// looks for it.
import { readArticleSteps } from '@/lib/pipeline/page-half';

export default defineUnlistedScript(() => {
  (globalThis as { __ledePageHalf?: typeof readArticleSteps }).__ledePageHalf = readArticleSteps;
});
