/** Formatting helpers shared by the pages. */

/** @param {string|null} iso an ISO-8601 instant @returns {string} local date and time, or '' */
export function when(iso) {
  return iso ? new Date(iso).toLocaleString() : '';
}

/** @param {number|null} seconds a duration @returns {string} e.g. "3 min", "2 h 5 min", "4 d" */
export function age(seconds) {
  if (seconds === null || seconds === undefined) return '';
  if (seconds < 60) return `${Math.round(seconds)} s`;
  if (seconds < 3600) return `${Math.round(seconds / 60)} min`;
  if (seconds < 86400) return `${Math.floor(seconds / 3600)} h ${Math.round((seconds % 3600) / 60)} min`;
  return `${Math.round(seconds / 86400)} d`;
}

/** @param {number|null} ms milliseconds @returns {string} e.g. "850 ms", "1.2 s" */
export function millis(ms) {
  if (ms === null || ms === undefined) return '–';
  return ms < 1000 ? `${Math.round(ms)} ms` : `${(ms / 1000).toFixed(1)} s`;
}

/** @param {number|null} ratio 0..1 @returns {string} e.g. "83 %" */
export function percent(ratio) {
  return ratio === null || ratio === undefined ? '–' : `${Math.round(ratio * 100)} %`;
}
