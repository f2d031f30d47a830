var __create = Object.create;
var __defProp = Object.defineProperty;
var __getOwnPropDesc = Object.getOwnPropertyDescriptor;
var __getOwnPropNames = Object.getOwnPropertyNames;
var __getProtoOf = Object.getPrototypeOf;
var __hasOwnProp = Object.prototype.hasOwnProperty;
var __require = /* @__PURE__ */ ((x) => typeof require !== "undefined" ? require : typeof Proxy !== "undefined" ? new Proxy(x, {
  get: (a, b) => (typeof require !== "undefined" ? require : a)[b]
}) : x)(function(x) {
  if (typeof require !== "undefined") return require.apply(this, arguments);
  throw Error('Dynamic require of "' + x + '" is not supported');
});
var __commonJS = (cb, mod) => function __require2() {
  try {
    return mod || (0, cb[__getOwnPropNames(cb)[0]])((mod = { exports: {} }).exports, mod), mod.exports;
  } catch (e) {
    throw mod = 0, e;
  }
};
var __copyProps = (to, from, except, desc) => {
  if (from && typeof from === "object" || typeof from === "function") {
    for (let key of __getOwnPropNames(from))
      if (!__hasOwnProp.call(to, key) && key !== except)
        __defProp(to, key, { get: () => from[key], enumerable: !(desc = __getOwnPropDesc(from, key)) || desc.enumerable });
  }
  return to;
};
var __toESM = (mod, isNodeMode, target) => (target = mod != null ? __create(__getProtoOf(mod)) : {}, __copyProps(
  // If the importer is in node compatibility mode or this is not an ESM
  // file that has been converted to a CommonJS file using a Babel-
  // compatible transform (i.e. "__esModule" has not been set), then set
  // "default" to the CommonJS "module.exports" for node compatibility.
  isNodeMode || !mod || !mod.__esModule ? __defProp(target, "default", { value: mod, enumerable: true }) : target,
  mod
));

