/**
 * PHP float → string conversion as done by `(string)$float`, `echo`, string interpolation and
 * comparisons with non-numeric strings: `zend_gcvt(value, precision = 14, '.', 'E')`, i.e. the value
 * rounded to 14 significant digits (round-half-even on the exact binary value, as zend_dtoa mode 2),
 * trailing zeros dropped, exponential form when the decimal exponent is < -4 or >= 15
 * (0.1 → "0.1", 1.0 → "1", 0.1 + 0.2 → "0.3", 1e20 → "1.0E+20", 0.00001 → "1.0E-5", -0.0 → "-0").
 *
 * Note: PHP 8 `(string)` uses the `precision` ini setting (default 14), not `serialize_precision`
 * (-1, shortest round-trip), which only var_dump/var_export/json_encode/serialize use.
 */
export function phpFloatToString(value: number, precision = 14): string {
  if (Number.isNaN(value)) return 'NAN';
  if (!Number.isFinite(value)) return value > 0 ? 'INF' : '-INF';
  const sign = value < 0 || Object.is(value, -0) ? '-' : '';
  if (value === 0) return `${sign}0`;
  const { digits, decpt } = roundSignificant(
    exactDecimal(Math.abs(value)),
    precision,
  );
  return sign + formatGcvt(digits, decpt, precision);
}

type Decimal = { readonly digits: string; readonly decpt: number };

function bigPow(base: bigint, exponent: number): bigint {
  let result = BigInt(1);
  let b = base;
  for (let e = exponent; e > 0; e >>= 1) {
    if (e & 1) result *= b;
    b *= b;
  }
  return result;
}

/** Exact decimal expansion of a positive finite double: value = 0.digits × 10^decpt. */
function exactDecimal(value: number): Decimal {
  const view = new DataView(new ArrayBuffer(8));
  view.setFloat64(0, value);
  const hi = view.getUint32(0);
  const biased = (hi >>> 20) & 0x7ff;
  let mantissa =
    (BigInt(hi & 0xfffff) << BigInt(32)) | BigInt(view.getUint32(4));
  if (biased !== 0) mantissa |= BigInt(1) << BigInt(52);
  const exp2 = (biased === 0 ? 1 : biased) - 1075;
  if (exp2 >= 0) {
    const digits = (mantissa << BigInt(exp2)).toString();
    return { digits, decpt: digits.length };
  }
  // mantissa × 2^-k = mantissa × 5^k / 10^k
  const digits = (mantissa * bigPow(BigInt(5), -exp2)).toString();
  return { digits, decpt: digits.length + exp2 };
}

function roundSignificant(d: Decimal, precision: number): Decimal {
  const strip = (s: string): string => s.replace(/0+$/, '') || '0';
  if (d.digits.length <= precision)
    return { digits: strip(d.digits), decpt: d.decpt };
  const head = d.digits.slice(0, precision);
  const rest = d.digits.slice(precision);
  const first = rest.charCodeAt(0) - 48;
  const beyondHalf = first > 5 || (first === 5 && /[1-9]/.test(rest.slice(1)));
  const tie = first === 5 && !beyondHalf;
  const roundUp =
    beyondHalf || (tie && (head.charCodeAt(head.length - 1) - 48) % 2 === 1);
  if (!roundUp) return { digits: strip(head), decpt: d.decpt };
  const bumped = (BigInt(head) + BigInt(1)).toString();
  if (bumped.length > head.length)
    return { digits: strip(bumped.slice(0, precision)), decpt: d.decpt + 1 };
  return { digits: strip(bumped), decpt: d.decpt };
}

/** The three layouts of `zend_gcvt` (main/snprintf.c). */
function formatGcvt(digits: string, decpt: number, precision: number): string {
  if (decpt < 0 ? decpt < -3 : decpt > precision) {
    const e = decpt - 1;
    const mantissa = `${digits[0]}.${digits.length > 1 ? digits.slice(1) : '0'}`;
    return `${mantissa}E${e < 0 ? '-' : '+'}${Math.abs(e)}`;
  }
  if (decpt < 0) return `0.${'0'.repeat(-decpt)}${digits}`;
  const intPart =
    digits.length >= decpt
      ? digits.slice(0, decpt)
      : digits + '0'.repeat(decpt - digits.length);
  const frac = digits.slice(decpt);
  if (!frac) return intPart;
  return `${intPart || '0'}.${frac}`;
}
