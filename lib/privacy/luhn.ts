// The last digit of a personnummer is a Luhn check digit over the ten-digit form
// (YYMMDDNNNC). Checking it keeps ordinary ten-digit numbers from being flagged.
export function luhnValid(digits: string): boolean {
  if (!/^\d+$/.test(digits)) return false;
  let sum = 0;
  // Double every second digit counting from the right, starting with the one before the check digit.
  for (let i = 0; i < digits.length; i++) {
    let d = digits.charCodeAt(digits.length - 1 - i) - 48;
    if (i % 2 === 1) {
      d *= 2;
      if (d > 9) d -= 9;
    }
    sum += d;
  }
  return sum % 10 === 0;
}

// Tests and fixtures need valid numbers; computing the digit avoids hard-coding real people's.
export function luhnCheckDigit(digitsWithoutCheck: string): number {
  for (let c = 0; c <= 9; c++) {
    if (luhnValid(digitsWithoutCheck + c)) return c;
  }
  throw new Error("unreachable: one of ten digits always satisfies Luhn");
}
