// Sites where Lede stays off unless the reader turns it on: webmail, banking and payments, document
// editors. Reading private mail or a bank statement "critically" is not the job, and these pages are
// heavy, live and private. A host matches an entry when it is that domain or a subdomain of it.
export interface SensitiveSite {
  domain: string;
  kind: 'webmail' | 'banking' | 'documents';
}

export const SENSITIVE_SITES: readonly SensitiveSite[] = [
  { domain: 'mail.google.com', kind: 'webmail' },
  { domain: 'outlook.live.com', kind: 'webmail' },
  { domain: 'outlook.office.com', kind: 'webmail' },
  { domain: 'outlook.office365.com', kind: 'webmail' },
  { domain: 'mail.yahoo.com', kind: 'webmail' },
  { domain: 'mail.proton.me', kind: 'webmail' },
  { domain: 'app.fastmail.com', kind: 'webmail' },
  { domain: 'icloud.com', kind: 'webmail' },
  { domain: 'docs.google.com', kind: 'documents' },
  { domain: 'sheets.google.com', kind: 'documents' },
  { domain: 'drive.google.com', kind: 'documents' },
  { domain: 'onedrive.live.com', kind: 'documents' },
  { domain: 'sharepoint.com', kind: 'documents' },
  { domain: 'notion.so', kind: 'documents' },
  { domain: 'dropbox.com', kind: 'documents' },
  { domain: 'paypal.com', kind: 'banking' },
  { domain: 'chase.com', kind: 'banking' },
  { domain: 'bankofamerica.com', kind: 'banking' },
  { domain: 'wellsfargo.com', kind: 'banking' },
  { domain: 'hsbc.com', kind: 'banking' },
  { domain: 'barclays.co.uk', kind: 'banking' },
  { domain: 'revolut.com', kind: 'banking' },
  { domain: 'wise.com', kind: 'banking' },
];

/** Host name patterns that mark online banking or webmail on any domain. */
export const SENSITIVE_HOST_PATTERNS: readonly RegExp[] = [
  /^(online|secure|netbanking|ebanking|onlinebanking|banking|ib)\./i,
  /^(webmail|mail|owa)\./i,
];

export function sensitiveSite(hostname: string): SensitiveSite | { domain: string; kind: 'pattern' } | null {
  const host = hostname.toLowerCase().replace(/\.$/, '');
  const entry = SENSITIVE_SITES.find((s) => host === s.domain || host.endsWith(`.${s.domain}`));
  if (entry) return entry;
  return SENSITIVE_HOST_PATTERNS.some((p) => p.test(host)) ? { domain: host, kind: 'pattern' } : null;
}
