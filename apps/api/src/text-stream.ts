/** Turns lazily produced text chunks into a byte stream read on demand, batching small chunks. */
export function textStream(chunks: Iterable<string>, batchSize = 64): ReadableStream<Uint8Array> {
  const iterator = chunks[Symbol.iterator]();
  const encoder = new TextEncoder();
  return new ReadableStream<Uint8Array>({
    pull(controller) {
      let batch = "";
      for (let count = 0; count < batchSize; count++) {
        const next = iterator.next();
        if (next.done) {
          if (batch) controller.enqueue(encoder.encode(batch));
          controller.close();
          return;
        }
        batch += next.value;
      }
      controller.enqueue(encoder.encode(batch));
    },
    cancel() {
      iterator.return?.();
    },
  });
}
