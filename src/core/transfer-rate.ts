/** The slowest a transfer may move, on average, once it has taken longer than its timeout: a trickle is abandoned, a slow but steady link is not. */
export const MIN_TRANSFER_BYTES_PER_SECOND = 64 * 1024;

/** A running watch over one transfer (see {@link watchTransferRate}). */
export interface TransferRateWatch {
  /** Counts bytes that moved. */
  moved(bytes: number): void;
  /** Stops the clock while the receiving end holds the transfer back (backpressure): that time is not the sender's. */
  hold(): void;
  /** Starts the clock again after {@link hold}. */
  release(): void;
  /** Ends the watch: call it however the transfer ends. */
  stop(): void;
}

/**
 * Watches a transfer that must not be cut off at a fixed timeout (a large body, an upload) but must
 * not trickle forever either: every `timeoutMs`, once the bytes counted average less than
 * {@link MIN_TRANSFER_BYTES_PER_SECOND} since the start, `onStall` is called, once, with what moved.
 * The registry client and release asset transfers share it.
 */
export function watchTransferRate(timeoutMs: number, onStall: (detail: string) => void): TransferRateWatch {
  const started = Date.now();
  let bytes = 0;
  let heldMs = 0;
  let heldSince: number | undefined;
  let timer: NodeJS.Timeout;
  const check = (): void => {
    const now = Date.now();
    // Time the receiver held the transfer back is not counted against the sender.
    const elapsed = now - started - heldMs - (heldSince === undefined ? 0 : now - heldSince);
    if (bytes >= (MIN_TRANSFER_BYTES_PER_SECOND * elapsed) / 1000) timer = setTimeout(check, timeoutMs);
    else onStall(`slower than ${MIN_TRANSFER_BYTES_PER_SECOND} bytes a second: ${bytes} bytes in ${elapsed} ms`);
  };
  timer = setTimeout(check, timeoutMs);
  return {
    moved: (moved) => void (bytes += moved),
    hold: () => void (heldSince ??= Date.now()),
    release: () => {
      if (heldSince === undefined) return;
      heldMs += Date.now() - heldSince;
      heldSince = undefined;
    },
    stop: () => clearTimeout(timer),
  };
}
