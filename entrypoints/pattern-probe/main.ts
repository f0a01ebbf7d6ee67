// Chrome's offscreen document for the pattern probe: a service worker cannot start a Worker, a document
// can. The background posts a probe request with a port; the probe runs in a worker thread (this
// document's own thread only keeps the time), and the runaways go back on the port.
import { findRunawayPatterns, type ProbeRequest, type ProbeWorker } from '@/lib/themes/pattern-probe';

const spawn = () => new Worker('/pattern-probe-worker.js') as unknown as ProbeWorker;

navigator.serviceWorker.addEventListener('message', (event) => {
  const port = event.ports[0];
  const request = event.data as ProbeRequest;
  if (!port || typeof request?.text !== 'string' || !Array.isArray(request.patterns)) return;
  void findRunawayPatterns(spawn, request).then((runaway) => port.postMessage({ runaway }));
});
navigator.serviceWorker.startMessages();