// node_modules/papaparse/papaparse.js
var require_papaparse = __commonJS({
  "node_modules/papaparse/papaparse.js"(exports, module) {
    (function(root, factory) {
      if (typeof define === "function" && define.amd) {
        define([], factory);
      } else if (typeof module === "object" && typeof exports !== "undefined") {
        module.exports = factory();
      } else {
        root.Papa = factory();
      }
    })(exports, function moduleFactory() {
      "use strict";
      var global = (function() {
        if (typeof self !== "undefined") {
          return self;
        }
        if (typeof window !== "undefined") {
          return window;
        }
        if (typeof global !== "undefined") {
          return global;
        }
        return {};
      })();
      function getWorkerBlob() {
        var URL = global.URL || global.webkitURL || null;
        var code = moduleFactory.toString();
        return Papa2.BLOB_URL || (Papa2.BLOB_URL = URL.createObjectURL(new Blob(["var global = (function() { if (typeof self !== 'undefined') { return self; } if (typeof window !== 'undefined') { return window; } if (typeof global !== 'undefined') { return global; } return {}; })(); global.IS_PAPA_WORKER=true; ", "(", code, ")();"], { type: "text/javascript" })));
      }
      var IS_WORKER = !global.document && !!global.postMessage, IS_PAPA_WORKER = global.IS_PAPA_WORKER || false;
      var workers = {}, workerIdCounter = 0;
      var Papa2 = {};
      Papa2.parse = CsvToJson;
      Papa2.unparse = JsonToCsv;
      Papa2.RECORD_SEP = String.fromCharCode(30);
      Papa2.UNIT_SEP = String.fromCharCode(31);
      Papa2.BYTE_ORDER_MARK = "\uFEFF";
      Papa2.BAD_DELIMITERS = ["\r", "\n", '"', Papa2.BYTE_ORDER_MARK];
      Papa2.WORKERS_SUPPORTED = !IS_WORKER && !!global.Worker;
      Papa2.NODE_STREAM_INPUT = 1;
      Papa2.LocalChunkSize = 1024 * 1024 * 10;
      Papa2.RemoteChunkSize = 1024 * 1024 * 5;
      Papa2.DefaultDelimiter = ",";
      Papa2.Parser = Parser;
      Papa2.ParserHandle = ParserHandle;
      Papa2.NetworkStreamer = NetworkStreamer;
      Papa2.FileStreamer = FileStreamer;
      Papa2.StringStreamer = StringStreamer;
      Papa2.ReadableStreamStreamer = ReadableStreamStreamer;
      if (typeof PAPA_BROWSER_CONTEXT === "undefined") {
        Papa2.DuplexStreamStreamer = DuplexStreamStreamer;
      }
      if (IS_PAPA_WORKER) {
        global.onmessage = workerThreadReceivedMessage;
      }
      function stripBom(string) {
        if (string.charCodeAt(0) === 65279) {
          return string.slice(1);
        }
        return string;
      }
      function CsvToJson(_input, _config) {
        _config = _config || {};
        var dynamicTyping = _config.dynamicTyping || false;
        if (isFunction(dynamicTyping)) {
          _config.dynamicTypingFunction = dynamicTyping;
          dynamicTyping = {};
        }
        _config.dynamicTyping = dynamicTyping;
        _config.transform = isFunction(_config.transform) ? _config.transform : false;
        if (_config.downloadTimeout !== void 0) {
          var downloadTimeout = parseInt(_config.downloadTimeout);
          if (isNaN(downloadTimeout)) {
            throw new Error("Config downloadTimeout value (" + _config.downloadTimeout + ") not parsable by parseInt(val).");
          }
          _config.downloadTimeout = downloadTimeout;
        }
        if (_config.worker && Papa2.WORKERS_SUPPORTED) {
          var w = newWorker();
          w.userStep = _config.step;
          w.userChunk = _config.chunk;
          w.userComplete = _config.complete;
          w.userError = _config.error;
          _config.step = isFunction(_config.step);
          _config.chunk = isFunction(_config.chunk);
          _config.complete = isFunction(_config.complete);
          _config.error = isFunction(_config.error);
          delete _config.worker;
          w.postMessage({
            input: _input,
            config: _config,
            workerId: w.id
          });
          return;
        }
        var streamer = null;
        if (_input === Papa2.NODE_STREAM_INPUT && typeof PAPA_BROWSER_CONTEXT === "undefined") {
          streamer = new DuplexStreamStreamer(_config);
          return streamer.getStream();
        } else if (typeof _input === "string") {
          _input = stripBom(_input);
          if (_config.download)
            streamer = new NetworkStreamer(_config);
          else
            streamer = new StringStreamer(_config);
        } else if (_input.readable === true && isFunction(_input.read) && isFunction(_input.on)) {
          streamer = new ReadableStreamStreamer(_config);
        } else if (global.File && _input instanceof File || _input instanceof Object)
          streamer = new FileStreamer(_config);
        return streamer.stream(_input);
      }
      function JsonToCsv(_input, _config) {
        var _quotes = false;
        var _writeHeader = true;
        var _delimiter = ",";
        var _newline = "\r\n";
        var _quoteChar = '"';
        var _escapedQuote = _quoteChar + _quoteChar;
        var _skipEmptyLines = false;
        var _columns = null;
        var _escapeFormulae = false;
        unpackConfig();
        var quoteCharRegex = new RegExp(escapeRegExp(_quoteChar), "g");
        if (typeof _input === "string")
          _input = JSON.parse(_input);
        if (Array.isArray(_input)) {
          if (!_input.length)
            return serialize(_columns, _input, _skipEmptyLines);
          else if (Array.isArray(_input[0]))
            return serialize(null, _input, _skipEmptyLines);
          else if (typeof _input[0] === "object")
            return serialize(_columns || Object.keys(_input[0]), _input, _skipEmptyLines);
        } else if (typeof _input === "object") {
          if (typeof _input.data === "string")
            _input.data = JSON.parse(_input.data);
          if (Array.isArray(_input.data)) {
            if (!_input.fields)
              _input.fields = _input.meta && _input.meta.fields || _columns;
            if (!_input.fields)
              _input.fields = Array.isArray(_input.data[0]) ? _input.fields : typeof _input.data[0] === "object" ? Object.keys(_input.data[0]) : [];
            if (!Array.isArray(_input.data[0]) && typeof _input.data[0] !== "object")
              _input.data = [_input.data];
          }
          return serialize(_input.fields || [], _input.data || [], _skipEmptyLines);
        }
        throw new Error("Unable to serialize unrecognized input");
        function unpackConfig() {
          if (typeof _config !== "object")
            return;
          if (typeof _config.delimiter === "string" && !Papa2.BAD_DELIMITERS.filter(function(value) {
            return _config.delimiter.indexOf(value) !== -1;
          }).length) {
            _delimiter = _config.delimiter;
          }
          if (typeof _config.quotes === "boolean" || typeof _config.quotes === "function" || Array.isArray(_config.quotes))
            _quotes = _config.quotes;
          if (typeof _config.skipEmptyLines === "boolean" || typeof _config.skipEmptyLines === "string")
            _skipEmptyLines = _config.skipEmptyLines;
          if (typeof _config.newline === "string")
            _newline = _config.newline;
          if (typeof _config.quoteChar === "string") {
            _quoteChar = _config.quoteChar;
            _escapedQuote = _quoteChar + _quoteChar;
          }
          if (typeof _config.header === "boolean")
            _writeHeader = _config.header;
          if (Array.isArray(_config.columns)) {
            if (_config.columns.length === 0) throw new Error("Option columns is empty");
            _columns = _config.columns;
          }
          if (_config.escapeChar !== void 0) {
            _escapedQuote = _config.escapeChar + _quoteChar;
          }
          if (_config.escapeFormulae instanceof RegExp) {
            _escapeFormulae = _config.escapeFormulae;
          } else if (typeof _config.escapeFormulae === "boolean" && _config.escapeFormulae) {
            _escapeFormulae = /^[=+\-@\t\r].*$/;
          }
        }
        function serialize(fields, data, skipEmptyLines) {
          var csv = "";
          if (typeof fields === "string")
            fields = JSON.parse(fields);
          if (typeof data === "string")
            data = JSON.parse(data);
          var hasHeader = Array.isArray(fields) && fields.length > 0;
          var dataKeyedByField = !Array.isArray(data[0]);
          if (hasHeader && _writeHeader) {
            for (var i = 0; i < fields.length; i++) {
              if (i > 0)
                csv += _delimiter;
              csv += safe(fields[i], i);
            }
            if (data.length > 0)
              csv += _newline;
          }
          for (var row = 0; row < data.length; row++) {
            var maxCol = hasHeader ? fields.length : data[row].length;
            var emptyLine = false;
            var nullLine = hasHeader ? Object.keys(data[row]).length === 0 : data[row].length === 0;
            if (skipEmptyLines && !hasHeader) {
              emptyLine = skipEmptyLines === "greedy" ? data[row].join("").trim() === "" : data[row].length === 1 && (data[row][0] === null || data[row][0] === void 0 || data[row][0].length === 0);
            }
            if (skipEmptyLines === "greedy" && hasHeader) {
              var line = [];
              for (var c = 0; c < maxCol; c++) {
                var cx = dataKeyedByField ? fields[c] : c;
                line.push(data[row][cx]);
              }
              emptyLine = line.join("").trim() === "";
            }
            if (!emptyLine) {
              for (var col2 = 0; col2 < maxCol; col2++) {
                if (col2 > 0 && !nullLine)
                  csv += _delimiter;
                var colIdx = hasHeader && dataKeyedByField ? fields[col2] : col2;
                csv += safe(data[row][colIdx], col2);
              }
              if (row < data.length - 1 && (!skipEmptyLines || maxCol > 0 && !nullLine)) {
                csv += _newline;
              }
            }
          }
          return csv;
        }
        function safe(str2, col2) {
          if (typeof str2 === "undefined" || str2 === null)
            return "";
          if (str2.constructor === Date) {
            if (isNaN(str2.getTime()))
              return "";
            return str2.toISOString();
          }
          var needsQuotes = false;
          var strValue = str2.toString();
          if (_escapeFormulae && typeof str2 !== "number" && typeof str2 !== "bigint" && typeof str2 !== "boolean" && _escapeFormulae.test(strValue)) {
            strValue = "'" + strValue;
            str2 = strValue;
            needsQuotes = true;
          }
          var escapedQuoteStr = strValue.replace(quoteCharRegex, _escapedQuote);
          needsQuotes = needsQuotes || _quotes === true || typeof _quotes === "function" && _quotes(str2, col2) || Array.isArray(_quotes) && _quotes[col2] || hasAny(escapedQuoteStr, Papa2.BAD_DELIMITERS) || escapedQuoteStr.indexOf(_delimiter) > -1 || strValue.indexOf(_quoteChar) > -1 || escapedQuoteStr.charAt(0) === " " || escapedQuoteStr.charAt(escapedQuoteStr.length - 1) === " ";
          return needsQuotes ? _quoteChar + escapedQuoteStr + _quoteChar : escapedQuoteStr;
        }
        function hasAny(str2, substrings) {
          for (var i = 0; i < substrings.length; i++)
            if (str2.indexOf(substrings[i]) > -1)
              return true;
          return false;
        }
      }
      function ChunkStreamer(config) {
        this._handle = null;
        this._finished = false;
        this._completed = false;
        this._halted = false;
        this._input = null;
        this._baseIndex = 0;
        this._partialLine = "";
        this._rowCount = 0;
        this._start = 0;
        this._nextChunk = null;
        this.isFirstChunk = true;
        this._completeResults = {
          data: [],
          errors: [],
          meta: {}
        };
        replaceConfig.call(this, config);
        this.parseChunk = function(chunk, isFakeChunk) {
          const skipFirstNLines = parseInt(this._config.skipFirstNLines) || 0;
          if (this.isFirstChunk && skipFirstNLines > 0) {
            let _newline = this._config.newline;
            if (!_newline) {
              const quoteChar = this._config.quoteChar || '"';
              _newline = this._handle.guessLineEndings(chunk, quoteChar);
            }
            const splitChunk = chunk.split(_newline);
            chunk = [...splitChunk.slice(skipFirstNLines)].join(_newline);
          }
          if (this.isFirstChunk && isFunction(this._config.beforeFirstChunk)) {
            var modifiedChunk = this._config.beforeFirstChunk(chunk);
            if (modifiedChunk !== void 0)
              chunk = modifiedChunk;
          }
          this.isFirstChunk = false;
          this._halted = false;
          var aggregate = this._partialLine + chunk;
          this._partialLine = "";
          var results = this._handle.parse(aggregate, this._baseIndex, !this._finished);
          if (this._handle.paused() || this._handle.aborted()) {
            this._halted = true;
            return;
          }
          var lastIndex = results.meta.cursor;
          if (!this._finished) {
            this._partialLine = aggregate.substring(lastIndex - this._baseIndex);
            this._baseIndex = lastIndex;
          }
          if (results && results.data)
            this._rowCount += results.data.length;
          var finishedIncludingPreview = this._finished || this._config.preview && this._rowCount >= this._config.preview;
          if (IS_PAPA_WORKER) {
            global.postMessage({
              results,
              workerId: Papa2.WORKER_ID,
              finished: finishedIncludingPreview
            });
          } else if (isFunction(this._config.chunk) && !isFakeChunk) {
            this._config.chunk(results, this._handle);
            if (this._handle.paused() || this._handle.aborted()) {
              this._halted = true;
              return;
            }
            results = void 0;
            this._completeResults = void 0;
          }
          if (!this._config.step && !this._config.chunk) {
            this._completeResults.data = this._completeResults.data.concat(results.data);
            this._completeResults.errors = this._completeResults.errors.concat(results.errors);
            this._completeResults.meta = results.meta;
          }
          if (!this._completed && finishedIncludingPreview && isFunction(this._config.complete) && (!results || !results.meta.aborted)) {
            this._config.complete(this._completeResults, this._input);
            this._completed = true;
          }
          if (!finishedIncludingPreview && (!results || !results.meta.paused))
            this._nextChunk();
          return results;
        };
        this._sendError = function(error) {
          if (isFunction(this._config.error))
            this._config.error(error);
          else if (IS_PAPA_WORKER && this._config.error) {
            global.postMessage({
              workerId: Papa2.WORKER_ID,
              error,
              finished: false
            });
          }
        };
        function replaceConfig(config2) {
          var configCopy = copy(config2);
          configCopy.chunkSize = parseInt(configCopy.chunkSize);
          if (!config2.step && !config2.chunk)
            configCopy.chunkSize = null;
          this._handle = new ParserHandle(configCopy);
          this._handle.streamer = this;
          this._config = configCopy;
        }
      }
      function NetworkStreamer(config) {
        config = config || {};
        if (!config.chunkSize)
          config.chunkSize = Papa2.RemoteChunkSize;
        ChunkStreamer.call(this, config);
        var xhr;
        if (IS_WORKER) {
          this._nextChunk = function() {
            this._readChunk();
            this._chunkLoaded();
          };
        } else {
          this._nextChunk = function() {
            this._readChunk();
          };
        }
        this.stream = function(url) {
          this._input = url;
          this._nextChunk();
        };
        this._readChunk = function() {
          if (this._finished) {
            this._chunkLoaded();
            return;
          }
          xhr = new XMLHttpRequest();
          if (this._config.withCredentials) {
            xhr.withCredentials = this._config.withCredentials;
          }
          if (!IS_WORKER) {
            xhr.onload = bindFunction(this._chunkLoaded, this);
            xhr.onerror = bindFunction(this._chunkError, this);
          }
          xhr.ontimeout = bindFunction(this._chunkTimeout, this);
          xhr.open(this._config.downloadRequestBody ? "POST" : "GET", this._input, !IS_WORKER);
          if (this._config.downloadTimeout && !IS_WORKER) {
            xhr.timeout = this._config.downloadTimeout;
          }
          if (this._config.downloadRequestHeaders) {
            var headers = this._config.downloadRequestHeaders;
            for (var headerName in headers) {
              xhr.setRequestHeader(headerName, headers[headerName]);
            }
          }
          if (this._config.chunkSize) {
            var end = this._start + this._config.chunkSize - 1;
            xhr.setRequestHeader("Range", "bytes=" + this._start + "-" + end);
          }
          try {
            xhr.send(this._config.downloadRequestBody);
          } catch (err) {
            this._chunkError(err.message);
          }
          if (IS_WORKER && xhr.status === 0)
            this._chunkError();
        };
        this._chunkLoaded = function() {
          if (xhr.readyState !== 4)
            return;
          if (xhr.status < 200 || xhr.status >= 400) {
            this._chunkError();
            return;
          }
          this._start += this._config.chunkSize ? this._config.chunkSize : xhr.responseText.length;
          this._finished = !this._config.chunkSize || this._start >= getFileSize(xhr);
          this.parseChunk(xhr.responseText);
        };
        this._chunkError = function(errorMessage) {
          var errorText = xhr.statusText || errorMessage;
          this._sendError(new Error(errorText));
        };
        this._chunkTimeout = function() {
          this._chunkError("Request timed out after " + this._config.downloadTimeout + "ms");
        };
        function getFileSize(xhr2) {
          var contentRange = xhr2.getResponseHeader("Content-Range");
          if (contentRange === null) {
            return -1;
          }
          return parseInt(contentRange.substring(contentRange.lastIndexOf("/") + 1));
        }
      }
      NetworkStreamer.prototype = Object.create(ChunkStreamer.prototype);
      NetworkStreamer.prototype.constructor = NetworkStreamer;
      function FileStreamer(config) {
        config = config || {};
        if (!config.chunkSize)
          config.chunkSize = Papa2.LocalChunkSize;
        ChunkStreamer.call(this, config);
        var reader2, slice;
        var usingAsyncReader = typeof FileReader !== "undefined";
        this.stream = function(file) {
          this._input = file;
          slice = file.slice || file.webkitSlice || file.mozSlice;
          if (usingAsyncReader) {
            reader2 = new FileReader();
            reader2.onload = bindFunction(this._chunkLoaded, this);
            reader2.onerror = bindFunction(this._chunkError, this);
          } else
            reader2 = new FileReaderSync();
          this._nextChunk();
        };
        this._nextChunk = function() {
          if (!this._finished && (!this._config.preview || this._rowCount < this._config.preview))
            this._readChunk();
        };
        this._readChunk = function() {
          var input = this._input;
          if (this._config.chunkSize) {
            var end = Math.min(this._start + this._config.chunkSize, this._input.size);
            input = slice.call(input, this._start, end);
          }
          var txt = reader2.readAsText(input, this._config.encoding);
          if (!usingAsyncReader)
            this._chunkLoaded({ target: { result: txt } });
        };
        this._chunkLoaded = function(event) {
          this._start += this._config.chunkSize;
          this._finished = !this._config.chunkSize || this._start >= this._input.size;
          this.parseChunk(event.target.result);
        };
        this._chunkError = function() {
          this._sendError(reader2.error);
        };
      }
      FileStreamer.prototype = Object.create(ChunkStreamer.prototype);
      FileStreamer.prototype.constructor = FileStreamer;
      function StringStreamer(config) {
        config = config || {};
        ChunkStreamer.call(this, config);
        var remaining;
        this.stream = function(s) {
          remaining = s;
          return this._nextChunk();
        };
        this._nextChunk = function() {
          if (this._finished) return;
          var size = this._config.chunkSize;
          var chunk;
          if (size) {
            chunk = remaining.substring(0, size);
            remaining = remaining.substring(size);
          } else {
            chunk = remaining;
            remaining = "";
          }
          this._finished = !remaining;
          return this.parseChunk(chunk);
        };
      }
      StringStreamer.prototype = Object.create(StringStreamer.prototype);
      StringStreamer.prototype.constructor = StringStreamer;
      function ReadableStreamStreamer(config) {
        config = config || {};
        ChunkStreamer.call(this, config);
        var queue = [];
        var parseOnData = true;
        var streamHasEnded = false;
        this.pause = function() {
          ChunkStreamer.prototype.pause.apply(this, arguments);
          this._input.pause();
        };
        this.resume = function() {
          ChunkStreamer.prototype.resume.apply(this, arguments);
          this._input.resume();
        };
        this.stream = function(stream) {
          this._input = stream;
          this._input.on("data", this._streamData);
          this._input.on("end", this._streamEnd);
          this._input.on("error", this._streamError);
        };
        this._checkIsFinished = function() {
          if (streamHasEnded && queue.length === 1) {
            this._finished = true;
          }
        };
        this._nextChunk = function() {
          this._checkIsFinished();
          if (queue.length) {
            this.parseChunk(queue.shift());
          } else {
            parseOnData = true;
          }
        };
        this._streamData = bindFunction(function(chunk) {
          try {
            queue.push(typeof chunk === "string" ? chunk : chunk.toString(this._config.encoding));
            if (parseOnData) {
              parseOnData = false;
              this._checkIsFinished();
              this.parseChunk(queue.shift());
            }
          } catch (error) {
            this._streamError(error);
          }
        }, this);
        this._streamError = bindFunction(function(error) {
          this._streamCleanUp();
          this._sendError(error);
        }, this);
        this._streamEnd = bindFunction(function() {
          this._streamCleanUp();
          streamHasEnded = true;
          this._streamData("");
        }, this);
        this._streamCleanUp = bindFunction(function() {
          this._input.removeListener("data", this._streamData);
          this._input.removeListener("end", this._streamEnd);
          this._input.removeListener("error", this._streamError);
        }, this);
      }
      ReadableStreamStreamer.prototype = Object.create(ChunkStreamer.prototype);
      ReadableStreamStreamer.prototype.constructor = ReadableStreamStreamer;
      function DuplexStreamStreamer(_config) {
        var Duplex = __require("stream").Duplex;
        var config = copy(_config);
        var parseOnWrite = true;
        var writeStreamHasFinished = false;
        var parseCallbackQueue = [];
        var stream = null;
        this._onCsvData = function(results) {
          var data = results.data;
          if (!stream.push(data) && !this._handle.paused()) {
            this._handle.pause();
          }
        };
        this._onCsvComplete = function() {
          stream.push(null);
        };
        config.step = bindFunction(this._onCsvData, this);
        config.complete = bindFunction(this._onCsvComplete, this);
        ChunkStreamer.call(this, config);
        this._nextChunk = function() {
          if (writeStreamHasFinished && parseCallbackQueue.length === 1) {
            this._finished = true;
          }
          if (parseCallbackQueue.length) {
            parseCallbackQueue.shift()();
          } else {
            parseOnWrite = true;
          }
        };
        this._addToParseQueue = function(chunk, callback) {
          parseCallbackQueue.push(bindFunction(function() {
            this.parseChunk(typeof chunk === "string" ? chunk : chunk.toString(config.encoding));
            if (isFunction(callback)) {
              return callback();
            }
          }, this));
          if (parseOnWrite) {
            parseOnWrite = false;
            this._nextChunk();
          }
        };
        this._onRead = function() {
          if (this._handle.paused()) {
            this._handle.resume();
          }
        };
        this._onWrite = function(chunk, encoding, callback) {
          this._addToParseQueue(chunk, callback);
        };
        this._onWriteComplete = function() {
          writeStreamHasFinished = true;
          this._addToParseQueue("");
        };
        this.getStream = function() {
          return stream;
        };
        stream = new Duplex({
          readableObjectMode: true,
          decodeStrings: false,
          read: bindFunction(this._onRead, this),
          write: bindFunction(this._onWrite, this)
        });
        stream.once("finish", bindFunction(this._onWriteComplete, this));
      }
      if (typeof PAPA_BROWSER_CONTEXT === "undefined") {
        DuplexStreamStreamer.prototype = Object.create(ChunkStreamer.prototype);
        DuplexStreamStreamer.prototype.constructor = DuplexStreamStreamer;
      }
      function ParserHandle(_config) {
        var MAX_FLOAT = Math.pow(2, 53);
        var MIN_FLOAT = -MAX_FLOAT;
        var FLOAT = /^\s*-?(\d+\.?|\.\d+|\d+\.\d+)([eE][-+]?\d+)?\s*$/;
        var ISO_DATE = /^((\d{4}-[01]\d-[0-3]\dT[0-2]\d:[0-5]\d:[0-5]\d\.\d+([+-][0-2]\d:[0-5]\d|Z))|(\d{4}-[01]\d-[0-3]\dT[0-2]\d:[0-5]\d:[0-5]\d([+-][0-2]\d:[0-5]\d|Z))|(\d{4}-[01]\d-[0-3]\dT[0-2]\d:[0-5]\d([+-][0-2]\d:[0-5]\d|Z)))$/;
        var self2 = this;
        var _stepCounter = 0;
        var _rowCounter = 0;
        var _input;
        var _parser;
        var _paused = false;
        var _aborted = false;
        var _delimiterError;
        var _fields = [];
        var _results = {
          // The last results returned from the parser
          data: [],
          errors: [],
          meta: {}
        };
        if (isFunction(_config.step)) {
          var userStep = _config.step;
          _config.step = function(results) {
            _results = results;
            if (needsHeaderRow())
              processResults();
            else {
              processResults();
              if (_results.data.length === 0)
                return;
              _stepCounter += results.data.length;
              if (_config.preview && _stepCounter > _config.preview)
                _parser.abort();
              else {
                _results.data = _results.data[0];
                userStep(_results, self2);
              }
            }
          };
        }
        this.parse = function(input, baseIndex, ignoreLastRow) {
          var quoteChar = _config.quoteChar || '"';
          if (!_config.newline)
            _config.newline = this.guessLineEndings(input, quoteChar);
          _delimiterError = false;
          if (!_config.delimiter) {
            var delimGuess = guessDelimiter(input, _config.newline, _config.skipEmptyLines, _config.comments, _config.delimitersToGuess);
            if (delimGuess.successful)
              _config.delimiter = delimGuess.bestDelimiter;
            else {
              _delimiterError = true;
              _config.delimiter = Papa2.DefaultDelimiter;
            }
            _results.meta.delimiter = _config.delimiter;
          } else if (isFunction(_config.delimiter)) {
            _config.delimiter = _config.delimiter(input);
            _results.meta.delimiter = _config.delimiter;
          }
          var parserConfig = copy(_config);
          parserConfig.header = needsHeaderRow();
          if (_config.preview && _config.header)
            parserConfig.preview++;
          _input = input;
          _parser = new Parser(parserConfig);
          _results = _parser.parse(_input, baseIndex, ignoreLastRow);
          processResults();
          return _paused ? { meta: { paused: true } } : _results || { meta: { paused: false } };
        };
        this.paused = function() {
          return _paused;
        };
        this.pause = function() {
          _paused = true;
          _parser.abort();
          _input = isFunction(_config.chunk) ? "" : _input.substring(_parser.getCharIndex());
        };
        this.resume = function() {
          if (self2.streamer._halted) {
            _paused = false;
            self2.streamer.parseChunk(_input, true);
          } else {
            setTimeout(self2.resume, 3);
          }
        };
        this.aborted = function() {
          return _aborted;
        };
        this.abort = function() {
          _aborted = true;
          _parser.abort();
          _results.meta.aborted = true;
          if (isFunction(_config.complete))
            _config.complete(_results);
          _input = "";
        };
        this.guessLineEndings = function(input, quoteChar) {
          input = input.substring(0, 1024 * 1024);
          var re = new RegExp(escapeRegExp(quoteChar) + "([^]*?)" + escapeRegExp(quoteChar), "gm");
          input = input.replace(re, "");
          var r = input.split("\r");
          var n = input.split("\n");
          var nAppearsFirst = n.length > 1 && n[0].length < r[0].length;
          if (r.length === 1 || nAppearsFirst)
            return "\n";
          var numWithN = 0;
          for (var i = 0; i < r.length; i++) {
            if (r[i][0] === "\n")
              numWithN++;
          }
          return numWithN >= r.length / 2 ? "\r\n" : "\r";
        };
        function testEmptyLine(s) {
          return _config.skipEmptyLines === "greedy" ? s.join("").trim() === "" : s.length === 1 && s[0].length === 0;
        }
        function testFloat(s) {
          if (FLOAT.test(s)) {
            var floatValue = parseFloat(s);
            if (floatValue > MIN_FLOAT && floatValue < MAX_FLOAT) {
              return true;
            }
          }
          return false;
        }
        function processResults() {
          if (_results && _delimiterError) {
            addError("Delimiter", "UndetectableDelimiter", "Unable to auto-detect delimiting character; defaulted to '" + Papa2.DefaultDelimiter + "'");
            _delimiterError = false;
          }
          if (_config.skipEmptyLines) {
            _results.data = _results.data.filter(function(d) {
              return !testEmptyLine(d);
            });
          }
          if (needsHeaderRow())
            fillHeaderFields();
          return applyHeaderAndDynamicTypingAndTransformation();
        }
        function needsHeaderRow() {
          return _config.header && _fields.length === 0;
        }
        function fillHeaderFields() {
          if (!_results)
            return;
          function addHeader(header) {
            _fields.push(header);
          }
          if (Array.isArray(_results.data[0])) {
            for (var i = 0; needsHeaderRow() && i < _results.data.length; i++)
              _results.data[i].forEach(addHeader);
            _results.data.splice(0, 1);
          } else
            _results.data.forEach(addHeader);
        }
        function shouldApplyDynamicTyping(field) {
          if (_config.dynamicTypingFunction && _config.dynamicTyping[field] === void 0) {
            _config.dynamicTyping[field] = _config.dynamicTypingFunction(field);
          }
          return (_config.dynamicTyping[field] || _config.dynamicTyping) === true;
        }
        function parseDynamic(field, value) {
          if (shouldApplyDynamicTyping(field)) {
            if (value === "true" || value === "TRUE")
              return true;
            else if (value === "false" || value === "FALSE")
              return false;
            else if (testFloat(value))
              return parseFloat(value);
            else if (ISO_DATE.test(value))
              return new Date(value);
            else
              return value === "" ? null : value;
          }
          return value;
        }
        function applyHeaderAndDynamicTypingAndTransformation() {
          if (!_results || !_config.header && !_config.dynamicTyping && !_config.transform)
            return _results;
          function processRow(rowSource, i) {
            var row = _config.header ? {} : [];
            var j;
            for (j = 0; j < rowSource.length; j++) {
              var field = j;
              var value = rowSource[j];
              if (_config.header)
                field = j >= _fields.length ? "__parsed_extra" : _fields[j];
              if (_config.transform)
                value = _config.transform(value, field);
              value = parseDynamic(field, value);
              if (field === "__parsed_extra") {
                row[field] = row[field] || [];
                row[field].push(value);
              } else
                row[field] = value;
            }
            if (_config.header) {
              if (j > _fields.length)
                addError("FieldMismatch", "TooManyFields", "Too many fields: expected " + _fields.length + " fields but parsed " + j, _rowCounter + i);
              else if (j < _fields.length)
                addError("FieldMismatch", "TooFewFields", "Too few fields: expected " + _fields.length + " fields but parsed " + j, _rowCounter + i);
            }
            return row;
          }
          var incrementBy = 1;
          if (!_results.data.length || Array.isArray(_results.data[0])) {
            _results.data = _results.data.map(processRow);
            incrementBy = _results.data.length;
          } else
            _results.data = processRow(_results.data, 0);
          if (_config.header && _results.meta)
            _results.meta.fields = _fields;
          _rowCounter += incrementBy;
          return _results;
        }
        function guessDelimiter(input, newline, skipEmptyLines, comments, delimitersToGuess) {
          var bestDelim, bestDelta, fieldCountPrevRow, maxFieldCount;
          delimitersToGuess = delimitersToGuess || [",", "	", "|", ";", Papa2.RECORD_SEP, Papa2.UNIT_SEP];
          for (var i = 0; i < delimitersToGuess.length; i++) {
            var delim = delimitersToGuess[i];
            var delta = 0, avgFieldCount = 0, emptyLinesCount = 0;
            fieldCountPrevRow = void 0;
            var preview = new Parser({
              comments,
              delimiter: delim,
              newline,
              preview: 10
            }).parse(input);
            for (var j = 0; j < preview.data.length; j++) {
              if (skipEmptyLines && testEmptyLine(preview.data[j])) {
                emptyLinesCount++;
                continue;
              }
              var fieldCount = preview.data[j].length;
              avgFieldCount += fieldCount;
              if (typeof fieldCountPrevRow === "undefined") {
                fieldCountPrevRow = fieldCount;
                continue;
              } else if (fieldCount > 0) {
                delta += Math.abs(fieldCount - fieldCountPrevRow);
                fieldCountPrevRow = fieldCount;
              }
            }
            if (preview.data.length > 0)
              avgFieldCount /= preview.data.length - emptyLinesCount;
            if (avgFieldCount > 1.99 && (typeof bestDelta === "undefined" || delta < bestDelta || delta === bestDelta && avgFieldCount > maxFieldCount)) {
              bestDelta = delta;
              bestDelim = delim;
              maxFieldCount = avgFieldCount;
            }
          }
          _config.delimiter = bestDelim;
          return {
            successful: !!bestDelim,
            bestDelimiter: bestDelim
          };
        }
        function addError(type, code, msg, row) {
          var error = {
            type,
            code,
            message: msg
          };
          if (row !== void 0) {
            error.row = row;
          }
          _results.errors.push(error);
        }
      }
      function escapeRegExp(string) {
        return string.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
      }
      function Parser(config) {
        config = config || {};
        var delim = config.delimiter;
        var newline = config.newline;
        var comments = config.comments;
        var step = config.step;
        var preview = config.preview;
        var fastMode = config.fastMode;
        var quoteChar;
        var renamedHeaders = null;
        var headerParsed = false;
        if (config.quoteChar === void 0 || config.quoteChar === null) {
          quoteChar = '"';
        } else {
          quoteChar = config.quoteChar;
        }
        var escapeChar = quoteChar;
        if (config.escapeChar !== void 0) {
          escapeChar = config.escapeChar;
        }
        if (typeof delim !== "string" || Papa2.BAD_DELIMITERS.indexOf(delim) > -1)
          delim = ",";
        if (comments === delim)
          throw new Error("Comment character same as delimiter");
        else if (comments === true)
          comments = "#";
        else if (typeof comments !== "string" || Papa2.BAD_DELIMITERS.indexOf(comments) > -1)
          comments = false;
        if (newline !== "\n" && newline !== "\r" && newline !== "\r\n")
          newline = "\n";
        var cursor = 0;
        var aborted = false;
        this.parse = function(input, baseIndex, ignoreLastRow) {
          if (typeof input !== "string")
            throw new Error("Input must be a string");
          var inputLen = input.length, delimLen = delim.length, newlineLen = newline.length, commentsLen = comments.length;
          var stepIsFunction = isFunction(step);
          cursor = 0;
          var data = [], errors = [], row = [], lastCursor = 0;
          if (!input)
            return returnable();
          if (fastMode || fastMode !== false && input.indexOf(quoteChar) === -1) {
            var rows = input.split(newline);
            for (var i = 0; i < rows.length; i++) {
              row = rows[i];
              cursor += row.length;
              if (i !== rows.length - 1)
                cursor += newline.length;
              else if (ignoreLastRow)
                return returnable();
              if (comments && row.substring(0, commentsLen) === comments)
                continue;
              if (stepIsFunction) {
                data = [];
                pushRow(row.split(delim));
                doStep();
                if (aborted)
                  return returnable();
              } else
                pushRow(row.split(delim));
              if (preview && i >= preview) {
                data = data.slice(0, preview);
                return returnable(true);
              }
            }
            return returnable();
          }
          var nextDelim = input.indexOf(delim, cursor);
          var nextNewline = input.indexOf(newline, cursor);
          var quoteCharRegex = new RegExp(escapeRegExp(escapeChar) + escapeRegExp(quoteChar), "g");
          var quoteSearch = input.indexOf(quoteChar, cursor);
          for (; ; ) {
            if (input[cursor] === quoteChar) {
              quoteSearch = cursor;
              cursor++;
              for (; ; ) {
                quoteSearch = input.indexOf(quoteChar, quoteSearch + 1);
                if (quoteSearch === -1) {
                  if (!ignoreLastRow) {
                    errors.push({
                      type: "Quotes",
                      code: "MissingQuotes",
                      message: "Quoted field unterminated",
                      row: data.length,
                      // row has yet to be inserted
                      index: cursor
                    });
                  }
                  return finish();
                }
                if (quoteSearch === inputLen - 1) {
                  var value = input.substring(cursor, quoteSearch).replace(quoteCharRegex, quoteChar);
                  return finish(value);
                }
                if (quoteChar === escapeChar && input[quoteSearch + 1] === escapeChar) {
                  quoteSearch++;
                  continue;
                }
                if (quoteChar !== escapeChar && quoteSearch !== 0 && input[quoteSearch - 1] === escapeChar) {
                  continue;
                }
                if (nextDelim !== -1 && nextDelim < quoteSearch + 1) {
                  nextDelim = input.indexOf(delim, quoteSearch + 1);
                }
                if (nextNewline !== -1 && nextNewline < quoteSearch + 1) {
                  nextNewline = input.indexOf(newline, quoteSearch + 1);
                }
                var checkUpTo = nextNewline === -1 ? nextDelim : Math.min(nextDelim, nextNewline);
                var spacesBetweenQuoteAndDelimiter = extraSpaces(checkUpTo);
                if (input.substr(quoteSearch + 1 + spacesBetweenQuoteAndDelimiter, delimLen) === delim) {
                  row.push(input.substring(cursor, quoteSearch).replace(quoteCharRegex, quoteChar));
                  cursor = quoteSearch + 1 + spacesBetweenQuoteAndDelimiter + delimLen;
                  if (input[quoteSearch + 1 + spacesBetweenQuoteAndDelimiter + delimLen] !== quoteChar) {
                    quoteSearch = input.indexOf(quoteChar, cursor);
                  }
                  if (nextDelim !== -1 && nextDelim < cursor)
                    nextDelim = input.indexOf(delim, cursor);
                  if (nextNewline !== -1 && nextNewline < cursor)
                    nextNewline = input.indexOf(newline, cursor);
                  break;
                }
                var spacesBetweenQuoteAndNewLine = extraSpaces(nextNewline);
                if (input.substring(quoteSearch + 1 + spacesBetweenQuoteAndNewLine, quoteSearch + 1 + spacesBetweenQuoteAndNewLine + newlineLen) === newline) {
                  row.push(input.substring(cursor, quoteSearch).replace(quoteCharRegex, quoteChar));
                  saveRow(quoteSearch + 1 + spacesBetweenQuoteAndNewLine + newlineLen);
                  if (nextDelim !== -1 && nextDelim < cursor)
                    nextDelim = input.indexOf(delim, cursor);
                  quoteSearch = input.indexOf(quoteChar, cursor);
                  if (stepIsFunction) {
                    doStep();
                    if (aborted)
                      return returnable();
                  }
                  if (preview && data.length >= preview)
                    return returnable(true);
                  break;
                }
                errors.push({
                  type: "Quotes",
                  code: "InvalidQuotes",
                  message: "Trailing quote on quoted field is malformed",
                  row: data.length,
                  // row has yet to be inserted
                  index: cursor
                });
                quoteSearch++;
                continue;
              }
              continue;
            }
            if (comments && row.length === 0 && input.substring(cursor, cursor + commentsLen) === comments) {
              if (nextNewline === -1)
                return returnable();
              cursor = nextNewline + newlineLen;
              nextNewline = input.indexOf(newline, cursor);
              if (nextDelim !== -1 && nextDelim < cursor)
                nextDelim = input.indexOf(delim, cursor);
              continue;
            }
            if (nextDelim !== -1 && (nextDelim < nextNewline || nextNewline === -1)) {
              row.push(input.substring(cursor, nextDelim));
              cursor = nextDelim + delimLen;
              nextDelim = input.indexOf(delim, cursor);
              continue;
            }
            if (nextNewline !== -1) {
              row.push(input.substring(cursor, nextNewline));
              saveRow(nextNewline + newlineLen);
              if (stepIsFunction) {
                doStep();
                if (aborted)
                  return returnable();
              }
              if (preview && data.length >= preview)
                return returnable(true);
              continue;
            }
            break;
          }
          return finish();
          function pushRow(row2) {
            data.push(row2);
            lastCursor = cursor;
          }
          function extraSpaces(index) {
            var spaceLength = 0;
            if (index !== -1) {
              var textBetweenClosingQuoteAndIndex = input.substring(quoteSearch + 1, index);
              if (textBetweenClosingQuoteAndIndex && textBetweenClosingQuoteAndIndex.trim() === "") {
                spaceLength = textBetweenClosingQuoteAndIndex.length;
              }
            }
            return spaceLength;
          }
          function finish(value2) {
            if (ignoreLastRow)
              return returnable();
            if (typeof value2 === "undefined")
              value2 = input.substring(cursor);
            row.push(value2);
            cursor = inputLen;
            pushRow(row);
            if (stepIsFunction)
              doStep();
            return returnable();
          }
          function saveRow(newCursor) {
            cursor = newCursor;
            pushRow(row);
            row = [];
            nextNewline = input.indexOf(newline, cursor);
          }
          function returnable(stopped) {
            if (config.header && !baseIndex && data.length && !headerParsed) {
              const result = data[0];
              const headerCount = /* @__PURE__ */ Object.create(null);
              const usedHeaders = new Set(result);
              let duplicateHeaders = false;
              for (let i2 = 0; i2 < result.length; i2++) {
                let header = stripBom(result[i2]);
                if (isFunction(config.transformHeader))
                  header = config.transformHeader(header, i2);
                if (!headerCount[header]) {
                  headerCount[header] = 1;
                  result[i2] = header;
                } else {
                  let newHeader;
                  let suffixCount = headerCount[header];
                  do {
                    newHeader = `${header}_${suffixCount}`;
                    suffixCount++;
                  } while (usedHeaders.has(newHeader));
                  usedHeaders.add(newHeader);
                  result[i2] = newHeader;
                  headerCount[header]++;
                  duplicateHeaders = true;
                  if (renamedHeaders === null) {
                    renamedHeaders = {};
                  }
                  renamedHeaders[newHeader] = header;
                }
                usedHeaders.add(header);
              }
              if (duplicateHeaders) {
                console.warn("Duplicate headers found and renamed.");
              }
              headerParsed = true;
            }
            return {
              data,
              errors,
              meta: {
                delimiter: delim,
                linebreak: newline,
                aborted,
                truncated: !!stopped,
                cursor: lastCursor + (baseIndex || 0),
                renamedHeaders
              }
            };
          }
          function doStep() {
            step(returnable());
            data = [];
            errors = [];
          }
        };
        this.abort = function() {
          aborted = true;
        };
        this.getCharIndex = function() {
          return cursor;
        };
      }
      function newWorker() {
        if (!Papa2.WORKERS_SUPPORTED)
          return false;
        var workerUrl = getWorkerBlob();
        var w = new global.Worker(workerUrl);
        w.onmessage = mainThreadReceivedMessage;
        w.id = workerIdCounter++;
        workers[w.id] = w;
        return w;
      }
      function mainThreadReceivedMessage(e) {
        var msg = e.data;
        var worker = workers[msg.workerId];
        var aborted = false;
        if (msg.error)
          worker.userError(msg.error, msg.file);
        else if (msg.results && msg.results.data) {
          var abort = function() {
            aborted = true;
            completeWorker(msg.workerId, { data: [], errors: [], meta: { aborted: true } });
          };
          var handle = {
            abort,
            pause: notImplemented,
            resume: notImplemented
          };
          if (isFunction(worker.userStep)) {
            for (var i = 0; i < msg.results.data.length; i++) {
              worker.userStep({
                data: msg.results.data[i],
                errors: msg.results.errors,
                meta: msg.results.meta
              }, handle);
              if (aborted)
                break;
            }
            delete msg.results;
          } else if (isFunction(worker.userChunk)) {
            worker.userChunk(msg.results, handle, msg.file);
            delete msg.results;
          }
        }
        if (msg.finished && !aborted)
          completeWorker(msg.workerId, msg.results);
      }
      function completeWorker(workerId, results) {
        var worker = workers[workerId];
        if (isFunction(worker.userComplete))
          worker.userComplete(results);
        worker.terminate();
        delete workers[workerId];
      }
      function notImplemented() {
        throw new Error("Not implemented.");
      }
      function workerThreadReceivedMessage(e) {
        var msg = e.data;
        if (typeof Papa2.WORKER_ID === "undefined" && msg)
          Papa2.WORKER_ID = msg.workerId;
        if (typeof msg.input === "string") {
          global.postMessage({
            workerId: Papa2.WORKER_ID,
            results: Papa2.parse(msg.input, msg.config),
            finished: true
          });
        } else if (global.File && msg.input instanceof File || msg.input instanceof Object) {
          var results = Papa2.parse(msg.input, msg.config);
          if (results)
            global.postMessage({
              workerId: Papa2.WORKER_ID,
              results,
              finished: true
            });
        }
      }
      function copy(obj) {
        if (typeof obj !== "object" || obj === null)
          return obj;
        var cpy = Array.isArray(obj) ? [] : {};
        for (var key in obj)
          cpy[key] = copy(obj[key]);
        return cpy;
      }
      function bindFunction(f, self2) {
        return function() {
          f.apply(self2, arguments);
        };
      }
      function isFunction(func) {
        return typeof func === "function";
      }
      return Papa2;
    });
  }
});

