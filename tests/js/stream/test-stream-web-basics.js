// stream/web basics: ReadableStream pull/queue, TransformStream flush, pipeTo, tee, and node<->web adapters.
'use strict';
const { ReadableStream, WritableStream, TransformStream, CountQueuingStrategy } = require('stream/web');
const { Readable, Writable } = require('stream');
const log = (...a) => console.log(...a);
(async () => {
  const rs = new ReadableStream({ start(c) { c.enqueue('a'); c.enqueue('b'); c.close(); } });
  log(rs.locked, Object.prototype.toString.call(rs));
  for await (const x of rs) log('chunk', x);
  let i = 0;
  const pulled = new ReadableStream({ pull(c) { log('pull', i, c.desiredSize); if (i < 3) c.enqueue(i++); else c.close(); } }, { highWaterMark: 2 });
  const reader = pulled.getReader();
  let r; while (!(r = await reader.read()).done) log('read', r.value);
  const out = [];
  const ws = new WritableStream({ write(chunk) { out.push(chunk); return new Promise((res) => setTimeout(res, 1)); }, close() { log('sink close', out); } });
  const ts = new TransformStream({ transform(chunk, c) { c.enqueue(chunk.toUpperCase()); }, flush(c) { c.enqueue('END'); } });
  await ReadableStream.from(['x', 'y']).pipeThrough(ts).pipeTo(ws);
  log('piped');
  const w = new WritableStream({ write() {} }, new CountQueuingStrategy({ highWaterMark: 2 }));
  const writer = w.getWriter();
  log('desired', writer.desiredSize); writer.write(1); log('desired', writer.desiredSize);
  await writer.close(); log('closed');
  const errored = new ReadableStream({ start(c) { c.error(new Error('bad source')); } });
  try { await errored.getReader().read(); } catch (e) { log('read error', e.message); }
  try { rs.getReader(); } catch (e) { log('locked?', e.code); }
  const [b1, b2] = ReadableStream.from([1, 2]).tee();
  const arr1 = []; for await (const v of b1) arr1.push(v);
  const arr2 = []; for await (const v of b2) arr2.push(v);
  log('tee', arr1, arr2);
  const web = Readable.toWeb(Readable.from(['n1', 'n2'], { objectMode: true }));
  const got = []; for await (const v of web) got.push(v); log('toWeb', got);
  const back = Readable.fromWeb(ReadableStream.from(['w1', 'w2']), { objectMode: true });
  log('fromWeb', await back.toArray());
  const sinkChunks = [];
  const nodeW = new Writable({ objectMode: true, write(c, e, cb) { sinkChunks.push(c); cb(); } });
  await ReadableStream.from(['p', 'q']).pipeTo(Writable.toWeb(nodeW));
  log('Writable.toWeb', sinkChunks);
  const collected = [];
  const fw = Writable.fromWeb(new WritableStream({ write(c) { collected.push(c); } }), { objectMode: true });
  fw.write('fw1'); fw.end('fw2', () => log('Writable.fromWeb', collected));
})();
