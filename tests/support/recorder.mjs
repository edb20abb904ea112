// A real HTTP endpoint inside the web-test-runner server, for browser tests that claim delivery.
// POST /__feelback/collect/<bucket>     records the request, answers per the bucket's fault plan (default 201)
// PUT  /__feelback/plan/<bucket>        JSON array of steps, used one per request:
//                                       { status, headers, body, delayMs, hang }; the last step repeats
// GET  /__feelback/received/<bucket>    JSON array of { method, headers, body, at, status } as received;
//                                       status is what the server answered (absent while hanging or never);
//                                       aborted: the client went away during a delayMs step
// DELETE /__feelback/received/<bucket>  forgets the bucket
const buckets = new Map();

function bucket(name) {
  if (!buckets.has(name)) buckets.set(name, { received: [], plan: [], hung: [] });
  return buckets.get(name);
}

async function readBody(req) {
  const chunks = [];
  for await (const chunk of req) chunks.push(chunk);
  return Buffer.concat(chunks).toString('utf8');
}

export function recorder() {
  return async function recorderMiddleware(ctx, next) {
    const match = /^\/__feelback\/(collect|plan|received)\/([\w-]+)/.exec(ctx.path);
    if (!match) return next();
    const [, what, name] = match;
    const b = bucket(name);
    if (what === 'plan' && ctx.method === 'PUT') {
      b.plan = JSON.parse(await readBody(ctx.req));
      ctx.status = 204;
      return;
    }
    if (what === 'received') {
      if (ctx.method === 'DELETE') {
        buckets.delete(name);
        ctx.status = 204;
        return;
      }
      ctx.type = 'application/json';
      ctx.body = JSON.stringify(b.received);
      return;
    }
    if (ctx.method === 'OPTIONS') {
      ctx.status = 204;
      return;
    }
    const text = await readBody(ctx.req);
    let body = text;
    try {
      body = JSON.parse(text);
    } catch {
      // keep the raw text: a test may assert on a malformed body
    }
    const record = { method: ctx.method, headers: ctx.headers, body, at: Date.now() };
    b.received.push(record);
    const step = (b.plan.length > 1 ? b.plan.shift() : b.plan[0]) ?? { status: 201 };
    if (step.hang) {
      // Never answer: the client's timeout has to end it. Resolve when the client goes away.
      await new Promise((resolve) => ctx.req.on('close', resolve));
      return;
    }
    if (step.delayMs) {
      // A client that goes away while we wait (an aborted fetch, an unloaded page without keepalive)
      // is marked `aborted`: it never saw the answer.
      const gone = () => {
        if (!ctx.res.writableFinished) record.aborted = true;
      };
      ctx.res.once('close', gone);
      await new Promise((r) => setTimeout(r, step.delayMs));
      if (record.aborted) return;
    }
    ctx.status = step.status ?? 201;
    record.status = ctx.status;
    for (const [k, v] of Object.entries(step.headers ?? {})) ctx.set(k, String(v));
    ctx.type = 'application/json';
    ctx.body = JSON.stringify(step.body ?? {});
  };
}