// src/lib/data/ags.ts
var LAND_NRW = "NRW";
function parseAgs(raw, levels) {
  const s = raw.replace(/[\s\u00a0.]/g, "");
  if (levels.land && s.toUpperCase() === LAND_NRW) return { ok: true, value: LAND_NRW };
  const allowed = [levels.gemeinde && "8 Ziffern (Gemeinde)", levels.kreis && "5 Ziffern (Kreis/kreisfreie Stadt)", levels.land && "NRW"].filter(Boolean).join(" oder ");
  const fail = (message) => ({
    ok: false,
    message,
    hint: `Erwartet: ${allowed}, z. B. 05970040 (Siegen) oder 05970 (Kreis Siegen-Wittgenstein). In Excel die Spalte als \u201EText\u201C formatieren, damit die f\xFChrende 0 bleibt.`
  });
  if (!/^\d+$/.test(s)) return fail(`\u201E${raw}\u201C ist kein Gemeindeschl\xFCssel (AGS).`);
  const restored = (value, what) => ({
    ok: true,
    value,
    warning: {
      message: `${what}: \u201E${raw}\u201C wurde als ${value} gelesen.`,
      hint: "In Excel die Spalte als \u201EText\u201C formatieren, damit die f\xFChrende 0 beim Speichern erhalten bleibt."
    }
  });
  if (s.length === 12 || s.length === 11) {
    const rs = s.padStart(12, "0");
    const ags = rs.slice(0, 5) + rs.slice(9);
    if (levels.gemeinde) return restored(ags, "Regionalschl\xFCssel (12 Ziffern) in AGS umgewandelt");
  }
  if (s.length === 8 && levels.gemeinde) return { ok: true, value: s };
  if (s.length === 5 && levels.kreis) return { ok: true, value: s };
  if (s.length === 7 && levels.gemeinde) return restored(`0${s}`, "F\xFChrende Null erg\xE4nzt");
  if (s.length === 4 && levels.kreis) return restored(`0${s}`, "F\xFChrende Null erg\xE4nzt");
  return fail(`\u201E${raw}\u201C hat ${s.length} Ziffern; erwartet: ${allowed}.`);
}
function kreisOf(ags) {
  return ags.slice(0, 5);
}
function agsWithin(inner, outer) {
  if (outer === LAND_NRW) return inner === LAND_NRW || inner.startsWith("05");
  return inner === outer || outer.length === 5 && inner.startsWith(outer);
}

