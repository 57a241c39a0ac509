// The anchor for cached-page throughput: a plain Node HTTP server answering every request with
// the same bytes the app served for the page, read once into memory. Run as its own process:
//   node bench/static-server.mjs <file> <port>
import { readFileSync } from "node:fs";
import { createServer } from "node:http";

const [file, port] = process.argv.slice(2);
const body = readFileSync(file);
createServer((_request, response) => {
  response.writeHead(200, { "Content-Type": "text/html; charset=utf-8", "Content-Length": body.length });
  response.end(body);
}).listen(Number(port), "127.0.0.1", () => process.send?.("listening"));
