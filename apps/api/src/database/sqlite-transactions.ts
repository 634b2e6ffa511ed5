import { AsyncLocalStorage } from 'node:async_hooks';
import type { DataSource, EntityManager, QueryRunner } from 'typeorm';

/**
 * TypeORM's SQLite drivers share one connection, and so one query runner, across the whole process. Two
 * transactions begun at once (two jobs completing, a hook enqueueing while a job finishes, two `save`s)
 * both issue `BEGIN` on it, and SQLite refuses the second with "cannot start a transaction within a
 * transaction" (typeorm/typeorm#307, #8668). PostgreSQL takes a pooled connection per transaction and
 * never meets this.
 *
 * On SQLite every top-level transaction therefore waits its turn, first come first served: those opened
 * with `dataSource.transaction()` and those `save()` opens for itself. A transaction opened inside one
 * that holds the turn goes straight through (savepoints), so nesting cannot deadlock. Plain queries are
 * not queued: SQLite runs each statement whole, and better-sqlite3 is synchronous.
 */
export function serializeSqliteTransactions(dataSource: DataSource): void {
  if (dataSource.options.type !== 'better-sqlite3') return;
  const turns = new Turns();
  const holdingTurn = new AsyncLocalStorage<true>();
  guardRunner(dataSource.createQueryRunner(), turns, holdingTurn);

  const manager = dataSource.manager;
  const transaction = manager.transaction.bind(manager) as (...args: unknown[]) => Promise<unknown>;
  manager.transaction = (async (...args: unknown[]) => {
    if (holdingTurn.getStore()) return transaction(...args);
    const done = await turns.next();
    try {
      return await holdingTurn.run(true, () => transaction(...args));
    } finally {
      done();
    }
  }) as EntityManager['transaction'];
}

/** `save()` begins and ends its own transaction on the shared runner: it takes a turn too. */
function guardRunner(runner: QueryRunner, turns: Turns, holdingTurn: AsyncLocalStorage<true>): void {
  const start = runner.startTransaction.bind(runner);
  const commit = runner.commitTransaction.bind(runner);
  const rollback = runner.rollbackTransaction.bind(runner);
  let endTurn: (() => void) | null = null;

  runner.startTransaction = async (isolationLevel) => {
    if (holdingTurn.getStore()) return start(isolationLevel);
    const done = await turns.next();
    try {
      await start(isolationLevel);
    } catch (error) {
      done();
      throw error;
    }
    endTurn = done;
  };
  const ending = (end: () => Promise<void>) => async () => {
    try {
      await end();
    } finally {
      if (!runner.isTransactionActive && endTurn) {
        const done = endTurn;
        endTurn = null;
        done();
      }
    }
  };
  runner.commitTransaction = ending(commit);
  runner.rollbackTransaction = ending(rollback);
}

/** A first-come-first-served turn: `next()` resolves with the function that hands the turn on. */
class Turns {
  private tail: Promise<void> = Promise.resolve();

  next(): Promise<() => void> {
    let handOn!: () => void;
    const mine = new Promise<void>((resolve) => (handOn = resolve));
    const ready = this.tail.then(() => handOn);
    this.tail = this.tail.then(() => mine);
    return ready;
  }
}
