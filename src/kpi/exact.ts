// Exact rational arithmetic. The specification treats a typed decimal such as 0.03 as exactly
// 3/100, so each input is read from its shortest decimal spelling and every formula is
// evaluated without rounding; the only rounding happens once, when the result becomes a number.
// This also keeps huge and tiny inputs from overflowing or vanishing half-way through a formula.

type Operand = Exact | number;

const DECIMAL = /^(-?)(\d+)(?:\.(\d+))?(?:e([+-]\d+))?$/;
const MANTISSA_BITS = 53;
const MIN_EXPONENT = -1074;
const MAX_EXPONENT = 1023;

function bitLength(value: bigint): number {
  return value.toString(2).length;
}

export class Exact {
  private constructor(
    private readonly numerator: bigint,
    private readonly denominator: bigint,
  ) {}

  static of(value: Operand): Exact {
    if (value instanceof Exact) return value;
    const match = DECIMAL.exec(String(value));
    if (!match) throw new RangeError(`Not a finite number: ${String(value)}`);
    const [, sign = '', whole = '0', fraction = '', exponent = '0'] = match;
    const digits = BigInt(`${sign}${whole}${fraction}`);
    const scale = Number(exponent) - fraction.length;
    return scale >= 0 ? new Exact(digits * 10n ** BigInt(scale), 1n) : new Exact(digits, 10n ** BigInt(-scale));
  }

  static sum(values: readonly Operand[]): Exact {
    return values.reduce<Exact>((total, value) => total.plus(value), new Exact(0n, 1n));
  }

  static product(values: readonly Operand[]): Exact {
    return values.reduce<Exact>((total, value) => total.times(value), new Exact(1n, 1n));
  }

  plus(operand: Operand): Exact {
    const other = Exact.of(operand);
    // Inputs carry power-of-ten denominators; reusing the larger one keeps long sums small.
    if (this.denominator % other.denominator === 0n) {
      const factor = this.denominator / other.denominator;
      return new Exact(this.numerator + other.numerator * factor, this.denominator);
    }
    if (other.denominator % this.denominator === 0n) return other.plus(this);
    return new Exact(
      this.numerator * other.denominator + other.numerator * this.denominator,
      this.denominator * other.denominator,
    );
  }

  minus(operand: Operand): Exact {
    const other = Exact.of(operand);
    return this.plus(new Exact(-other.numerator, other.denominator));
  }

  times(operand: Operand): Exact {
    const other = Exact.of(operand);
    return new Exact(this.numerator * other.numerator, this.denominator * other.denominator);
  }

  dividedBy(operand: Operand): Exact {
    const other = Exact.of(operand);
    if (other.numerator === 0n) throw new RangeError('Division by zero');
    const sign = other.numerator < 0n ? -1n : 1n;
    return new Exact(this.numerator * other.denominator * sign, this.denominator * other.numerator * sign);
  }

  compare(operand: Operand): number {
    const other = Exact.of(operand);
    const difference = this.numerator * other.denominator - other.numerator * this.denominator;
    return difference === 0n ? 0 : difference > 0n ? 1 : -1;
  }

  /** The nearest number (ties to even), ±Infinity past the largest one; never -0. */
  toNumber(): number {
    if (this.numerator === 0n) return 0;
    const negative = this.numerator < 0n;
    const numerator = negative ? -this.numerator : this.numerator;
    // Scale so the integer quotient has 55 or 56 bits: 53 to keep plus two to round with.
    const shift = MANTISSA_BITS + 2 - (bitLength(numerator) - bitLength(this.denominator));
    const dividend = shift >= 0 ? numerator << BigInt(shift) : numerator;
    const divisor = shift >= 0 ? this.denominator : this.denominator << BigInt(-shift);
    const quotient = dividend / divisor;
    const inexact = dividend % divisor !== 0n;
    const topExponent = bitLength(quotient) - 1 - shift;
    if (topExponent > MAX_EXPONENT) return negative ? -Infinity : Infinity;
    const lowestExponent = Math.max(topExponent - (MANTISSA_BITS - 1), MIN_EXPONENT);
    const dropped = BigInt(lowestExponent + shift);
    let mantissa = quotient >> dropped;
    const rest = quotient - (mantissa << dropped);
    const half = 1n << (dropped - 1n);
    if (rest > half || (rest === half && (inexact || (mantissa & 1n) === 1n))) mantissa += 1n;
    const magnitude = Number(mantissa) * 2 ** lowestExponent;
    if (magnitude === 0) return 0;
    return negative ? -magnitude : magnitude;
  }
}

export const exact = Exact.of;
