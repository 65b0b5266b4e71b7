// util.parseArgs: short/long/grouped options, multiple, defaults, negation, tokens, positionals and every error code.
'use strict';
require('../common');
const { parseArgs } = require('util');
function t(cfg) {
  try {
    console.log(JSON.stringify(parseArgs(cfg)));
  } catch (e) {
    console.log(e.name, e.code, JSON.stringify(e.message));
  }
}
t({args:['-f','--bar','b','pos'], options:{foo:{type:'boolean',short:'f'},bar:{type:'string'}}, allowPositionals:true});
t({args:['--no-color'], options:{color:{type:'boolean'}}, allowNegative:true});
t({args:['--no-color'], options:{color:{type:'boolean'}}});
t({args:['-abc'], options:{a:{type:'boolean'},b:{type:'boolean'},c:{type:'string'}}});
t({args:['-abcval'], options:{a:{type:'boolean'},b:{type:'string'}}});
t({args:['--bar','-x'], options:{bar:{type:'string'}}});
t({args:['-b','-x'], options:{bar:{type:'string',short:'b'}}});
t({args:['--bar'], options:{bar:{type:'string',short:'b'}}});
t({args:['--foo=1'], options:{foo:{type:'boolean'}}});
t({args:['x'], options:{}});
t({args:['--x'], options:{}, allowPositionals:true});
t({args:['--x', '--', '-y'], options:{x:{type:'boolean'}}, tokens:true, allowPositionals:true});
t({args:['-vvv'], options:{v:{type:'boolean', multiple:true}}});
t({args:[], options:{v:{type:'string', default:'d'}, w:{type:'boolean', multiple:true, default:[true]}}});
t({args:['-u','-1'], options:{u:{type:'string'}}, strict:false});
t({args:['--q'], strict:false, tokens:true});
t({options:{a:{type:'number'}}});
t({options:{a:{type:'string', short:'ab'}}});
t({options:{a:{type:'string', default:1}}});
t({options:{a:1}});
t({args:'x'});
t({args:['-1'], options:{}, allowPositionals:true});
t({args:['--__proto__'], options:{}, strict:false});
t({args:['--a=b=c','-'], options:{a:{type:'string'}}, allowPositionals:true, tokens:true});
