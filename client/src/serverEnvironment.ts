/**
 * The environment the language server starts with: the extension host's, less
 * NODE_EXTRA_CA_CERTS. Node reads and parses that certificate file before it
 * runs any script (80 ms of a 120 ms start on our CI machine, which sets it),
 * and the server never opens a network connection. No `vscode` import: the
 * protocol tests and the bench start the server with it too.
 */
export function serverEnvironment(env: NodeJS.ProcessEnv): NodeJS.ProcessEnv {
  const { NODE_EXTRA_CA_CERTS: _certificates, ...rest } = env;
  return rest;
}
