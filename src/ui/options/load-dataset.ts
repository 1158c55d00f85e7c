// The options page reads a dataset file the same way the CLI's --dataset does: see
// src/core/dataset/load-file.ts (compiled index, ClaimReview JSON-LD, ClaimReview CSV/TSV).
export {
  checkCompiled,
  formatProblem,
  loadDatasetFile,
  type LoadProblem,
  type LoadResult,
} from '../../core/dataset/load-file';