// src/lib/data/boundary-file.ts
function isBoundaryFile(input) {
  if (/\.(geo|topo)json$/i.test(input.name)) return true;
  if (!/\.json$/i.test(input.name) || /(^|[\\/])manifest\.json$/i.test(input.name)) return false;
  const head = new TextDecoder().decode(input.bytes.subarray(0, 4096));
  return /"type"\s*:\s*"(FeatureCollection|Feature|Topology)"/.test(head);
}

// src/lib/data/deck-file.ts
var isDeckFile = (name) => /(^|[\\/])praesentation\.json$/i.test(name);

// src/lib/data/dates.ts
var pad = (n, width = 2) => String(n).padStart(width, "0");
function validDay(y, m, d) {
  const date = new Date(Date.UTC(y, m - 1, d));
  return date.getUTCFullYear() === y && date.getUTCMonth() === m - 1 && date.getUTCDate() === d;
}
function excelSerialToGerman(serial) {
  const date = new Date(Date.UTC(1899, 11, 30) + Math.floor(serial) * 864e5);
  return `${pad(date.getUTCDate())}.${pad(date.getUTCMonth() + 1)}.${date.getUTCFullYear()}`;
}
var HINT_FULL = "Bitte als TT.MM.JJJJ (z. B. 16.11.2022) oder JJJJ-MM-TT eintragen.";
var HINT_PARTIAL = "Bitte als TT.MM.JJJJ (z. B. 16.11.2022) eintragen; wenn nur Monat oder Jahr bekannt sind, als MM.JJJJ (09.2021) oder JJJJ.";
function parseGermanDate(raw, partial) {
  const s = raw.trim();
  const hint = partial ? HINT_PARTIAL : HINT_FULL;
  const fail = (message, h = hint) => ({ ok: false, message, hint: h });
  const time = (h, min) => {
    if (h === void 0 || min === void 0) return void 0;
    return Number(h) < 24 && Number(min) < 60 ? `${pad(Number(h))}:${min}` : null;
  };
  const day = (y, m2, d, t) => {
    if (!validDay(y, m2, d)) return fail(`\u201E${raw}\u201C ist kein g\xFCltiges Datum (Tag oder Monat au\xDFerhalb des Kalenders).`);
    if (t === null) return fail(`\u201E${raw}\u201C enth\xE4lt keine g\xFCltige Uhrzeit.`, "Uhrzeit als HH:MM angeben, z. B. 16:00.");
    const value = { iso: `${y}-${pad(m2)}-${pad(d)}`, precision: "day" };
    if (t) value.time = t;
    return { ok: true, value };
  };
  let m = /^(\d{1,2})\.(\d{1,2})\.(\d{4}|\d{2})(?:[,\s]+(\d{1,2})[:.](\d{2})(?::\d{2})?(?:\s*Uhr)?)?$/i.exec(s);
  if (m) {
    const y = m[3].length === 2 ? 2e3 + Number(m[3]) : Number(m[3]);
    return day(y, Number(m[2]), Number(m[1]), time(m[4], m[5]));
  }
  m = /^(\d{4})-(\d{2})-(\d{2})(?:[T\s](\d{2}):(\d{2})(?::\d{2}(?:\.\d+)?)?)?$/.exec(s);
  if (m) return day(Number(m[1]), Number(m[2]), Number(m[3]), time(m[4], m[5]));
  const german = /^(\d{1,2})[./](\d{4})$/.exec(s);
  const iso = /^(\d{4})-(\d{1,2})$/.exec(s);
  if (german || iso) {
    const mon = Number(german ? german[1] : iso[2]);
    const year = Number(german ? german[2] : iso[1]);
    if (mon < 1 || mon > 12) return fail(`\u201E${raw}\u201C: Monat ${mon} gibt es nicht.`);
    if (!partial)
      return fail(`\u201E${raw}\u201C nennt nur Monat und Jahr; diese Spalte braucht ein vollst\xE4ndiges Datum.`);
    return { ok: true, value: { iso: `${year}-${pad(mon)}`, precision: "month" } };
  }
  if (/^(19|20)\d{2}$/.test(s)) {
    if (!partial) return fail(`\u201E${raw}\u201C nennt nur ein Jahr; diese Spalte braucht ein vollst\xE4ndiges Datum.`);
    return { ok: true, value: { iso: s, precision: "year" } };
  }
  if (/^\d{5}([.,]\d+)?$/.test(s)) {
    const serial = Number(s.replace(",", "."));
    if (serial >= 2e4 && serial < 8e4) {
      return fail(
        `\u201E${raw}\u201C ist eine Excel-Datumszahl (entspricht ${excelSerialToGerman(serial)}), kein lesbares Datum.`,
        `In Excel die Spalte markieren \u2192 Zellen formatieren \u2192 Datum (TT.MM.JJJJ), dann erneut als CSV speichern. Oder direkt ${excelSerialToGerman(serial)} eintragen.`
      );
    }
  }
  if (/^\d{1,2}\/\d{1,2}\/\d{2,4}$/.test(s))
    return fail(`\u201E${raw}\u201C ist im amerikanischen Format (Monat/Tag/Jahr) und nicht eindeutig.`);
  return fail(`\u201E${raw}\u201C ist kein Datum.`);
}

