import { writeFile } from "node:fs/promises";
import { join } from "node:path";
import { promisify } from "node:util";
import { brotliCompress, constants, gzip } from "node:zlib";
import type { Plugin } from "vite";

const compressible = /\.(html|js|css|json|svg)$/;
const brotli = promisify(brotliCompress);
const gzipAsync = promisify(gzip);

/** The brotli and gzip copies of one file, each kept only when it is smaller than the file itself. */
export async function compressedCopies(
  bytes: Uint8Array,
): Promise<Array<{ suffix: ".br" | ".gz"; bytes: Uint8Array }>> {
  const copies = [
    {
      suffix: ".br" as const,
      bytes: await brotli(bytes, {
        params: { [constants.BROTLI_PARAM_QUALITY]: 11, [constants.BROTLI_PARAM_SIZE_HINT]: bytes.byteLength },
      }),
    },
    { suffix: ".gz" as const, bytes: await gzipAsync(bytes, { level: 9 }) },
  ];
  return copies.filter((copy) => copy.bytes.byteLength < bytes.byteLength);
}

/**
 * Writes `name.br` and `name.gz` beside every text file of the build, compressed once at their best settings,
 * which the API server sends to browsers that accept them (apps/api/src/static-files.ts). Build only.
 */
export function precompress(): Plugin {
  return {
    name: "chancery:precompress",
    apply: "build",
    async writeBundle(options, bundle) {
      const dir = options.dir ?? "dist";
      await Promise.all(
        Object.values(bundle)
          .filter((item) => compressible.test(item.fileName))
          .map(async (item) => {
            const bytes =
              item.type === "chunk"
                ? new TextEncoder().encode(item.code)
                : typeof item.source === "string"
                  ? new TextEncoder().encode(item.source)
                  : item.source;
            for (const copy of await compressedCopies(bytes)) {
              await writeFile(join(dir, item.fileName + copy.suffix), copy.bytes);
            }
          }),
      );
    },
  };
}
