'use strict';
// util.parseArgs: splits argv into option / positional / option-terminator tokens, then checks them
// against the configured options (in strict mode) and builds `{ values, positionals, tokens? }`.

const {
  codes: {
    ERR_INVALID_ARG_VALUE, ERR_PARSE_ARGS_INVALID_OPTION_VALUE, ERR_PARSE_ARGS_UNEXPECTED_POSITIONAL,
    ERR_PARSE_ARGS_UNKNOWN_OPTION,
  },
} = require('internal/errors');
const {
  validateArray, validateBoolean, validateBooleanArray, validateObject, validateString, validateStringArray,
  validateUnion,
} = require('internal/validators');

const hasOwn = (obj, key) => Object.prototype.hasOwnProperty.call(obj, key);
const getOwn = (obj, key) => (hasOwn(obj, key) ? obj[key] : undefined);

// Arguments after the executable and the script (only the executable for -e / -p).
function getMainArgs() {
  const evalFlags = ['-e', '--eval', '-p', '--print'];
  if (process.execArgv.some((arg) => evalFlags.includes(arg) || /^--(eval|print)=/.test(arg))) {
    return process.argv.slice(1);
  }
  return process.argv.slice(2);
}

function optionType(options, name) {
  return hasOwn(options, name) ? getOwn(options[name], 'type') : undefined;
}

function longForShort(short, options) {
  for (const name of Object.keys(options)) {
    if (getOwn(options[name], 'short') === short) return name;
  }
  return short;
}

const isLoneShortOption = (arg) => arg.length === 2 && arg[0] === '-' && arg[1] !== '-';
const isLoneLongOption = (arg) => arg.length > 2 && arg.startsWith('--') && !arg.includes('=', 3);
const isLongOptionAndValue = (arg) => arg.length > 2 && arg.startsWith('--') && arg.includes('=', 3);
const isOptionValue = (value) => value != null;
const isOptionLikeValue = (value) => value != null && value.length > 1 && value[0] === '-';

function isShortGroupOrValue(arg) {
  return arg.length > 2 && arg[0] === '-' && arg[1] !== '-';
}

function argsToTokens(args, options, allowNegative) {
  const tokens = [];
  let index = -1;
  let groupCount = 0;
  const remaining = args.slice();
  const longName = (raw) => {
    const name = raw.slice(2);
    return allowNegative && name.startsWith('no-') ? name.slice(3) : name;
  };
  while (remaining.length > 0) {
    const arg = remaining.shift();
    const next = remaining[0];
    if (groupCount > 0) groupCount--;
    else index++;

    if (arg === '--') {
      tokens.push({ kind: 'option-terminator', index });
      for (const rest of remaining) tokens.push({ kind: 'positional', index: ++index, value: rest });
      break;
    }
    if (isLoneShortOption(arg)) {
      const name = longForShort(arg[1], options);
      let value;
      let inlineValue;
      if (optionType(options, name) === 'string' && isOptionValue(next)) {
        value = remaining.shift();
        inlineValue = false;
      }
      tokens.push({ kind: 'option', name, rawName: arg, index, value, inlineValue });
      if (value != null) ++index;
      continue;
    }
    if (isShortGroupOrValue(arg)) {
      const first = longForShort(arg[1], options);
      if (optionType(options, first) === 'string') {
        tokens.push({ kind: 'option', name: first, rawName: `-${arg[1]}`, index, value: arg.slice(2),
                      inlineValue: true });
        continue;
      }
      // A group like -abc expands to -a -b -c; a string option inside takes the rest as its value.
      const expanded = [];
      for (let i = 1; i < arg.length; i++) {
        const name = longForShort(arg[i], options);
        if (optionType(options, name) !== 'string' || i === arg.length - 1) {
          expanded.push(`-${arg[i]}`);
        } else {
          expanded.push(`-${arg[i]}${arg.slice(i + 1)}`);
          break;
        }
      }
      remaining.unshift(...expanded);
      groupCount = expanded.length;
      continue;
    }
    if (isLoneLongOption(arg)) {
      const name = longName(arg);
      let value;
      let inlineValue;
      if (optionType(options, name) === 'string' && isOptionValue(next)) {
        value = remaining.shift();
        inlineValue = false;
      }
      tokens.push({ kind: 'option', name, rawName: arg, index, value, inlineValue });
      if (value != null) ++index;
      continue;
    }
    if (isLongOptionAndValue(arg)) {
      const equals = arg.indexOf('=');
      const rawName = arg.slice(0, equals);
      tokens.push({ kind: 'option', name: longName(rawName), rawName, index, value: arg.slice(equals + 1),
                    inlineValue: true });
      continue;
    }
    tokens.push({ kind: 'positional', index, value: arg });
  }
  return tokens;
}