// src/lib/data/windows-1252.ts
var HIGH_CONTROL_RANGE = [
  8364,
  129,
  8218,
  402,
  8222,
  8230,
  8224,
  8225,
  710,
  8240,
  352,
  8249,
  338,
  141,
  381,
  143,
  144,
  8216,
  8217,
  8220,
  8221,
  8226,
  8211,
  8212,
  732,
  8482,
  353,
  8250,
  339,
  157,
  382,
  376
];
function decodeWindows1252(bytes) {
  const parts = [];
  const CHUNK = 8192;
  for (let start = 0; start < bytes.length; start += CHUNK) {
    const end = Math.min(bytes.length, start + CHUNK);
    const codes = new Array(end - start);
    for (let i = start; i < end; i++) {
      const b = bytes[i];
      codes[i - start] = b >= 128 && b <= 159 ? HIGH_CONTROL_RANGE[b - 128] : b;
    }
    parts.push(String.fromCharCode(...codes));
  }
  return parts.join("");
}

// src/lib/data/decode.ts
function decodeUtf16(bytes, littleEndian) {
  const parts = [];
  const units = [];
  for (let i = 2; i + 1 < bytes.length; i += 2) {
    units.push(littleEndian ? bytes[i] | bytes[i + 1] << 8 : bytes[i] << 8 | bytes[i + 1]);
    if (units.length === 8192) parts.push(String.fromCharCode(...units.splice(0)));
  }
  parts.push(String.fromCharCode(...units));
  return parts.join("");
}
function looksBinary(bytes) {
  const n = Math.min(bytes.length, 8192);
  let control = 0;
  for (let i = 0; i < n; i++) {
    const b = bytes[i];
    if (b === 0) return true;
    if (b < 9 || b > 13 && b < 32) control += 1;
  }
  return control > n * 0.05;
}
var utf8 = new TextDecoder("utf-8", { fatal: true, ignoreBOM: true });
function decodeBytes(bytes) {
  if (bytes.length === 0) return { ok: false, reason: "empty" };
  if (bytes[0] === 255 && bytes[1] === 254)
    return { ok: true, text: decodeUtf16(bytes, true), encoding: "utf-16le", bom: true };
  if (bytes[0] === 254 && bytes[1] === 255)
    return { ok: true, text: decodeUtf16(bytes, false), encoding: "utf-16be", bom: true };
  const bom = bytes[0] === 239 && bytes[1] === 187 && bytes[2] === 191;
  const body = bom ? bytes.subarray(3) : bytes;
  if (body.length === 0) return { ok: false, reason: "empty" };
  if (looksBinary(body)) return { ok: false, reason: "binary" };
  try {
    return { ok: true, text: utf8.decode(body), encoding: "utf-8", bom };
  } catch {
    return { ok: true, text: decodeWindows1252(body), encoding: "windows-1252", bom: false };
  }
}

// src/lib/data/problem.ts
function problemAt(place, severity, message, hint, detail = {}) {
  return {
    table: place.table,
    file: place.file,
    line: detail.line ?? null,
    column: detail.column ?? null,
    value: detail.value ?? null,
    severity,
    message,
    hint
  };
}

// src/lib/data/manifest.ts
var EMPTY_MANIFEST = {
  titel: null,
  stand: null,
  fokus: [],
  dateien: [],
  quellen: [],
  lizenz: null,
  kartenstil: null
};
var str = (v) => typeof v === "string" && v.trim() ? v.trim() : null;
function parseManifest(file, bytes, gazetteer) {
  const place = { table: "manifest", file };
  const problems = [];
  const decoded = decodeBytes(bytes);
  if (!decoded.ok) {
    problems.push(problemAt(place, "Fehler", "manifest.json ist leer oder keine Textdatei.", "Bitte eine g\xFCltige manifest.json (siehe Vorlage) ablegen oder weglassen."));
    return { manifest: { ...EMPTY_MANIFEST }, problems };
  }
  let json;
  try {
    json = JSON.parse(decoded.text);
  } catch (e) {
    problems.push(problemAt(place, "Fehler", `manifest.json ist kein g\xFCltiges JSON (${e.message}).`, "H\xE4ufige Ursachen: fehlendes Komma, Komma nach dem letzten Eintrag, einfache statt doppelter Anf\xFChrungszeichen."));
    return { manifest: { ...EMPTY_MANIFEST }, problems };
  }
  if (typeof json !== "object" || json === null || Array.isArray(json)) {
    problems.push(problemAt(place, "Fehler", "manifest.json muss ein Objekt { \u2026 } sein.", "Siehe Beispiel in DATA-FORMAT.md."));
    return { manifest: { ...EMPTY_MANIFEST }, problems };
  }
  const o = json;
  const known = ["titel", "stand", "fokus", "dateien", "quellen", "lizenz", "kartenstil"];
  for (const key of Object.keys(o).filter((k) => !known.includes(k)))
    problems.push(problemAt(place, "Hinweis", `Unbekanntes Feld \u201E${key}\u201C in manifest.json wird nicht ausgewertet.`, `Bekannte Felder: ${known.join(", ")}.`, { column: key }));
  const manifest = { ...EMPTY_MANIFEST, titel: str(o.titel), lizenz: str(o.lizenz), kartenstil: str(o.kartenstil) };
  if (!manifest.titel)
    problems.push(problemAt(place, "Warnung", "manifest.json nennt keinen Titel (\u201Etitel\u201C).", "Bitte einen Titel eintragen, z. B. \u201EKommunales Integrationsmanagement \u2013 Kreis Siegen-Wittgenstein\u201C.", { column: "titel" }));
  const stand = str(o.stand);
  if (stand) {
    const d = parseGermanDate(stand, true);
    if (d.ok) manifest.stand = d.value.iso;
    else problems.push(problemAt(place, "Warnung", `\u201Estand\u201C: ${d.message}`, d.hint, { column: "stand", value: stand }));
  }
  if (o.fokus !== void 0) {
    const list = Array.isArray(o.fokus) ? o.fokus : [o.fokus];
    for (const item of list) {
      const r = parseAgs(String(item), { gemeinde: true, kreis: true, land: false });
      if (r.ok && gazetteer.has(r.value)) manifest.fokus.push(r.value);
      else problems.push(problemAt(place, "Warnung", `\u201Efokus\u201C: ${r.ok ? `AGS ${r.value} gibt es in den Gebietsdaten nicht` : r.message}.`, 'Bitte 5- oder 8-stellige AGS als Text in eckigen Klammern angeben, z. B. ["05970"].', { column: "fokus", value: String(item) }));
    }
  }
  if (o.dateien !== void 0) {
    if (Array.isArray(o.dateien) && o.dateien.every((d) => typeof d === "string")) manifest.dateien = o.dateien;
    else problems.push(problemAt(place, "Warnung", "\u201Edateien\u201C muss eine Liste von Dateinamen sein.", 'Beispiel: ["stellen.csv", "termine.csv"]', { column: "dateien" }));
  }
  if (o.quellen !== void 0) {
    const list = Array.isArray(o.quellen) ? o.quellen : [];
    for (const q of list) {
      if (typeof q === "string" && q.trim()) manifest.quellen.push({ text: q.trim(), url: "" });
      else if (q && typeof q === "object" && str(q.text))
        manifest.quellen.push({ text: str(q.text), url: str(q.url) ?? "" });
      else problems.push(problemAt(place, "Warnung", "Ein Eintrag in \u201Equellen\u201C hat keinen Text.", 'Format: { "text": "\u2026", "url": "\u2026" }', { column: "quellen" }));
    }
  }
  return { manifest, problems };
}

// src/lib/data/delimiter.ts
var CANDIDATES = [";", "	", ","];
function countPerRecord(sample, maxRecords) {
  const counts = new Map(CANDIDATES.map((d) => [d, [0]]));
  let quoted = false;
  let records = 0;
  for (let i = 0; i < sample.length && records < maxRecords; i++) {
    const c = sample[i];
    if (c === '"') quoted = !quoted;
    else if (!quoted && (c === "\n" || c === "\r")) {
      if (c === "\r" && sample[i + 1] === "\n") i++;
      records++;
      for (const list of counts.values()) list.push(0);
    } else if (!quoted && (c === ";" || c === "," || c === "	")) {
      const list = counts.get(c);
      list[list.length - 1] += 1;
    }
  }
  return counts;
}
function detectDelimiter(text2) {
  const counts = countPerRecord(text2.slice(0, 65536), 20);
  let best = ";";
  let bestScore = [-1, -1];
  for (const d of CANDIDATES) {
    const perRecord = counts.get(d);
    const header = perRecord[0] ?? 0;
    if (header === 0) continue;
    const consistent = perRecord.slice(1).filter((n) => n === header).length;
    const score = [header > 0 ? consistent : -1, header];
    if (score[0] > bestScore[0] || score[0] === bestScore[0] && score[1] > bestScore[1]) {
      best = d;
      bestScore = score;
    }
  }
  return best;
}

// src/lib/data/csv.ts
var import_papaparse = __toESM(require_papaparse(), 1);
function parseCsv(text2, delimiter) {
  const result = import_papaparse.default.parse(text2, {
    delimiter,
    quoteChar: '"',
    escapeChar: '"',
    header: false,
    dynamicTyping: false,
    skipEmptyLines: false
  });
  const rows = [];
  result.data.forEach((cells, index) => {
    if (cells.some((c) => c.trim() !== "")) rows.push({ line: index + 1, cells });
  });
  const issues = result.errors.map((e) => ({
    line: (e.row ?? 0) + 1,
    kind: e.type === "Quotes" ? "quote" : "other",
    detail: e.message
  }));
  return { rows, issues };
}

