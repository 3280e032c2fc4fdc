#!/usr/bin/env node
// Calls DocPipe without its proto files, as generic tools do (grpcurl, Postman): server reflection tells
// grpc-js-reflection-client the services, their methods and every message, and the calls are built from that.
//
// From the repository root, once: npm ci --prefix examples/node
//   node examples/node/reflection.js [HOST:PORT]     (default $DOCPIPE_SERVER, else 127.0.0.1:5000)
//
// Prints the services, PipelineService's methods, the chains (ListChains) and a short document processed by
// the default chain (Process), one line each.

const grpc = require('@grpc/grpc-js');
const { GrpcReflection } = require('grpc-js-reflection-client');

function unary(client, method, message) {
  return new Promise((resolve, reject) =>
    client[method](message, { deadline: Date.now() + 30_000 }, (error, reply) => (error ? reject(error) : resolve(reply))));
}

async function main(server) {
  const credentials = grpc.credentials.createInsecure();
  const reflection = new GrpcReflection(server, credentials);

  console.log(`services: ${(await reflection.listServices()).join(', ')}`);
  const methods = await reflection.listMethods('docpipe.v1.PipelineService');
  console.log(`docpipe.v1.PipelineService: ${methods.map((m) => m.name).join(', ')}`);

  // The descriptor comes with every file it imports, so the package object is complete.
  const descriptor = await reflection.getDescriptorBySymbol('docpipe.v1.PipelineService');
  const { PipelineService } = descriptor.getPackageObject({ keepCase: true, longs: String, enums: String, defaults: true }).docpipe.v1;
  const client = new PipelineService(server, credentials);
  try {
    const { chains, default_chain } = await unary(client, 'ListChains', {});
    console.log(`chains: ${chains.map((c) => c.name).join(', ')} (default ${default_chain})`);
    const reply = await unary(client, 'Process', { document: { id: 'reflected', text: 'Hello\u00a0reflection' } });
    console.log(`Process: ${JSON.stringify(reply.text)} by chain ${reply.chain} in ${reply.steps.length} steps`);
  } finally {
    client.close();
  }
}

main(process.argv[2] ?? process.env.DOCPIPE_SERVER ?? '127.0.0.1:5000').catch((error) => {
  console.error(`reflection: ${error.details ?? error.message}`);
  process.exitCode = 1;
});
