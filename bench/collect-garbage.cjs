// Preloaded into the app by the benchmark only (node --expose-gc --require this file):
// SIGUSR2 runs a full collection, so that a request's memory is measured from the live
// heap, not from whatever garbage of earlier requests V8 has not collected yet.
process.on("SIGUSR2", () => globalThis.gc?.());
