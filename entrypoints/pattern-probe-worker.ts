// The worker thread that runs the reader's theme patterns on an article first, under the time budget of
// whoever started it (lib/themes/pattern-probe.ts). Started by the Firefox background page, and in
// Chrome by the offscreen document (a service worker cannot start workers).
import { serveProbe, type ProbeProgress } from '@/lib/themes/pattern-probe';

export default defineUnlistedScript(() => {
  serveProbe(self as unknown as { onmessage: ((event: { data: unknown }) => void) | null; postMessage(progress: ProbeProgress): void });
});
