'use strict';
// util.types: brand checks. Engine-internal kinds come from QuickJS's class name (internalBinding('util')),
// so a forged Symbol.toStringTag or a changed prototype cannot fool them.

const { getClassName, getPromiseState, getProxyDetails } = internalBinding('util');

const TypedArrayPrototype = Object.getPrototypeOf(Uint8Array.prototype);
const typedArrayTag = Object.getOwnPropertyDescriptor(TypedArrayPrototype, Symbol.toStringTag).get;

function isObjectLike(value) {
  return (typeof value === 'object' && value !== null) || typeof value === 'function';
}

function classIs(name) {
  return (value) => isObjectLike(value) && getClassName(value) === name;
}

function classIn(...names) {
  const set = new Set(names);
  return (value) => isObjectLike(value) && set.has(getClassName(value));
}

// crypto's key classes are plain JS classes: their own toStringTag identifies them.
function hasTag(value, tag) {
  return isObjectLike(value) && Object.prototype.toString.call(value) === `[object ${tag}]`;
}

function typedArrayKind(value) {
  return isObjectLike(value) ? typedArrayTag.call(value) : undefined;
}

function isTypedArray(value) {
  return typedArrayKind(value) !== undefined;
}

function kindIs(name) {
  return (value) => typedArrayKind(value) === name;
}

const isArrayBuffer = classIs('ArrayBuffer');
const isSharedArrayBuffer = classIs('SharedArrayBuffer');
const isDataView = classIs('DataView');

function isArrayBufferView(value) {
  return ArrayBuffer.isView(value);
}

function isAnyArrayBuffer(value) {
  return isArrayBuffer(value) || isSharedArrayBuffer(value);
}

function isPromise(value) {
  return getPromiseState(value) !== -1;
}

function isProxy(value) {
  return getProxyDetails(value) !== undefined;
}

const isNumberObject = classIs('Number');
const isStringObject = classIs('String');
const isBooleanObject = classIs('Boolean');
const isBigIntObject = classIs('BigInt');
const isSymbolObject = classIs('Symbol');

function isBoxedPrimitive(value) {
  return isNumberObject(value) || isStringObject(value) || isBooleanObject(value) ||
    isBigIntObject(value) || isSymbolObject(value);
}

function isNativeError(value) {
  return !isProxy(value) && classIs('Error')(value);
}

function isAsyncFunction(value) {
  return typeof value === 'function' && classIn('AsyncFunction', 'AsyncGeneratorFunction')(value);
}

function isGeneratorFunction(value) {
  return typeof value === 'function' && classIn('GeneratorFunction', 'AsyncGeneratorFunction')(value);
}

// Key order follows node's util.types.
module.exports = {
  isExternal: () => false,
  isDate: classIs('Date'),
  isArgumentsObject: classIn('Arguments', 'Mapped Arguments'),
  isBigIntObject,
  isBooleanObject,
  isNumberObject,
  isStringObject,
  isSymbolObject,
  isNativeError,
  isRegExp: classIs('RegExp'),
  isAsyncFunction,
  isGeneratorFunction,
  isGeneratorObject: classIn('Generator', 'AsyncGenerator'),
  isPromise,
  isMap: classIs('Map'),
  isSet: classIs('Set'),
  isMapIterator: classIs('Map Iterator'),
  isSetIterator: classIs('Set Iterator'),
  isWeakMap: classIs('WeakMap'),
  isWeakSet: classIs('WeakSet'),
  isArrayBuffer,
  isDataView,
  isSharedArrayBuffer,
  isProxy,
  isModuleNamespaceObject: classIs('Module'),
  isAnyArrayBuffer,
  isBoxedPrimitive,
  isArrayBufferView,
  isTypedArray,
  isUint8Array: kindIs('Uint8Array'),
  isUint8ClampedArray: kindIs('Uint8ClampedArray'),
  isUint16Array: kindIs('Uint16Array'),
  isUint32Array: kindIs('Uint32Array'),
  isInt8Array: kindIs('Int8Array'),
  isInt16Array: kindIs('Int16Array'),
  isInt32Array: kindIs('Int32Array'),
  isFloat32Array: kindIs('Float32Array'),
  isFloat64Array: kindIs('Float64Array'),
  isBigInt64Array: kindIs('BigInt64Array'),
  isBigUint64Array: kindIs('BigUint64Array'),
  isKeyObject: (value) => hasTag(value, 'KeyObject'),
  isCryptoKey: (value) => hasTag(value, 'CryptoKey'),
};