function isNegated(token, allowNegative) {
  return allowNegative && token.rawName.startsWith('--no-') && token.rawName.slice(5) === token.name;
}

function checkOptionUsage(config, token) {
  const { options, allowPositionals, allowNegative } = config;
  if (!hasOwn(options, token.name) ||
      (isNegated(token, allowNegative) && optionType(options, token.name) !== 'boolean')) {
    throw new ERR_PARSE_ARGS_UNKNOWN_OPTION(token.rawName, allowPositionals);
  }
  const short = getOwn(options[token.name], 'short');
  const shortAndLong = `${short ? `-${short}, ` : ''}--${token.name}`;
  const type = optionType(options, token.name);
  if (type === 'string' && typeof token.value !== 'string') {
    throw new ERR_PARSE_ARGS_INVALID_OPTION_VALUE(`Option '${shortAndLong} <value>' argument missing`);
  }
  if (type === 'boolean' && token.value != null) {
    throw new ERR_PARSE_ARGS_INVALID_OPTION_VALUE(`Option '${shortAndLong}' does not take an argument`);
  }
}

function checkOptionLikeValue(token) {
  if (token.inlineValue || !isOptionLikeValue(token.value)) return;
  const example = token.rawName.startsWith('--') ?
    `'${token.rawName}=-XYZ'` : `'--${token.name}=-XYZ' or '${token.rawName}-XYZ'`;
  throw new ERR_PARSE_ARGS_INVALID_OPTION_VALUE(
    `Option '${token.rawName}' argument is ambiguous.\n` +
    `Did you forget to specify the option argument for '${token.rawName}'?\n` +
    `To specify an option argument starting with a dash use ${example}.`);
}

function storeOption(token, options, values, allowNegative) {
  const name = token.name;
  if (name === '__proto__') return;
  const value = isNegated(token, allowNegative) ? false : (token.value ?? true);
  if (hasOwn(options, name) && getOwn(options[name], 'multiple')) {
    if (values[name] === undefined) values[name] = [value];
    else values[name].push(value);
  } else {
    values[name] = value;
  }
}

function validateOptions(options) {
  for (const [name, config] of Object.entries(options)) {
    validateObject(config, `options.${name}`);
    const type = getOwn(config, 'type');
    validateUnion(type, `options.${name}.type`, ['string', 'boolean']);
    if (hasOwn(config, 'short')) {
      const short = config.short;
      validateString(short, `options.${name}.short`);
      if (short.length !== 1) {
        throw new ERR_INVALID_ARG_VALUE(`options.${name}.short`, short, 'must be a single character');
      }
    }
    const multiple = getOwn(config, 'multiple');
    if (hasOwn(config, 'multiple')) validateBoolean(multiple, `options.${name}.multiple`);
    const defaultValue = getOwn(config, 'default');
    if (defaultValue !== undefined) {
      const label = `options.${name}.default`;
      if (type === 'string') {
        if (multiple) validateStringArray(defaultValue, label);
        else validateString(defaultValue, label);
      } else if (multiple) {
        validateBooleanArray(defaultValue, label);
      } else {
        validateBoolean(defaultValue, label);
      }
    }
  }
}

function parseArgs(config = { __proto__: null }) {
  const args = getOwn(config, 'args') ?? getMainArgs();
  const strict = getOwn(config, 'strict') ?? true;
  const allowPositionals = getOwn(config, 'allowPositionals') ?? !strict;
  const returnTokens = getOwn(config, 'tokens') ?? false;
  const allowNegative = getOwn(config, 'allowNegative') ?? false;
  const options = getOwn(config, 'options') ?? { __proto__: null };
  validateArray(args, 'args');
  validateBoolean(strict, 'strict');
  validateBoolean(allowPositionals, 'allowPositionals');
  validateBoolean(returnTokens, 'tokens');
  validateBoolean(allowNegative, 'allowNegative');
  validateObject(options, 'options');
  validateOptions(options);

  const parseConfig = { options, allowPositionals, allowNegative };
  const tokens = argsToTokens(args, options, allowNegative);
  const result = { values: { __proto__: null }, positionals: [] };
  if (returnTokens) result.tokens = tokens;
  for (const token of tokens) {
    if (token.kind === 'option') {
      if (strict) {
        checkOptionUsage(parseConfig, token);
        checkOptionLikeValue(token);
      }
      storeOption(token, options, result.values, allowNegative);
    } else if (token.kind === 'positional') {
      if (!allowPositionals) throw new ERR_PARSE_ARGS_UNEXPECTED_POSITIONAL(token.value);
      result.positionals.push(token.value);
    }
  }
  for (const [name, option] of Object.entries(options)) {
    const defaultValue = getOwn(option, 'default');
    if (defaultValue !== undefined && result.values[name] === undefined) result.values[name] = defaultValue;
  }
  return result;
}

module.exports = { parseArgs };
