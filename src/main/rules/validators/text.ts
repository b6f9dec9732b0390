// Input clean-up shared by the validators. Clerks type with Chinese IMEs, so full-width digits and
// letters ("１３８", "ＡＢ"), the ideographic space and full-width dashes are common; NFKC folds them
// to their ASCII forms before any pattern is applied. Han characters are not changed by NFKC
// (compatibility ideographs fold to their unified form, which is what we want).

export function toHalfWidth(input: string): string {
  return input.normalize('NFKC')
}

/** Removes every whitespace character (after NFKC the ideographic space is a plain space). */
export function removeWhitespace(input: string): string {
  return input.replace(/\s+/g, '')
}

/** The first character of `text` that does not match `allowed`, with its 1-based position. */
export function firstOffending(
  text: string,
  allowed: RegExp
): { char: string; position: number } | undefined {
  const chars = Array.from(text)
  const index = chars.findIndex((c) => !allowed.test(c))
  const char = chars[index]
  return char === undefined ? undefined : { char, position: index + 1 }
}
