/**
 * Mirrors PHP 8's `TypeError` (for example
 * "Hash::extract(): Argument #1 ($data) must be of type array, string given"), so callers that port
 * PHP `catch (Exception $e)` logic can tell it apart: in PHP a TypeError is an Error, not an Exception.
 */
export class PhpTypeError extends TypeError {
  constructor(message: string) {
    super(message);
    this.name = 'PhpTypeError';
  }
}
