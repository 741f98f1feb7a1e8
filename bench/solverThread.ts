/**
 * The solver worker as a Node worker thread, for the cold-start bench: the same protocol
 * (`serveSolveRequests`) and the same warm-up as the Web Worker the pane starts.
 */
import { parentPort, workerData } from 'node:worker_threads';
import { serveSolveRequests, warmUpSolver, type WorkerRequest } from '../src/core/optimization';

const port = parentPort;
if (port) {
  const server = serveSolveRequests((response) => port.postMessage(response));
  port.on('message', (request: WorkerRequest) => server.receive(request));
  const warm = (workerData as { warmUp: boolean }).warmUp ? warmUpSolver() : Promise.resolve();
  void warm.then(() => port.postMessage({ ready: true }));
}
