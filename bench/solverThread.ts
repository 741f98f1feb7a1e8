/**
 * The solver worker as a Node worker thread, for the cold-start bench: the same protocol
 * (`serveSolveRequests`) as the Web Worker the pane starts. It says when its script is loaded.
 */
import { parentPort } from 'node:worker_threads';
import { serveSolveRequests, type WorkerRequest } from '../src/core/optimization';

const port = parentPort;
if (port) {
  const server = serveSolveRequests((response) => port.postMessage(response));
  port.on('message', (request: WorkerRequest) => server.receive(request));
  port.postMessage({ ready: true });
}
