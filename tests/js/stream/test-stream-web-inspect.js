// Web stream objects inspect like node's: name plus a state summary.
'use strict';
const { ReadableStream, WritableStream, TransformStream, CountQueuingStrategy } = require('stream/web');
const rs = new ReadableStream();
console.log(rs);
console.log(rs.getReader());
console.log(new WritableStream());
console.log(new WritableStream().getWriter());
console.log(new TransformStream());
console.log(new CountQueuingStrategy({ highWaterMark: 3 }));
const e = new ReadableStream({ start(c) { c.error(new Error('x')); } });
setTimeout(() => console.log(e), 1);
