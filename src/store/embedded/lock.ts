import fs from 'node:fs';
import path from 'node:path';

const LOCK_FILE = 'cosmos.lock';

/** Data directories opened by this process (a PID in a stale lock may be our own after a container restart). */
const openDirectories = new Set<string>();

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/**
 * Two servers on one journal would each hold their own state and interleave appends, and the
 * second's compaction would orphan the first's file: refuse, unless the holder is gone.
 * Returns the release function.
 */
export function acquireLock(dataDir: string): () => void {
  const lockPath = path.join(path.resolve(dataDir), LOCK_FILE);
  if (openDirectories.has(lockPath)) throw new Error(`${dataDir} is already open in this process`);
  for (let attempt = 0; ; attempt++) {
    try {
      fs.writeFileSync(lockPath, String(process.pid), { flag: 'wx' });
      break;
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST' || attempt > 0) throw error;
      const holder = Number.parseInt(fs.readFileSync(lockPath, 'utf8'), 10);
      if (Number.isInteger(holder) && holder > 0 && holder !== process.pid && isAlive(holder)) {
        throw new Error(`${dataDir} is in use by process ${holder} (remove ${lockPath} if it is not)`, { cause: error });
      }
      fs.rmSync(lockPath, { force: true });
    }
  }
  openDirectories.add(lockPath);
  return () => {
    openDirectories.delete(lockPath);
    fs.rmSync(lockPath, { force: true });
  };
}