// src/lib/data/header.ts
function normaliseName(raw) {
  return raw.replace(/^\uFEFF/, "").trim().toLowerCase().replace(/ä/g, "ae").replace(/ö/g, "oe").replace(/ü/g, "ue").replace(/ß/g, "ss").normalize("NFKD").replace(/[\u0300-\u036f]/g, "").replace(/[^a-z0-9]+/g, "_").replace(/^_+|_+$/g, "");
}

// src/lib/data/schema.ts
var KREIS_OR_GEMEINDE = { gemeinde: true, kreis: true, land: false };
var WITH_LAND = { gemeinde: true, kreis: true, land: true };
var col = (name, type, required, example, aliases = []) => ({ name, aliases, type, required, example });
var text = { kind: "text" };
var quelle = col("quelle", text, false, "Drucksache 199/2021", ["source"]);
var anmerkung = col("anmerkung", text, false, "davon Kreis-ABH 447", ["hinweis", "bemerkung"]);
var STELLEN = {
  name: "stellen",
  required: true,
  columns: [
    col("id", text, true, "SI-CM-1", ["stellen_id", "nr"]),
    col("koerperschaft", { kind: "ags", levels: KREIS_OR_GEMEINDE }, true, "05970", ["k\xF6rperschaft", "kreis", "kommune_ags"]),
    col("baustein", { kind: "baustein" }, true, "2", ["modul"]),
    col("funktion", text, false, "Case Management", ["bezeichnung"]),
    col("einsatzgebiet", { kind: "ags-list-or-region" }, false, "Wittgenstein", ["gebiet", "region"]),
    col("traeger_typ", { kind: "enum", values: ["kommune", "frei", "unbekannt"], synonyms: {
      unbekannt: "unbekannt",
      keine_angabe: "unbekannt",
      offen: "unbekannt",
      k_a: "unbekannt",
      kommune: "kommune",
      kommunal: "kommune",
      stadt: "kommune",
      kreis: "kommune",
      gemeinde: "kommune",
      staedteregion: "kommune",
      verwaltung: "kommune",
      stadtverwaltung: "kommune",
      kreisverwaltung: "kommune",
      oeffentlich: "kommune",
      frei: "frei",
      freier_traeger: "frei",
      freie_traeger: "frei",
      wohlfahrtsverband: "frei",
      freie_wohlfahrtspflege: "frei",
      verband: "frei"
    } }, true, "kommune", ["tr\xE4gertyp", "traegerart"]),
    col("traeger", text, true, "Stadt Siegen", ["tr\xE4ger", "anstellungstr\xE4ger"]),
    col("vzae", { kind: "number", number: "decimal", min: 0, minExclusive: true, max: 5 }, true, "0,5", ["vz\xE4", "stellenanteil", "vollzeit\xE4quivalente"]),
    col("status", { kind: "enum", values: ["geplant", "ausgeschrieben", "besetzt", "vakant", "entfallen", "unbekannt"], synonyms: { keine_angabe: "unbekannt" } }, true, "besetzt"),
    col("beginn", { kind: "date", partial: true }, false, "01.09.2021", ["von", "ab"]),
    col("ende", { kind: "date", partial: true }, false, "31.12.2022", ["bis"]),
    col("foerderung_eur_jahr", { kind: "number", number: "amount", min: 0 }, false, "55.000", ["f\xF6rderung", "landesf\xF6rderung"]),
    col("kosten_eur_jahr", { kind: "number", number: "amount", min: 0 }, false, "68.000", ["personalkosten"]),
    col("szenario", text, false, "Antrag B90/Gr\xFCne 16.11.2022", ["variante", "antrag"]),
    quelle,
    col("stand", { kind: "date", partial: true }, false, "16.11.2022", ["datum"]),
    anmerkung
  ]
};
var REGIONEN = {
  name: "regionen",
  required: false,
  columns: [
    col("region", text, true, "Wittgenstein", ["name"]),
    col("koerperschaft", { kind: "ags", levels: { gemeinde: false, kreis: true, land: false } }, true, "05970", ["k\xF6rperschaft", "kreis"]),
    col("gemeinden", { kind: "ags-list" }, true, "05970004,05970028,05970012", ["ags"]),
    quelle,
    anmerkung
  ]
};
var TERMINE = {
  name: "termine",
  required: true,
  columns: [
    col("datum", { kind: "date", partial: false }, true, "16.11.2022", ["von", "beginn"]),
    col("bis", { kind: "date", partial: false }, false, "31.12.2022", ["ende"]),
    col("art", { kind: "enum", values: ["sitzung", "frist", "foerderzeitraum", "beschluss", "antrag", "sonstiges"], synonyms: { foerderzeitraum: "foerderzeitraum", foerderperiode: "foerderzeitraum", antragsfrist: "frist", termin: "sonstiges" } }, true, "sitzung", ["typ"]),
    col("koerperschaft", { kind: "ags", levels: WITH_LAND }, true, "05970040", ["k\xF6rperschaft"]),
    col("gremium", text, false, "Ausschuss f\xFCr Soziales, Familien und Senioren", ["ausschuss"]),
    col("titel", text, true, "Sachstand zum Kommunalen Integrationsmanagement (KIM)", ["betreff"]),
    col("top", text, false, "4b", ["tagesordnungspunkt"]),
    col("drucksache", text, false, "199/2021", ["vorlage", "ds"]),
    col("bausteine", { kind: "baustein-list" }, false, "2", ["baustein"]),
    col("ergebnis", { kind: "enum", values: ["beschlossen", "abgelehnt", "vertagt", "zur Kenntnis genommen", "offen"], synonyms: { zur_kenntnis_genommen: "zur Kenntnis genommen", zur_kenntnis: "zur Kenntnis genommen", kenntnisnahme: "zur Kenntnis genommen", zustimmend_zur_kenntnis_genommen: "zur Kenntnis genommen", angenommen: "beschlossen" } }, false, "vertagt", ["beschluss"]),
    quelle,
    anmerkung
  ]
};
var AUSREISEPFLICHTIGE = {
  name: "ausreisepflichtige",
  required: false,
  columns: [
    col("stichtag", { kind: "date", partial: true }, true, "31.07.2024"),
    col("ags", { kind: "ags", levels: WITH_LAND }, true, "05970040"),
    col("anzahl", { kind: "number", number: "integer", min: 0 }, true, "216"),
    col("davon_geduldet", { kind: "number", number: "integer", min: 0 }, false, "180"),
    col("einordnung", { kind: "enum", values: ["amtlich", "zitiert"], synonyms: { behauptung: "zitiert", antrag: "zitiert" } }, false, "amtlich"),
    quelle,
    anmerkung
  ]
};
var BEVOELKERUNG = {
  name: "bevoelkerung",
  required: false,
  columns: [
    col("stichtag", { kind: "date", partial: true }, true, "31.12.2019"),
    col("ags", { kind: "ags", levels: WITH_LAND }, true, "05970040"),
    col("einwohner", { kind: "number", number: "integer", min: 1 }, true, "102.770"),
    col("schutzsuchende", { kind: "number", number: "integer", min: 0 }, false, ""),
    col("auslaendische_bevoelkerung", { kind: "number", number: "integer", min: 0 }, false, ""),
    quelle,
    anmerkung
  ]
};
var TABLES = [STELLEN, REGIONEN, TERMINE, AUSREISEPFLICHTIGE, BEVOELKERUNG];
function columnIndex(spec) {
  const index = /* @__PURE__ */ new Map();
  for (const c of spec.columns) {
    index.set(normaliseName(c.name), c);
    for (const a of c.aliases) index.set(normaliseName(a), c);
  }
  return index;
}

// src/lib/data/read-table.ts
function tableByName(fileName) {
  const base = normaliseName(fileName.replace(/^.*[\\/]/, "").replace(/\.(csv|txt|tsv)$/i, ""));
  return TABLES.find((t) => base.startsWith(t.name));
}
function tableByHeader(header) {
  let best;
  for (const spec of TABLES) {
    const index = columnIndex(spec);
    const found = new Set(header.map((h) => index.get(normaliseName(h))?.name).filter(Boolean));
    const complete = spec.columns.every((c) => !c.required || found.has(c.name));
    if (complete && (!best || found.size > best.score)) best = { spec, score: found.size };
  }
  return best?.spec;
}
var EXPECTED = TABLES.map((t) => `${t.name}.csv`).join(", ");
function readTable(input) {
  const place = { table: null, file: input.name };
  const decoded = input.decoded ?? decodeBytes(input.bytes);
  if (!decoded.ok) {
    const message = decoded.reason === "empty" ? "Die Datei ist leer." : "Die Datei ist keine Textdatei (CSV), sondern enth\xE4lt Bin\xE4rdaten \u2013 vermutlich eine Excel-Arbeitsmappe (.xlsx) oder ein Bild.";
    const hint = decoded.reason === "empty" ? "Bitte die Datei erneut aus Excel speichern und pr\xFCfen, ob sie Daten enth\xE4lt." : "In Excel: Datei \u2192 Speichern unter \u2192 \u201ECSV UTF-8 (durch Trennzeichen getrennt)\u201C oder \u201ECSV (Trennzeichen-getrennt)\u201C.";
    return { table: null, problems: [problemAt(place, "Fehler", message, hint)] };
  }
  const delimiter = detectDelimiter(decoded.text);
  const csv = parseCsv(decoded.text, delimiter);
  const [headerRow, ...rows] = csv.rows;
  if (!headerRow) {
    return {
      table: null,
      problems: [problemAt(place, "Fehler", "Die Datei enth\xE4lt nur leere Zeilen.", "Bitte die Datei mit Kopfzeile und Daten erneut speichern.")]
    };
  }
  const header = headerRow.cells.map((h) => h.trim());
  const spec = tableByName(input.name) ?? tableByHeader(header);
  if (!spec) {
    return {
      table: null,
      problems: [
        problemAt(
          place,
          "Fehler",
          `Unbekannte Tabelle: Weder der Dateiname noch die Kopfzeile passen zu einer der Tabellen (${EXPECTED}).`,
          "Bitte die Datei wie die Tabelle benennen (z. B. stellen.csv) oder die Spaltennamen aus der Vorlage verwenden.",
          { line: headerRow.line, value: header.slice(0, 6).join(delimiter) }
        )
      ]
    };
  }
  const problems = csv.issues.map(
    (issue) => problemAt(
      { table: spec.name, file: input.name },
      "Fehler",
      issue.kind === "quote" ? "Ein Anf\xFChrungszeichen wird nicht geschlossen; der Rest der Datei wurde als eine Zelle gelesen." : `Die Zeile lie\xDF sich nicht lesen (${issue.detail}).`,
      "Bitte das Anf\xFChrungszeichen in der genannten Zeile schlie\xDFen oder entfernen und die Datei erneut speichern.",
      { line: issue.line }
    )
  );
  return {
    table: { file: input.name, spec, encoding: decoded.encoding, delimiter, header, rows },
    problems
  };
}

// src/lib/data/types.ts
var IST = "Ist";

