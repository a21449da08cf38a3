/**
 * ASCII letters lowercased, nothing else: GitHub compares owner, repository and asset names so,
 * while Unicode lowercasing maps the Kelvin sign to `k` and would make two names one.
 */
export function asciiLowerCase(text: string): string {
  return text.replace(/[A-Z]/g, (letter) => letter.toLowerCase());
}
