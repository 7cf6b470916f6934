import { execFileSync, spawnSync } from "node:child_process";
import { chmodSync, chownSync, existsSync, mkdtempSync, readdirSync, rmSync } from "node:fs";
import { createServer } from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";
import pg from "pg";

/*
 * A throwaway PostgreSQL cluster for tests: its own data folder in a temporary directory, a free loopback port,
 * fsync off, removed on stop. It needs the server's binaries (Debian's `postgresql` package; `.ci/run` installs it);
 * without them `postgresBinaries()` says why and the suites that need a server report it and skip.
 * PostgreSQL refuses to run as root, so as root the server runs as the `postgres` user the package creates.
 */

export interface ThrowawayCluster {
  /** `postgres://chancery@127.0.0.1:<port>/chancery`, trust-authenticated, reachable only from this machine. */
  url: string;
  port: number;
  stop(): void;
}

/** The folder holding initdb and pg_ctl: `CHANCERY_PG_BIN`, else the newest /usr/lib/postgresql/<n>/bin. */
export function postgresBinaries(): { bin: string } | { missing: string } {
  const fromEnv = process.env.CHANCERY_PG_BIN;
  if (fromEnv) {
    return existsSync(join(fromEnv, "initdb"))
      ? { bin: fromEnv }
      : { missing: `CHANCERY_PG_BIN=${fromEnv} has no initdb` };
  }
  const root = "/usr/lib/postgresql";
  const versions = existsSync(root)
    ? readdirSync(root)
        .filter((v) => existsSync(join(root, v, "bin", "initdb")))
        .sort((a, b) => Number(b) - Number(a))
    : [];
  const newest = versions[0];
  return newest
    ? { bin: join(root, newest, "bin") }
    : { missing: "no PostgreSQL server binaries (install Debian's postgresql package or set CHANCERY_PG_BIN)" };
}

/**
 * Whether the suites that need a server run here: whenever the binaries are present, and always under
 * `CHANCERY_REQUIRE_POSTGRES=1` (set by `.ci/run`), where missing binaries must fail the run, not skip it. Says once
 * why it skips, so a skipped suite is never silent.
 */
export function postgresSuitesRun(): boolean {
  const found = postgresBinaries();
  if (!("missing" in found) || process.env.CHANCERY_REQUIRE_POSTGRES === "1") return true;
  console.warn(`PostgreSQL suites skipped: ${found.missing}`);
  return false;
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once("error", reject);
    server.listen(0, "127.0.0.1", () => {
      const address = server.address();
      const port = typeof address === "object" && address ? address.port : 0;
      server.close(() => resolve(port));
    });
  });
}

/** The uid/gid to run the server as: ours, or the `postgres` user's when we are root. */
function serverUser(): { uid: number; gid: number } | null {
  if (process.getuid?.() !== 0) return null;
  const id = (flag: string) => Number(execFileSync("id", [flag, "postgres"], { encoding: "utf8" }).trim());
  try {
    return { uid: id("-u"), gid: id("-g") };
  } catch {
    throw new Error("running as root, PostgreSQL needs the `postgres` user, which does not exist here");
  }
}

function run(bin: string, args: string[], user: { uid: number; gid: number } | null): void {
  const result = spawnSync(bin, args, {
    encoding: "utf8",
    ...(user ? { uid: user.uid, gid: user.gid } : {}),
    env: { ...process.env, LC_ALL: "C" },
  });
  if (result.status !== 0) {
    throw new Error(`${bin} ${args.join(" ")} failed (${result.status}): ${result.stderr || result.stdout}`);
  }
}

/**
 * Starts a fresh cluster with a `chancery` database; call `stop()` to shut it down and delete its folder.
 * With `replicaOf`, the cluster is instead a streaming replica of that one (a base backup taken over the
 * replication protocol, then kept up to date by it): it answers reads and refuses writes.
 */
export async function startThrowawayCluster(options: { replicaOf?: ThrowawayCluster } = {}): Promise<ThrowawayCluster> {
  const found = postgresBinaries();
  if ("missing" in found) throw new Error(found.missing);
  const user = serverUser();
  const root = mkdtempSync(join(tmpdir(), "chancery-pg-"));
  const data = join(root, "data");
  if (user) chownSync(root, user.uid, user.gid);
  chmodSync(root, 0o700);
  const port = await freePort();
  const stop = () => {
    spawnSync(join(found.bin, "pg_ctl"), ["-D", data, "-m", "immediate", "-w", "stop"], {
      ...(user ? { uid: user.uid, gid: user.gid } : {}),
    });
    rmSync(root, { recursive: true, force: true });
  };
  try {
    const primary = options.replicaOf;
    if (primary) {
      // initdb's pg_hba trusts replication connections from this machine, and wal_level is `replica` by default.
      // A fast checkpoint: the default spreads it over minutes, which kept the replica test waiting 100 s.
      run(
        join(found.bin, "pg_basebackup"),
        [
          "-h",
          "127.0.0.1",
          "-p",
          String(primary.port),
          "-U",
          "chancery",
          "-D",
          data,
          "-R",
          "-X",
          "stream",
          "--no-sync",
          "--checkpoint=fast",
        ],
        user,
      );
    } else {
      run(
        join(found.bin, "initdb"),
        ["-D", data, "-U", "chancery", "-A", "trust", "-E", "UTF8", "--locale=C", "--no-sync"],
        user,
      );
    }
    const settings = `-p ${port} -k ${root} -c listen_addresses=127.0.0.1 -c fsync=off -c synchronous_commit=off -c full_page_writes=off`;
    run(join(found.bin, "pg_ctl"), ["-D", data, "-o", settings, "-l", join(root, "server.log"), "-w", "start"], user);
    if (!primary)
      run(join(found.bin, "createdb"), ["-h", "127.0.0.1", "-p", String(port), "-U", "chancery", "chancery"], user);
  } catch (error) {
    stop();
    throw error;
  }
  return { url: `postgres://chancery@127.0.0.1:${port}/chancery`, port, stop };
}

/** A suite's throwaway cluster and the fresh databases its cases take from it. */
export interface ThrowawayDatabases {
  cluster: ThrowawayCluster;
  /** Creates an empty database (`<prefix>_<n>`) in the cluster and gives its address; openPostgres migrates it. */
  fresh(): Promise<string>;
  stop(): void;
}

/**
 * Starts a throwaway cluster for a suite whose cases each want a database of their own: a new database is seconds
 * cheaper than a new cluster. `prefix` names them (lower-case letters, digits, underscores).
 * @example const pg = await startThrowawayDatabases("feeds"); const url = await pg.fresh(); … pg.stop();
 */
export async function startThrowawayDatabases(prefix: string): Promise<ThrowawayDatabases> {
  if (!/^[a-z_][a-z0-9_]*$/.test(prefix)) throw new Error(`"${prefix}" cannot prefix a database name`);
  const cluster = await startThrowawayCluster();
  let made = 0;
  return {
    cluster,
    async fresh() {
      const name = `${prefix}_${++made}`;
      const admin = new pg.Client({ connectionString: cluster.url });
      await admin.connect();
      try {
        await admin.query(`CREATE DATABASE ${name}`);
      } finally {
        await admin.end();
      }
      return cluster.url.replace(/\/chancery$/, `/${name}`);
    },
    stop: () => cluster.stop(),
  };
}
