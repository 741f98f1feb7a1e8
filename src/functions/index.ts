/**
 * Webpack entry of the custom functions (shared runtime: loaded by taskpane.html beside the pane).
 * Every `*Functions.ts` file here is imported for its `CustomFunctions.associate(...)` calls, which
 * the metadata plugin's loader appends at build time; a new file must be added to this list.
 */
import './throughputFunctions';
import './mixFunctions';
import './profitFunctions';
