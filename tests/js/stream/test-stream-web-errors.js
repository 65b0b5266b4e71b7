// Web stream misuse errors: locked streams, closed controllers, bad options (codes and classes as node).
'use strict';
const { ReadableStream, WritableStream, TransformStream, CountQueuingStrategy } = require('stream/web');
const show = (label, fn) => { try { const r = fn(); if (r && r.then) return r.then(() => console.log(label, 'ok'), (e) => console.log(label, 'rejects', e.name, e.code)); console.log(label, 'ok'); } catch (e) { console.log(label, 'throws', e.name, e.code); } };
(async () => {
  const rs = new ReadableStream(); rs.getReader();
  show('getReader locked', () => rs.getReader());
  await show('cancel locked', () => rs.cancel());
  await show('pipeTo locked', () => rs.pipeTo(new WritableStream()));
  show('bad type', () => new ReadableStream({ type: 'nope' }));
  show('bad hwm', () => new ReadableStream({}, { highWaterMark: -1 }));
  show('bad mode', () => new ReadableStream().getReader({ mode: 'x' }));
  const c = await new Promise((res) => new ReadableStream({ start(c) { res(c); } }));
  c.close();
  show('enqueue after close', () => c.enqueue(1));
  show('close twice', () => c.close());
  const ws = new WritableStream(); const w = ws.getWriter();
  await show('abort locked', () => ws.abort());
  await w.close();
  show('strategy missing hwm', () => new CountQueuingStrategy({}));
  show('reader on non-stream', () => new (require('stream/web').ReadableStreamDefaultReader)({}));
})();
