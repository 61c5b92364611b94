/**
 * Sentence, clause and phrase limits inside a paragraph, shared by every stage
 * that reads context: a figure's kind comes from its clause (between commas),
 * its entity from its sentence (between 。！？；), and its quoted phrase never
 * crosses a list comma, a bracket or a quotation mark; a new park and a piece
 * of cluster evidence take their city from their sentence.
 */

const SENTENCE_END = /[。！？；!?;\n]/;
const CLAUSE_END = /[。！？；!?;\n，,：:]/;
const PHRASE_END = /[。！？；!?;\n，,：:、“”"「」『』()（）《》]/;

function backTo(text: string, from: number, stop: RegExp): number {
  let i = from;
  while (i > 0 && !stop.test(text.charAt(i - 1))) i--;
  return i;
}

function forwardTo(text: string, from: number, stop: RegExp): number {
  let i = from;
  while (i < text.length && !stop.test(text.charAt(i))) i++;
  return i;
}

/**
 * Start of the sentence holding offset `at`.
 * @example sentenceStart('甲。乙丙', 3) // 2
 */
export function sentenceStart(text: string, at: number): number {
  return backTo(text, at, SENTENCE_END);
}

/**
 * End of the sentence holding offset `at` (the offset of its punctuation, or the text length).
 * @example sentenceEnd('甲。乙丙', 0) // 1
 */
export function sentenceEnd(text: string, at: number): number {
  return forwardTo(text, at, SENTENCE_END);
}

/** Start of the clause (comma-delimited) holding offset `at`. */
export function clauseStart(text: string, at: number): number {
  return backTo(text, at, CLAUSE_END);
}

/** End of the clause holding offset `at` (the offset of its punctuation, or the text length). */
export function clauseEnd(text: string, at: number): number {
  return forwardTo(text, at, CLAUSE_END);
}

/** Start of the phrase (no list comma, bracket or quote) holding offset `at`. */
export function phraseStart(text: string, at: number): number {
  return backTo(text, at, PHRASE_END);
}

/** Whether a character ends a phrase (punctuation, brackets, quotes). */
export function isPhraseEnd(ch: string): boolean {
  return ch !== '' && PHRASE_END.test(ch);
}
