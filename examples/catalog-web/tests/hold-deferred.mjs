// A loopback proxy in front of the API that holds back the deferred parts of a multipart/mixed answer: the first part
// (the initial payload) goes through at once, the rest waits until release(). The browser check routes the page's
// GraphQL requests through it, so "the page shows its main content before the deferred part arrives" is observed
// deterministically, not by racing a fast local server. Everything else passes through unchanged.
import { createServer, request as httpRequest } from 'node:http';

const delimiter = Buffer.from('\r\n---');

export async function holdDeferredParts(apiUrl) {
  const api = new URL(apiUrl);
  const seen = [];
  let release;
  const released = new Promise((resolve) => { release = resolve; });
  let onHeld;
  const held = new Promise((resolve) => { onHeld = resolve; });

  const server = createServer((incoming, outgoing) => {
    const headers = { ...incoming.headers, host: api.host };
    const upstream = httpRequest({ host: api.hostname, port: api.port, path: api.pathname + api.search, method: incoming.method, headers }, (answer) => {
      const type = String(answer.headers['content-type'] ?? '');
      const exchange = { accept: String(incoming.headers.accept ?? ''), type, parts: 0 };
      seen.push(exchange);
      const { 'content-length': _length, 'transfer-encoding': _encoding, ...rest } = answer.headers;
      outgoing.writeHead(answer.statusCode ?? 502, rest);
      if (!type.startsWith('multipart/mixed')) {
        answer.pipe(outgoing);
        return;
      }
      // The body opens with the delimiter, and each part is followed by one: a client reads a part when the delimiter
      // after it arrives, so the first part goes with the delimiter that closes it, and the rest is held.
      let buffered = Buffer.alloc(0);
      let first = true;
      answer.on('data', (chunk) => {
        buffered = Buffer.concat([buffered, chunk]);
        if (!first) return;
        const closing = buffered.indexOf(delimiter, delimiter.length);
        if (closing < 0) return;
        const end = closing + delimiter.length;
        outgoing.write(buffered.subarray(0, end));
        buffered = buffered.subarray(end);
        first = false;
        exchange.parts = 1;
        onHeld(exchange);
      });
      answer.on('end', async () => {
        await released;
        exchange.parts += buffered.toString('utf8').split(delimiter.toString()).length - 1;
        outgoing.end(buffered);
      });
    });
    upstream.on('error', () => outgoing.destroy());
    incoming.pipe(upstream);
  });
  await new Promise((ready) => server.listen(0, '127.0.0.1', ready));
  return {
    url: `http://127.0.0.1:${server.address().port}${api.pathname}`,
    /** Every answer that went through: the request's Accept, the answer's media type, how many payloads it carried. */
    seen,
    /** Resolves when a multipart answer's first part has been sent and the rest is being held. */
    held,
    release: () => release(),
    close: () => { release(); server.closeAllConnections(); return new Promise((done) => server.close(done)); },
  };
}
