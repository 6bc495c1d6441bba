import manifest from '../../../package.json';

/** The package version, bundled in at build time. */
export const TOOL_VERSION: string = manifest.version;
