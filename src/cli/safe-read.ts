// Reading untrusted paths: only regular files (a symlink is followed and its target checked, so
// `page.html -> /dev/zero` or a FIFO is refused), never more than a byte cap, counted while reading
// (a file that grows, or a size that lies, stops at the cap instead of filling memory).
import { closeSync, fstatSync, openSync, readSync, statSync, constants } from 'node:fs';
import { resolve } from 'node:path';
import { open } from 'node:fs/promises';

/** Why a path was not read; the message names the problem, the caller adds the path. */
export class ReadError extends Error {
  constructor(
    message: string,
    readonly code?: string,
  ) {
    super(message);
  }
}

function mb(n: number): string {
  return `${(n / 1024 / 1024).toFixed(1)} MB`;
}

function kindOf(st: {
  isDirectory(): boolean;
  isFIFO(): boolean;
  isCharacterDevice(): boolean;
  isBlockDevice(): boolean;
  isSocket(): boolean;
}): string {
  if (st.isDirectory()) return 'is a folder';
  if (st.isFIFO()) return 'not a regular file (a FIFO)';
  if (st.isCharacterDevice() || st.isBlockDevice()) return 'not a regular file (a device)';
  if (st.isSocket()) return 'not a regular file (a socket)';
  return 'not a regular file';
}

function openError(e: NodeJS.ErrnoException): ReadError {
  if (e.code === 'ENOENT') return new ReadError('no such file', e.code);
  if (e.code === 'EISDIR') return new ReadError('is a folder', e.code);
  return new ReadError(`unreadable (${e.code ?? e.message})`, e.code);
}

// O_NONBLOCK: opening a FIFO must not wait for a writer before fstat can refuse it.
const OPEN_FLAGS = constants.O_RDONLY | (constants.O_NONBLOCK ?? 0);

/** The bytes of a regular file, at most maxBytes; throws ReadError otherwise. */
export function readRegularFileSync(path: string, maxBytes: number): Buffer {
  let fd: number;
  try {
    fd = openSync(path, OPEN_FLAGS);
  } catch (e) {
    throw openError(e as NodeJS.ErrnoException);
  }
  try {
    const st = fstatSync(fd);
    if (!st.isFile()) throw new ReadError(kindOf(st));
    if (st.size > maxBytes) throw new ReadError(`too large (${mb(st.size)} > ${mb(maxBytes)})`);
    const chunks: Buffer[] = [];
    let total = 0;
    for (;;) {
      const buf = Buffer.allocUnsafe(Math.min(1 << 20, maxBytes + 1 - total) || 1);
      const n = readSync(fd, buf, 0, buf.length, null);
      if (n === 0) break;
      total += n;
      if (total > maxBytes) throw new ReadError(`too large (over ${mb(maxBytes)})`);
      chunks.push(buf.subarray(0, n));
    }
    return Buffer.concat(chunks, total);
  } finally {
    closeSync(fd);
  }
}

/** Async twin of readRegularFileSync. */
export async function readRegularFile(path: string, maxBytes: number): Promise<Buffer> {
  let handle;
  try {
    handle = await open(path, OPEN_FLAGS);
  } catch (e) {
    throw openError(e as NodeJS.ErrnoException);
  }
  try {
    const st = await handle.stat();
    if (!st.isFile()) throw new ReadError(kindOf(st));
    if (st.size > maxBytes) throw new ReadError(`too large (${mb(st.size)} > ${mb(maxBytes)})`);
    const chunks: Buffer[] = [];
    let total = 0;
    for (;;) {
      const buf = Buffer.allocUnsafe(Math.min(1 << 20, maxBytes + 1 - total) || 1);
      const { bytesRead } = await handle.read(buf, 0, buf.length, null);
      if (bytesRead === 0) break;
      total += bytesRead;
      if (total > maxBytes) throw new ReadError(`too large (over ${mb(maxBytes)})`);
      chunks.push(buf.subarray(0, bytesRead));
    }
    return Buffer.concat(chunks, total);
  } finally {
    await handle.close();
  }
}

/**
 * Same file, through symlinks and relative paths (device and inode; the resolved paths when either
 * does not exist yet): an output must never replace an input. Shared by both CLIs.
 */
export function sameFile(a: string, b: string): boolean {
  try {
    const x = statSync(a);
    const y = statSync(b);
    return x.dev === y.dev && x.ino === y.ino;
  } catch {
    return resolve(a) === resolve(b);
  }
}

/** An open handle on a regular file, for reading as a stream (web archives); throws ReadError otherwise. */
export async function openRegularFile(path: string): Promise<import('node:fs/promises').FileHandle> {
  let handle;
  try {
    handle = await open(path, OPEN_FLAGS);
  } catch (e) {
    throw openError(e as NodeJS.ErrnoException);
  }
  const st = await handle.stat();
  if (!st.isFile()) {
    await handle.close();
    throw new ReadError(kindOf(st));
  }
  return handle;
}
