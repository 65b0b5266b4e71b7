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

module.exports = {
  isAnyArrayBuffer,
  isArgumentsObject: classIn('Arguments', 'Mapped Arguments'),
  isArrayBuffer,
  isArrayBufferView,
  isAsyncFunction,
  isBigInt64Array: kindIs('BigInt64Array'),
  isBigIntObject,
  isBigUint64Array: kindIs('BigUint64Array'),
  isBooleanObject,
  isBoxedPrimitive,
  isDataView,
  isDate: classIs('Date'),
  isExternal: () => false,
  isFloat32Array: kindIs('Float32Array'),
  isFloat64Array: kindIs('Float64Array'),
  isGeneratorFunction,
  isGeneratorObject: classIn('Generator', 'AsyncGenerator'),
  isInt16Array: kindIs('Int16Array'),
  isInt32Array: kindIs('Int32Array'),
  isInt8Array: kindIs('Int8Array'),
  isMap: classIs('Map'),
  isMapIterator: classIs('Map Iterator'),
  isModuleNamespaceObject: classIs('Module'),
  isNativeError,
  isNumberObject,
  isPromise,
  isProxy,
  isRegExp: classIs('RegExp'),
  isSet: classIs('Set'),
  isSetIterator: classIs('Set Iterator'),
  isSharedArrayBuffer,
  isStringObject,
  isSymbolObject,
  isTypedArray,
  isUint16Array: kindIs('Uint16Array'),
  isUint32Array: kindIs('Uint32Array'),
  isUint8Array: kindIs('Uint8Array'),
  isUint8ClampedArray: kindIs('Uint8ClampedArray'),
  isWeakMap: classIs('WeakMap'),
  isWeakSet: classIs('WeakSet'),
};
