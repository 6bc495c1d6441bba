// The language server protocol's values and types, for every server module to
// import from here rather than from 'vscode-languageserver'. The package is
// CommonJS: for each bundled file that imports a value from it, esbuild makes
// its own copy of the package's ~300 exports when the server starts (~9 ms
// for a dozen files on this project's machine). Imported through this one
// module, they are copied once. test/features/bundleStart.test.ts keeps it so.
export * from 'vscode-languageserver';
