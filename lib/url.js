'use strict';
// url: the WHATWG URL API (lib/internal/url.js) and helpers.

const {
  URL, URLSearchParams, domainToASCII, domainToUnicode, fileURLToPath, pathToFileURL, urlToHttpOptions,
} = require('internal/url');

module.exports = {
  URL,
  URLSearchParams,
  domainToASCII,
  domainToUnicode,
  pathToFileURL,
  fileURLToPath,
  urlToHttpOptions,
};
