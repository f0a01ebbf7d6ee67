// A small English lemmatiser for theme frames: each word of a sentence to its dictionary form ("were
// bidding" -> "be bid", "companies" -> "company", "slashed" -> "slash"), so one frame of the theme table
// ("bid for", "cut cost") finds every inflection. Rules for regular endings, a table for the common
// irregular verbs; exact for the words frames use, approximate elsewhere (which frames never see).

/** Irregular forms -> lemma: the verbs news prose uses most, and nouns whose plural is not a suffix. */
const IRREGULAR: Record<string, string> = {
  am: 'be', is: 'be', are: 'be', was: 'be', were: 'be', been: 'be', being: 'be', "'re": 'be',
  has: 'have', had: 'have', having: 'have', does: 'do', did: 'do', done: 'do',
  won: 'win', lost: 'lose', sold: 'sell', bought: 'buy', paid: 'pay', spent: 'spend', made: 'make', took: 'take',
  taken: 'take', gave: 'give', given: 'give', got: 'get', gotten: 'get', went: 'go', gone: 'go', came: 'come',
  grew: 'grow', grown: 'grow', rose: 'rise', risen: 'rise', fell: 'fall', fallen: 'fall', led: 'lead', left: 'leave',
  built: 'build', brought: 'bring', held: 'hold', kept: 'keep', met: 'meet', ran: 'run', saw: 'see', seen: 'see',
  said: 'say', told: 'tell', thought: 'think', began: 'begin', begun: 'begin', drove: 'drive', driven: 'drive',
  sank: 'sink', sunk: 'sink', shrank: 'shrink', shrunk: 'shrink', struck: 'strike', fought: 'fight', sought: 'seek',
  overtook: 'overtake', overtaken: 'overtake', undercut: 'undercut', outbid: 'outbid', bid: 'bid', hit: 'hit',
  cut: 'cut', set: 'set', put: 'put', spread: 'spread', shut: 'shut', cost: 'cost', hurt: 'hurt', let: 'let',
  lay: 'lay', laid: 'lay', broke: 'break', broken: 'break', chose: 'choose', chosen: 'choose', became: 'become',
  stood: 'stand', understood: 'understand', wrote: 'write', written: 'write', swung: 'swing', forgone: 'forgo',
  children: 'child', people: 'people', men: 'man', women: 'woman', analyses: 'analysis', crises: 'crisis',
  vying: 'vie', vied: 'vie', tying: 'tie', lying: 'lie', dying: 'die', added: 'add', adding: 'add', used: 'use',
  focused: 'focus', focusing: 'focus', biased: 'bias',
  // Words the suffix rules would cut wrongly: keep them whole.
  news: 'news', series: 'series', business: 'business', process: 'process', loss: 'loss', gas: 'gas',
  bus: 'bus', this: 'this', its: 'its', us: 'us', as: 'as', less: 'less', unless: 'unless',
  analysis: 'analysis', crisis: 'crisis', basis: 'basis', thesis: 'thesis', status: 'status', bonus: 'bonus',
  during: 'during', thing: 'thing', nothing: 'nothing', something: 'something', anything: 'anything',
  everything: 'everything', morning: 'morning', evening: 'evening', king: 'king', ring: 'ring', spring: 'spring',
  string: 'string', wing: 'wing', ceiling: 'ceiling', bring: 'bring', sing: 'sing', red: 'red', bed: 'bed',
  need: 'need', speed: 'speed', seed: 'seed', feed: 'feed', indeed: 'indeed', hundred: 'hundred', shed: 'shed',
};

const VOWEL = /[aeiou]/;
/** Double consonants that an -ed/-ing doubled ("slammed", "bidding"), not those of the stem ("falling"). */
const DOUBLED = /([bdgmnprt])\1$/;

/** The dictionary form of one lower-case word (approximate for words outside the rules). */
export function lemma(word: string): string {
  const irregular = IRREGULAR[word];
  if (irregular) return irregular;
  if (word.length <= 3) return word;
  if (word.endsWith('ies') && word.length > 4) return `${word.slice(0, -3)}y`;
  if (word.endsWith('ied') && word.length > 4) return `${word.slice(0, -3)}y`;
  if (/(?:ss|us|is)$/.test(word)) return word;
  if (/(?:sses|shes|ches|xes|zes)$/.test(word)) return word.slice(0, -2);
  if (word.endsWith('ing') && word.length > 5 && VOWEL.test(word.slice(0, -3))) return stem(word.slice(0, -3));
  if (word.endsWith('ed') && word.length > 4 && VOWEL.test(word.slice(0, -2))) return stem(word.slice(0, -2));
  if (word.endsWith('s') && !word.endsWith('ss')) return word.slice(0, -1);
  return word;
}

/** A stem left by -ing/-ed, made whole again: "bidd" -> "bid", "rais" -> "raise", "slash" stays. */
function stem(s: string): string {
  if (DOUBLED.test(s) && !/(?:ll|ss)$/.test(s)) return s.slice(0, -1);
  // A lost final e: consonant-vowel-consonant after a consonant ("rais", "clos", "expir", "us").
  if (/(?:[^aeiou][aeiou][cgsvz]|[aeiou][aeiou]s|at|iz|ur|ir|uc|ic|rg|ang|nc|rc|dg|bl|pl|tl|gl|kl|iv|ov|sp|qu)$/.test(s)) return `${s}e`;
  return s;
}

/** A word, a number, or one punctuation mark: frames see clause punctuation as a gap they cannot cross. */
const TOKEN = /[\p{L}\p{N}]+(?:['’.-][\p{L}\p{N}]+)*|['’]s\b|[^\s\p{L}\p{N}]/gu;

/**
 * The sentence as lemmas, one space between tokens, lower case, straight apostrophes: the text that
 * theme frames (taxonomy.ts `frames`) run on. Possessive 's stays a token of its own ("nasa 's budget").
 */
export function lemmaText(sentence: string): string {
  const lower = sentence.toLowerCase().replace(/[’‘]/g, "'").replace(/'s\b/g, " 's");
  const out: string[] = [];
  for (const m of lower.matchAll(TOKEN)) {
    const tok = m[0];
    if (tok === "'s") out.push("'s");
    else out.push(/^[\p{L}]/u.test(tok) ? lemma(tok) : tok);
  }
  return out.join(' ');
}