// src/lib/data/records.ts
var RowReader = class {
  constructor(v) {
    this.v = v;
  }
  v;
  text(k) {
    return this.v[k];
  }
  num(k) {
    return this.v[k];
  }
  date(k) {
    return this.v[k];
  }
  list(k) {
    return this.v[k];
  }
  area(k) {
    return this.v[k];
  }
  req(k) {
    return this.v[k];
  }
};
var reader = (row) => new RowReader(row.values);
var origin = (file, row) => ({ file, line: row.line, extra: row.extra });
function compact(o) {
  const out = {};
  for (const k in o) if (o[k] !== void 0) out[k] = o[k];
  return out;
}
function orderProblem(place, line, column, value, message) {
  return problemAt(place, "Fehler", `${message} Die Zeile wird nicht genutzt.`, "Bitte die beiden Daten pr\xFCfen; vermutlich sind sie vertauscht oder ein Jahr ist falsch.", { line, column, value });
}
function toPosts(file, rows) {
  const place = { table: "stellen", file };
  const records = [];
  const problems = [];
  for (const row of rows) {
    const r = reader(row);
    const start = r.date("beginn");
    const end = r.date("ende");
    if (start && end && end.iso < start.iso.slice(0, end.iso.length)) {
      problems.push(orderProblem(place, row.line, "ende", end.iso, `Das Ende (${end.iso}) liegt vor dem Beginn (${start.iso}).`));
      continue;
    }
    const scenario = r.text("szenario");
    records.push({
      file,
      line: row.line,
      extra: row.extra,
      id: r.req("id"),
      body: r.req("koerperschaft"),
      baustein: r.req("baustein"),
      role: r.text("funktion"),
      area: r.area("einsatzgebiet") ?? null,
      carrierType: r.req("traeger_typ"),
      carrier: r.req("traeger"),
      fte: r.req("vzae"),
      status: r.req("status"),
      start,
      end,
      fundingPerYear: r.num("foerderung_eur_jahr"),
      costPerYear: r.num("kosten_eur_jahr"),
      scenario: !scenario || scenario.toLowerCase() === "ist" ? IST : scenario,
      source: r.text("quelle"),
      asOf: r.date("stand"),
      note: r.text("anmerkung")
    });
  }
  return { records, problems };
}
function toRegions(file, rows) {
  return {
    problems: [],
    records: rows.map((row) => {
      const r = reader(row);
      return compact({
        ...origin(file, row),
        name: r.req("region"),
        body: r.req("koerperschaft"),
        municipalities: r.req("gemeinden"),
        source: r.text("quelle"),
        note: r.text("anmerkung")
      });
    })
  };
}
function toCalendar(file, rows) {
  const place = { table: "termine", file };
  const records = [];
  const problems = [];
  for (const row of rows) {
    const r = reader(row);
    const date = r.req("datum");
    const until = r.date("bis");
    if (until && until.iso < date.iso) {
      problems.push(orderProblem(place, row.line, "bis", until.iso, `\u201Ebis\u201C (${until.iso}) liegt vor dem Datum (${date.iso}).`));
      continue;
    }
    records.push(
      compact({
        ...origin(file, row),
        date,
        until,
        kind: r.req("art"),
        body: r.req("koerperschaft"),
        committee: r.text("gremium"),
        title: r.req("titel"),
        agendaItem: r.text("top"),
        document: r.text("drucksache"),
        bausteine: row.values["bausteine"],
        outcome: r.text("ergebnis"),
        source: r.text("quelle"),
        note: r.text("anmerkung")
      })
    );
  }
  return { records, problems };
}
function toObliged(file, rows) {
  const place = { table: "ausreisepflichtige", file };
  const records = [];
  const problems = [];
  for (const row of rows) {
    const r = reader(row);
    const count = r.req("anzahl");
    const tolerated = r.num("davon_geduldet");
    if (tolerated !== void 0 && tolerated > count) {
      problems.push(problemAt(place, "Fehler", `\u201Edavon_geduldet\u201C (${tolerated}) ist gr\xF6\xDFer als \u201Eanzahl\u201C (${count}). Die Zeile wird nicht genutzt.`, "Die Geduldeten sind ein Teil der Ausreisepflichtigen; bitte beide Zahlen pr\xFCfen.", { line: row.line, column: "davon_geduldet", value: String(tolerated) }));
      continue;
    }
    records.push(
      compact({
        ...origin(file, row),
        asOf: r.req("stichtag"),
        ags: r.req("ags"),
        count,
        tolerated,
        classification: r.text("einordnung") ?? "amtlich",
        source: r.text("quelle"),
        note: r.text("anmerkung")
      })
    );
  }
  return { records, problems };
}
function toPopulation(file, rows) {
  return {
    problems: [],
    records: rows.map((row) => {
      const r = reader(row);
      return compact({
        ...origin(file, row),
        asOf: r.req("stichtag"),
        ags: r.req("ags"),
        inhabitants: r.req("einwohner"),
        protectionSeekers: r.num("schutzsuchende"),
        foreigners: r.num("auslaendische_bevoelkerung"),
        source: r.text("quelle"),
        note: r.text("anmerkung")
      });
    })
  };
}

// src/lib/data/numbers.ts
var SPACES = /[\s\u00a0\u202f]/g;
function parseGermanNumber(raw, kind) {
  let s = raw.trim();
  if (kind === "amount") s = s.replace(/^(€|EUR)\s*|\s*(€|EUR)$/gi, "").trim();
  const fail = (message) => ({
    ok: false,
    message,
    hint: kind === "integer" ? "Bitte eine ganze Zahl ohne Einheit eintragen, z. B. 467 oder 1.234." : "Bitte eine Zahl mit Dezimalkomma eintragen, z. B. 0,5 oder 1.234,50 \u2013 ohne Einheit."
  });
  let value;
  let warning;
  const compact2 = s.replace(SPACES, "");
  if (/^[+-]?\d+$/.test(compact2) && (s === compact2 || /^[+-]?\d{1,3}([\s\u00a0\u202f]\d{3})+$/.test(s))) {
    value = Number(compact2);
  } else if (/^[+-]?\d{1,3}(\.\d{3})+(,\d+)?$/.test(s) && (s.split(".").length > 2 || s.includes(",") || kind !== "decimal")) {
    value = Number(s.replace(/\./g, "").replace(",", "."));
  } else if (/^[+-]?\d{1,3}([\s\u00a0\u202f]\d{3})+,\d+$/.test(s)) {
    value = Number(compact2.replace(",", "."));
  } else if (/^[+-]?\d*,\d+$/.test(s)) {
    value = Number(s.replace(",", "."));
  } else if (/^[+-]?\d*\.\d+$/.test(s)) {
    value = Number(s);
  } else if (/^[+-]?\d{1,3}(,\d{3})+\.\d+$/.test(s) || /^[+-]?\d{1,3}(,\d{3}){2,}$/.test(s)) {
    value = Number(s.replace(/,/g, ""));
    warning = {
      message: `\u201E${raw}\u201C ist im englischen Zahlenformat geschrieben und wurde als ${value} gelesen.`,
      hint: "Bitte deutsches Format verwenden: Punkt als Tausendertrennzeichen, Komma f\xFCr Dezimalstellen."
    };
  }
  if (value === void 0 || !Number.isFinite(value)) return fail(`\u201E${raw}\u201C ist keine Zahl.`);
  if (kind === "integer" && !Number.isInteger(value))
    return fail(`\u201E${raw}\u201C ist keine ganze Zahl; hier sind nur ganze Zahlen erlaubt.`);
  return warning ? { ok: true, value, warning } : { ok: true, value };
}

// src/lib/data/cell.ts
var ROMAN = { i: 1, ii: 2, iii: 3 };
function parseBaustein(raw) {
  const s = normaliseName(raw).replace(/^(baustein|modul|b|m)_?/, "");
  const n = ROMAN[s] ?? Number(s);
  if (n === 1 || n === 2 || n === 3) return { ok: true, value: n };
  return {
    ok: false,
    message: `\u201E${raw}\u201C ist kein Baustein.`,
    hint: "Erlaubt: 1, 2 oder 3 (auch \u201EBaustein 2\u201C, \u201EII\u201C, \u201EModul 2\u201C)."
  };
}
function parseEnum(raw, values, synonyms) {
  const key = normaliseName(raw);
  const hit = synonyms[key] ?? values.find((v) => normaliseName(v) === key);
  if (hit) return { ok: true, value: hit };
  return {
    ok: false,
    message: `\u201E${raw}\u201C ist kein erlaubter Wert.`,
    hint: `Erlaubt: ${values.join(", ")}.`
  };
}
function parseAgsList(raw, gazetteer) {
  const codes = [];
  const warnings = [];
  for (const part of raw.split(/[,|;\s]+/).filter(Boolean)) {
    const r = parseAgs(part, { gemeinde: true, kreis: true, land: false });
    if (!r.ok) return r;
    if (!gazetteer.has(r.value)) return unknownAgs(r.value);
    if (r.warning) warnings.push(r.value);
    codes.push(r.value);
  }
  if (warnings.length)
    return {
      ok: true,
      value: codes,
      warning: {
        message: `F\xFChrende Null erg\xE4nzt: ${warnings.join(", ")}.`,
        hint: "In Excel die Spalte als \u201EText\u201C formatieren, damit die f\xFChrende 0 erhalten bleibt."
      }
    };
  return { ok: true, value: codes };
}
function unknownAgs(code) {
  return {
    ok: false,
    message: `Den Gemeindeschl\xFCssel ${code} gibt es in den Gebietsdaten (BKG VG250) nicht.`,
    hint: "Bitte den AGS pr\xFCfen (8 Ziffern f\xFCr Gemeinden, 5 f\xFCr Kreise, z. B. 05970040 f\xFCr Siegen). Gebietsreformen nach 2016 sind in den Gebietsdaten nicht enthalten."
  };
}
function checkRange(value, col2, raw) {
  const { min, max, minExclusive } = col2.type;
  const tooSmall = min !== void 0 && (minExclusive ? value <= min : value < min);
  const tooLarge = max !== void 0 && value > max;
  if (!tooSmall && !tooLarge) return { ok: true, value };
  const lower = min === void 0 ? "" : minExclusive ? `gr\xF6\xDFer als ${min}` : `mindestens ${min}`;
  const upper = max === void 0 ? "" : `h\xF6chstens ${max}`;
  return {
    ok: false,
    message: `\u201E${raw}\u201C liegt au\xDFerhalb des erlaubten Bereichs (${[lower, upper].filter(Boolean).join(" und ")}).`,
    hint: col2.name === "vzae" ? "VZ\xC4 je Zeile zwischen 0,01 und 5; mehrere Stellen bitte auf mehrere Zeilen verteilen." : "Bitte den Wert pr\xFCfen."
  };
}
function parseCell(raw, col2, gazetteer) {
  const t = col2.type;
  switch (t.kind) {
    case "text":
      return { ok: true, value: raw.trim() };
    case "number": {
      const r = parseGermanNumber(raw, t.number);
      if (!r.ok) return r;
      const ranged = checkRange(r.value, { ...col2, type: t }, raw);
      return ranged.ok && r.warning ? { ...ranged, warning: r.warning } : ranged;
    }
    case "date":
      return parseGermanDate(raw, t.partial);
    case "ags": {
      const r = parseAgs(raw, t.levels);
      if (r.ok && !gazetteer.has(r.value)) return unknownAgs(r.value);
      return r;
    }
    case "ags-list":
      return parseAgsList(raw, gazetteer);
    case "ags-list-or-region": {
      if (/^[\d\s,|;]+$/.test(raw)) {
        const r = parseAgsList(raw, gazetteer);
        return r.ok ? { ...r, value: { kind: "ags", codes: r.value } } : r;
      }
      return { ok: true, value: { kind: "region", name: raw.trim() } };
    }
    case "baustein":
      return parseBaustein(raw);
    case "baustein-list": {
      const list = [];
      for (const part of raw.split(/[,|;/\s]+/).filter(Boolean)) {
        const r = parseBaustein(part);
        if (!r.ok) return r;
        if (!list.includes(r.value)) list.push(r.value);
      }
      return { ok: true, value: list.sort() };
    }
    case "enum":
      return parseEnum(raw, t.values, t.synonyms);
  }
}

// src/lib/data/csv-export.ts
var DANGER = /^[\s\u00a0]*[=+\-@\t\r]/;
function neutralise(text2) {
  return text2.split(/\r\n|\n|\r/).some((line) => DANGER.test(line)) ? `'${text2}` : text2;
}
function restoreNeutralised(text2) {
  return text2.startsWith("'") && neutralise(text2.slice(1)) === text2 ? text2.slice(1) : text2;
}

