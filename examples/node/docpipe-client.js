#!/usr/bin/env node
// A small DocPipe client for Node.js: @grpc/grpc-js, with the proto loaded at run time by @grpc/proto-loader
// (protos/docpipe/v1/pipeline.proto, and google/api/annotations.proto from npm's google-proto-files).
//
// From the repository root, once: npm ci --prefix examples/node
//   node examples/node/docpipe-client.js process article.txt [--chain news]   one file; prints the reply as JSON
//   node examples/node/docpipe-client.js stream some/folder/ [--chain news]   every *.txt on one ProcessStream call
//   node examples/node/docpipe-client.js list-plugins                         the loaded plugins as JSON
// Options: --server HOST:PORT (default $DOCPIPE_SERVER, else 127.0.0.1:5000), --timeout SECONDS (default 60);
// for process and stream, --types person,quote (only those annotation types back) and --no-annotation-text
// (annotations without their text: slice the reply's text at their offsets). Every step still runs.
//
// `stream` prints one JSON line per document, in the folder's order; a document that failed has `error` set
// (and a line on stderr) while the others go on. Offsets count code points: use [...text].slice(start, end).

const fs = require('node:fs');
const path = require('node:path');
const { once } = require('node:events');
const { parseArgs } = require('node:util');
const grpc = require('@grpc/grpc-js');
const protoLoader = require('@grpc/proto-loader');

const PROTOS = path.join(__dirname, '..', '..', 'protos');
const GOOGLE_PROTOS = path.dirname(require.resolve('google-proto-files/package.json'));
const MAX_MESSAGE_BYTES = 64 * 1024 * 1024; // the host's own gRPC message limit
const REPLY_WINDOW_BYTES = 8 * 1024 * 1024; // the HTTP/2 stream window offered, as the CLI's

function connect(server) {
  const definition = protoLoader.loadSync('docpipe/v1/pipeline.proto', {
    includeDirs: [PROTOS, GOOGLE_PROTOS],
    keepCase: true, // the proto's field names (document_id), as the Python client prints them
    longs: String, // int64 as an exact string, as in the proto's JSON mapping
    enums: String, // STEP_STATUS_OK rather than 1
    defaults: true, // every field present, unset messages as null
  });
  const { PipelineService } = grpc.loadPackageDefinition(definition).docpipe.v1;
  return new PipelineService(server, grpc.credentials.createInsecure(), {
    'grpc.max_send_message_length': MAX_MESSAGE_BYTES,
    'grpc.max_receive_message_length': MAX_MESSAGE_BYTES,
    // A stream window larger than any reply: with the 64 KB default, a large reply's window updates can arrive
    // after its trailers, and the host's Kestrel then sometimes never sends a later reply (README, "Faults").
    'grpc-node.flow_control_window': REPLY_WINDOW_BYTES,
  });
}

// Types the host cannot tell from the bytes (Markdown reads like plain text) or that are worth saying.
const MEDIA_TYPES = {
  '.md': 'text/markdown',
  '.markdown': 'text/markdown',
  '.html': 'text/html',
  '.htm': 'text/html',
  '.pdf': 'application/pdf',
  '.docx': 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
};

function request(file, options) {
  const id = path.basename(file);
  const extension = path.extname(file).toLowerCase();
  // A .txt as text; anything else as bytes, for the host to decode or the chain's converter to read.
  const document = extension === '.txt'
    ? { id, text: fs.readFileSync(file, 'utf8') }
    : { id, data: fs.readFileSync(file), media_type: MEDIA_TYPES[extension] ?? '' };
  return { document, chain: options.chain, annotation_types: options.types, omit_annotation_text: options.omitText };
}

function unary(client, method, message, options) {
  return new Promise((resolve, reject) =>
    client[method](message, options, (error, reply) => (error ? reject(error) : resolve(reply))));
}

async function processFile(client, options, [file]) {
  const reply = await unary(client, 'Process', request(file, options), options.call);
  console.log(JSON.stringify(reply, null, 2));
}

async function streamFolder(client, options, [folder]) {
  const files = fs.readdirSync(folder).filter((name) => name.endsWith('.txt')).sort();
  const call = client.ProcessStream(options.call);

  // Write and read at once: a writer that waited for every reply, or a reader for every write, could stall both.
  const writing = (async () => {
    for (const name of files) {
      if (!call.write(request(path.join(folder, name), options))) await once(call, 'drain');
    }
    call.end();
  })();

  let failed = 0;
  for await (const reply of call) {
    if (reply.error) {
      failed++;
      console.error(`${reply.document_id}: ${statusName(reply.error.code)}: ${reply.error.message}`);
    }
    console.log(JSON.stringify(reply));
  }
  await writing;
  console.error(`${files.length} documents, ${failed} failed`);
  return failed > 0 ? 1 : 0;
}

async function listPlugins(client, options) {
  const { plugins } = await unary(client, 'ListPlugins', {}, options.call);
  const readable = plugins.map((p) => ({ ...p, options_schema: JSON.parse(p.options_schema) }));
  console.log(JSON.stringify(readable, null, 2));
}

function statusName(code) {
  return Object.keys(grpc.status).find((name) => grpc.status[name] === code) ?? String(code);
}

const COMMANDS = { process: processFile, stream: streamFolder, 'list-plugins': listPlugins };

async function main() {
  const { values, positionals } = parseArgs({
    allowPositionals: true,
    options: {
      server: { type: 'string', default: process.env.DOCPIPE_SERVER ?? '127.0.0.1:5000' },
      chain: { type: 'string', default: '' },
      timeout: { type: 'string', default: '60' },
      types: { type: 'string', default: '' },
      'no-annotation-text': { type: 'boolean', default: false },
    },
  });
  const [command, ...args] = positionals;
  if (!COMMANDS[command]) {
    console.error(`usage: docpipe-client.js ${Object.keys(COMMANDS).join('|')} [FILE|FOLDER] [--chain NAME] [--types T1,T2] [--no-annotation-text] [--server HOST:PORT]`);
    return 64;
  }

  const client = connect(values.server);
  const options = {
    chain: values.chain,
    types: values.types.split(',').map((type) => type.trim()).filter((type) => type.length > 0),
    omitText: values['no-annotation-text'],
    call: { deadline: Date.now() + Number(values.timeout) * 1000 },
  };
  try {
    return (await COMMANDS[command](client, options, args)) ?? 0;
  } catch (error) {
    if (error.code === undefined) throw error;
    console.error(`docpipe-client: ${statusName(error.code)}: ${error.details}`);
    return 2;
  } finally {
    client.close();
  }
}

main().then((code) => { process.exitCode = code; });
