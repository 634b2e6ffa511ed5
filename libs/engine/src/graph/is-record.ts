// A JSON object (what PHP's json_decode turns into an associative array), as opposed to a list,
// a scalar or a class instance.
export function isRecord(
  value: unknown,
): value is { readonly [key: string]: unknown } {
  if (value === null || typeof value !== 'object' || Array.isArray(value))
    return false;
  const proto: unknown = Object.getPrototypeOf(value);
  return proto === Object.prototype || proto === null;
}
