/**
 * Publishing hosts that give each writer a subdomain (writer.host) but are not in the Public Suffix
 * List's private section, so the list alone would call all their blogs one site. Under these, as
 * under github.io or blogspot.com (which the list has), each subdomain is a site of its own.
 * Data only; checked with the PSL library at the time of writing (tldts 7.5).
 */
export const SHARED_HOSTS: ReadonlySet<string> = new Set([
  'substack.com', 'wordpress.com', 'medium.com', 'tumblr.com', 'ghost.io', 'beehiiv.com', 'hashnode.dev',
  'livejournal.com', 'dreamwidth.org', 'typepad.com', 'squarespace.com', 'weebly.com', 'strikingly.com',
  'over-blog.com', 'jimdofree.com', 'tistory.com', 'home.blog', 'micro.blog', 'mataroa.blog', 'write.as',
]);
