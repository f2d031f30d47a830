declare const __KIM_ERLAUBTE_QUELLEN__: string[] | undefined;

/**
 * Dataset origins the deployer allowed at build time (`KIM_ERLAUBTE_QUELLEN`,
 * comma-separated), besides the app's own. The same list goes into the CSP.
 */
export const ALLOWED_ORIGINS: readonly string[] =
  typeof __KIM_ERLAUBTE_QUELLEN__ === 'undefined' ? [] : __KIM_ERLAUBTE_QUELLEN__;