// src/lib/data/validate-table.ts
var CACHEABLE = /* @__PURE__ */ new Set(["enum", "baustein", "ags", "date", "number", "ags-list", "ags-list-or-region", "baustein-list"]);
var CACHE_LIMIT = 1e4;
var NO_EXTRA = Object.freeze({});
var at = (line, column, value) => ({ line, column, value });
function validateTable(raw, gazetteer) {
  const place = { table: raw.spec.name, file: raw.file };
  const problems = [];
  const index = columnIndex(raw.spec);
  const columns = [];
  const seen = /* @__PURE__ */ new Set();
  raw.header.forEach((name, i) => {
    const col2 = index.get(normaliseName(name));
    if (!name) {
      columns.push(null);
      if (raw.rows.some((r) => (r.cells[i] ?? "").trim() !== ""))
        problems.push(problemAt(place, "Hinweis", `Spalte ${i + 1} hat keine \xDCberschrift; ihre Werte werden nicht ausgewertet.`, "Bitte eine \xDCberschrift eintragen oder die Spalte l\xF6schen.", { line: 1 }));
    } else if (!col2) {
      columns.push(null);
      problems.push(problemAt(place, "Hinweis", `Unbekannte Spalte \u201E${name}\u201C: Sie bleibt erhalten, wird aber nicht ausgewertet.`, `Tippfehler? Erwartete Spalten: ${raw.spec.columns.map((c) => c.name).join(", ")}.`, { line: 1, column: name, value: name }));
    } else if (seen.has(col2.name)) {
      columns.push(null);
      problems.push(problemAt(place, "Warnung", `Die Spalte \u201E${name}\u201C meint dasselbe wie eine fr\xFChere Spalte (${col2.name}); nur die erste wird genutzt.`, "Bitte eine der beiden Spalten l\xF6schen oder umbenennen.", { line: 1, column: name, value: name }));
    } else {
      columns.push(col2);
      seen.add(col2.name);
    }
  });
  const missing = raw.spec.columns.filter((c) => c.required && !seen.has(c.name));
  if (missing.length) {
    problems.push(
      problemAt(
        place,
        "Fehler",
        `Pflichtspalte${missing.length > 1 ? "n" : ""} fehlt: ${missing.map((c) => c.name).join(", ")}. Ohne sie kann keine Zeile der Tabelle genutzt werden.`,
        `Bitte die Spalte erg\xE4nzen (erlaubte Namen: ${missing.map((c) => [c.name, ...c.aliases].join(" / ")).join("; ")}).`
      )
    );
    return { rows: [], problems, rowCount: raw.rows.length };
  }
  if (raw.rows.length === 0)
    problems.push(problemAt(place, "Warnung", "Die Tabelle hat eine Kopfzeile, aber keine Datenzeilen.", "Bitte Daten erg\xE4nzen oder die Datei weglassen."));
  const caches = columns.map((col2) => col2 && CACHEABLE.has(col2.type.kind) ? /* @__PURE__ */ new Map() : null);
  const rows = [];
  const width = raw.header.length;
  for (const row of raw.rows) {
    const values = {};
    let extra = NO_EXTRA;
    let failed = false;
    const cells = row.cells;
    if (cells.length > width && cells.slice(width).some((c) => c.trim())) {
      problems.push(problemAt(place, "Warnung", `Die Zeile hat mehr Werte (${cells.length}) als die Kopfzeile Spalten (${width}); die \xFCberz\xE4hligen werden ignoriert.`, "Steht ein Trennzeichen (;) im Text? Dann die Zelle in Anf\xFChrungszeichen setzen.", at(row.line, null, cells.slice(width).join(raw.delimiter))));
    }
    for (let i = 0; i < width; i++) {
      const cell = restoreNeutralised(cells[i] ?? "");
      const col2 = columns[i];
      if (!col2) {
        const name = raw.header[i];
        if (name && cell) {
          if (extra === NO_EXTRA) extra = {};
          extra[name] = cell;
        }
        continue;
      }
      if (cell.trim() === "") {
        if (col2.required) {
          failed = true;
          problems.push(problemAt(place, "Fehler", `Pflichtfeld \u201E${col2.name}\u201C ist leer; die Zeile wird nicht genutzt.`, `Bitte einen Wert eintragen, z. B. ${col2.example}.`, at(row.line, col2.name, "")));
        }
        continue;
      }
      const cache = caches[i];
      let r = cache?.get(cell);
      if (!r) {
        r = parseCell(cell, col2, gazetteer);
        if (cache && cache.size < CACHE_LIMIT) cache.set(cell, r);
      }
      if (!r.ok) {
        failed = true;
        problems.push(problemAt(place, "Fehler", `${r.message} Die Zeile wird nicht genutzt.`, r.hint, at(row.line, col2.name, cell)));
        continue;
      }
      if (r.warning) problems.push(problemAt(place, "Warnung", r.warning.message, r.warning.hint, at(row.line, col2.name, cell)));
      values[col2.name] = r.value;
    }
    if (!failed) rows.push({ line: row.line, values, extra });
  }
  return { rows, problems, rowCount: raw.rows.length };
}

// src/lib/data/dataset.ts
var DATASET_FILE = "(Datensatz)";
var isManifest = (name) => /(^|[\\/])manifest\.json$/i.test(name);
var regionKey = (name) => name.trim().toLowerCase().replace(/\s+/g, " ");
function buildDataset(files, gazetteer, onProgress) {
  const totalBytes = Math.max(1, files.reduce((s, f) => s + f.bytes.byteLength, 0));
  let doneBytes = 0;
  const problems = [];
  let manifest = { ...EMPTY_MANIFEST };
  const raw = /* @__PURE__ */ new Map();
  const manifestFile = files.find((f) => isManifest(f.name));
  if (manifestFile) {
    const m = parseManifest(manifestFile.name, manifestFile.bytes, gazetteer);
    manifest = m.manifest;
    problems.push(...m.problems);
  }
  for (const file of files) {
    if (isManifest(file.name) || isBoundaryFile(file)) continue;
    if (isDeckFile(file.name)) continue;
    const r = readTable(file);
    doneBytes += file.bytes.byteLength;
    onProgress?.({ file: file.name, stage: "lesen", done: doneBytes / totalBytes * 0.6 });
    problems.push(...r.problems);
    if (!r.table) continue;
    const earlier = raw.get(r.table.spec.name);
    if (earlier) {
      problems.push(problemAt({ table: r.table.spec.name, file: file.name }, "Fehler", `Die Tabelle \u201E${r.table.spec.name}\u201C kommt doppelt vor (schon in ${earlier.file}); diese Datei wird nicht genutzt.`, "Bitte nur eine Datei je Tabelle laden oder die Zeilen in einer Datei zusammenf\xFChren."));
      continue;
    }
    raw.set(r.table.spec.name, r.table);
  }
  for (const name of manifest.dateien)
    if (!files.some((f) => f.name.replace(/^.*[\\/]/, "") === name))
      problems.push(problemAt({ table: "manifest", file: manifestFile?.name ?? "manifest.json" }, "Fehler", `Die in manifest.json genannte Datei \u201E${name}\u201C fehlt.`, "Bitte die Datei mitliefern oder aus \u201Edateien\u201C streichen.", { column: "dateien", value: name }));
  for (const spec of TABLES)
    if (spec.required && !raw.has(spec.name))
      problems.push(problemAt({ table: spec.name, file: DATASET_FILE }, "Fehler", `Die Pflichttabelle \u201E${spec.name}.csv\u201C fehlt.`, `Bitte ${spec.name}.csv mitliefern (Vorlage auf der Seite \u201EDaten\u201C).`));
  const tables = {};
  const validated = /* @__PURE__ */ new Map();
  for (const spec of TABLES) {
    const name = spec.name;
    const table = raw.get(name);
    if (!table) continue;
    const v = validateTable(table, gazetteer);
    onProgress?.({ file: table.file, stage: "pr\xFCfen", done: 0.6 + 0.4 * ((TABLES.indexOf(spec) + 1) / TABLES.length) });
    problems.push(...v.problems);
    validated.set(name, v.rows);
    tables[name] = { file: table.file, encoding: table.encoding, delimiter: table.delimiter, rows: v.rowCount, records: 0 };
  }
  const take = (name, convert) => {
    const rows = validated.get(name);
    if (!rows) return [];
    const r = convert(tables[name].file, rows);
    problems.push(...r.problems);
    return r.records;
  };
  const regions = checkRegions(take("regionen", toRegions), problems);
  const posts = checkPosts(take("stellen", toPosts), regions, problems);
  const events = take("termine", toCalendar);
  const obliged = take("ausreisepflichtige", toObliged);
  const population = take("bevoelkerung", toPopulation);
  const counts = {
    stellen: posts.length,
    regionen: regions.length,
    termine: events.length,
    ausreisepflichtige: obliged.length,
    bevoelkerung: population.length
  };
  for (const [name, info] of Object.entries(tables)) info.records = counts[name];
  return { manifest, posts, regions, events, obliged, population, tables, problems };
}
function checkRegions(regions, problems) {
  const kept = [];
  const byName = /* @__PURE__ */ new Map();
  const memberOf = /* @__PURE__ */ new Map();
  for (const region of regions) {
    const place = { table: "regionen", file: region.file };
    const key = `${region.body}|${regionKey(region.name)}`;
    const first = byName.get(key);
    if (first) {
      problems.push(problemAt(place, "Fehler", `Die Region \u201E${region.name}\u201C gibt es in ${region.body} schon (Zeile ${first.line}); diese Zeile wird nicht genutzt.`, "Regionsnamen m\xFCssen je K\xF6rperschaft eindeutig sein; bitte umbenennen oder die Zeilen zusammenf\xFChren.", { line: region.line, column: "region", value: region.name }));
      continue;
    }
    byName.set(key, region);
    for (const ags of region.municipalities) {
      if (!agsWithin(ags, region.body))
        problems.push(problemAt(place, "Warnung", `Die Gemeinde ${ags} liegt nicht in der K\xF6rperschaft ${region.body}.`, "Bitte AGS und K\xF6rperschaft pr\xFCfen.", { line: region.line, column: "gemeinden", value: ags }));
      const other = memberOf.get(`${region.body}|${ags}`);
      if (other)
        problems.push(problemAt(place, "Warnung", `Die Gemeinde ${ags} geh\xF6rt schon zur Region \u201E${other.name}\u201C (Zeile ${other.line}).`, "Eine Gemeinde sollte nur einer Region einer K\xF6rperschaft angeh\xF6ren, sonst z\xE4hlt sie auf der Karte doppelt.", { line: region.line, column: "gemeinden", value: ags }));
      else memberOf.set(`${region.body}|${ags}`, region);
    }
    kept.push(region);
  }
  return kept;
}
function checkPosts(posts, regions, problems) {
  const kept = [];
  const lines = /* @__PURE__ */ new Map();
  for (const post of posts) {
    const place = { table: "stellen", file: post.file };
    let ids = lines.get(post.scenario);
    if (!ids) lines.set(post.scenario, ids = /* @__PURE__ */ new Map());
    const firstLine = ids.get(post.id);
    if (firstLine !== void 0) {
      problems.push(problemAt(place, "Fehler", `Die id \u201E${post.id}\u201C gibt es im Szenario \u201E${post.scenario}\u201C schon (Zeile ${firstLine}); diese Zeile wird nicht genutzt.`, "Jede Stelle braucht je Szenario eine eigene id, z. B. SI-CM-1, SI-CM-2.", { line: post.line, column: "id", value: post.id }));
      continue;
    }
    ids.set(post.id, post.line);
    let area = post.area;
    if (area?.kind === "region") {
      const wanted = regionKey(area.name);
      const region = regions.find((r) => regionKey(r.name) === wanted && (r.body === post.body || r.body === kreisOf(post.body)));
      if (!region) {
        problems.push(problemAt(place, "Warnung", `Das Einsatzgebiet \u201E${area.name}\u201C ist weder eine Region aus regionen.csv f\xFCr ${post.body} noch eine AGS-Liste; die Stelle wird der ganzen K\xF6rperschaft zugeordnet.`, `Bitte den Regionsnamen genau wie in regionen.csv schreiben${regions.length ? ` (vorhanden: ${regions.filter((r) => r.body === kreisOf(post.body)).map((r) => r.name).join(", ") || "keine f\xFCr diese K\xF6rperschaft"})` : ""} oder AGS angeben.`, { line: post.line, column: "einsatzgebiet", value: area.name }));
        area = null;
      } else area = { kind: "region", name: region.name };
    } else if (area?.kind === "ags") {
      for (const ags of area.codes)
        if (!agsWithin(ags, post.body) && !agsWithin(ags, kreisOf(post.body)))
          problems.push(problemAt(place, "Warnung", `Das Einsatzgebiet ${ags} liegt nicht in der K\xF6rperschaft ${post.body}.`, "Bitte AGS und K\xF6rperschaft pr\xFCfen.", { line: post.line, column: "einsatzgebiet", value: ags }));
    }
    kept.push(area === post.area ? post : { ...post, area });
  }
  return kept;
}

// src/lib/data/gazetteer.ts
function createGazetteer(files) {
  const names = /* @__PURE__ */ new Map();
  const lands = /* @__PURE__ */ new Set();
  const towns = /* @__PURE__ */ new Set();
  for (const f of files) {
    for (const ags of f.staedte ?? []) towns.add(ags);
    for (const [ags, name] of Object.entries(f.kreise)) {
      names.set(ags, name);
      lands.add(ags.slice(0, 2));
    }
    for (const [ags, name] of Object.entries(f.gemeinden)) {
      names.set(ags, name);
      lands.add(ags.slice(0, 2));
    }
  }
  const byKreis = /* @__PURE__ */ new Map();
  for (const ags of names.keys())
    if (ags.length === 8) byKreis.set(ags.slice(0, 5), [...byKreis.get(ags.slice(0, 5)) ?? [], ags]);
  const uncovered = /* @__PURE__ */ new Set();
  const covers = (ags) => ags === LAND_NRW || lands.has(ags.slice(0, 2));
  return {
    has: (ags) => {
      if (!covers(ags)) uncovered.add(ags);
      return ags === LAND_NRW || names.has(ags);
    },
    name: (ags) => ags === LAND_NRW ? "Nordrhein-Westfalen" : names.get(ags),
    label: (ags) => {
      const name = ags === LAND_NRW ? "Nordrhein-Westfalen" : names.get(ags);
      if (!name) return ags;
      return towns.has(ags) ? `Stadt ${name}` : name;
    },
    covers,
    gemeindenOf: (ags) => ags.length === 8 ? names.has(ags) ? [ags] : [] : byKreis.get(ags) ?? [],
    all: () => [...names].map(([ags, name]) => ({ ags, name, level: ags.length === 8 ? "gemeinde" : "kreis" })),
    uncovered
  };
}
export {
  buildDataset,
  createGazetteer,
  decodeBytes,
  readTable,
  toPosts,
  validateTable
};
/*! Bundled license information:

papaparse/papaparse.js:
  (* @license
  Papa Parse
  v5.7.1
  https://github.com/mholt/PapaParse
  License: MIT
  *)
*/
