/**
 * Finds English in a message meant for a person: any run of two or more ASCII letters that is
 * not one of the allowed words (the API's own vocabulary a message may quote: field names, enum
 * values, header names, JSON). Case-insensitive; hyphenated allowed words count word by word.
 */
export function englishWords(text: string, allowed: Iterable<string> = []): string[] {
  const ok = new Set<string>();
  for (const word of [...allowed, ...technicalWords])
    for (const part of word.split(/[^A-Za-z]+/)) if (part) ok.add(part.toLowerCase());
  return (text.match(/[A-Za-z]{2,}/g) ?? []).filter((w) => !ok.has(w.toLowerCase()));
}

/** Technical names a Chinese message may use as they are. */
const technicalWords = [
  'JSON',
  'UTF',
  'Content-Type',
  'application/json',
  'Idempotency-Key',
  'Bearer',
  'Authorization',
];
