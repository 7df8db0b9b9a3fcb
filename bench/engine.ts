// The analysis engine as the bench measures it: the pure model and rule layers only,
// bundled on their own so the bench does not depend on dist/ or on the editor.
export { analyze, MAX_ANALYSED_LENGTH } from '../server/src/model';
export { lint, DEFAULT_CONFIG } from '../server/src/rules';
