// util.inspect accessors: [Getter], [Setter], [Getter/Setter], and the getters option values.
'use strict';
const { inspect } = require('util');
const obj = {
  get a() { return 1; },
  set b(v) {},
  get c() { return 2; },
  set c(v) {},
};
console.log(inspect(obj));
console.log(inspect(obj, { getters: true }));
console.log(inspect(obj, { getters: 'get' }));
console.log(inspect(obj, { getters: 'set' }));
console.log(inspect({ get o() { return { x: 1 }; }, get n() { return null; }, get s() { return 'str'; } }, { getters: true }));
console.log(inspect({ get t() { throw new Error('nope'); } }, { getters: true }));
class K { get v() { return 1; } }
console.log(inspect(new K()));
