/** Mirrors CakePHP's `CakeException` (thrown by `Hash::combine()` on a key/value count mismatch). */
export class CakeException extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'CakeException';
  }
}

/** Mirrors PHP's `InvalidArgumentException` (thrown by `Hash::get()` and `Hash::nest()`). */
export class InvalidArgumentException extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'InvalidArgumentException';
  }
}
