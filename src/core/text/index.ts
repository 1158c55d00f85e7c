// Text utilities shared by the matcher: folding with an offset map, script classes, words, sentences.
export { normalise, fold, nameKey, toOriginal, type Normalised } from './normalise';
export {
  scriptOf,
  isWordUnit,
  isCjkUnit,
  isCyrillicUnit,
  joinsWord,
  isUpperUnit,
  isLowerUnit,
  type Script,
} from './script';
export { tokenise, type Token } from './tokenise';
export { splitSentences, type Span } from './sentences';
