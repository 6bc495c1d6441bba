// The extension starts the language server without NODE_EXTRA_CA_CERTS (Node
// would read the certificate file at every start; the server needs no network).
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { test } from 'node:test';
import { serverEnvironment } from '../../client/src/serverEnvironment';

test('the server environment is the host environment less NODE_EXTRA_CA_CERTS, and the host environment is left as it was', () => {
  const host = { PATH: '/usr/bin', HOME: '/home/writer', NODE_EXTRA_CA_CERTS: '/etc/ssl/certs/ca-certificates.crt', ARTICLEMARK_CODE_CACHE: 'off' };
  assert.deepEqual(serverEnvironment(host), { PATH: '/usr/bin', HOME: '/home/writer', ARTICLEMARK_CODE_CACHE: 'off' });
  assert.equal(host.NODE_EXTRA_CA_CERTS, '/etc/ssl/certs/ca-certificates.crt');
  assert.deepEqual(serverEnvironment({ PATH: '/usr/bin' }), { PATH: '/usr/bin' });
});

test('a Node process started with the server environment does not see NODE_EXTRA_CA_CERTS', () => {
  const env = serverEnvironment({ ...process.env, NODE_EXTRA_CA_CERTS: '/nonexistent/certificates.pem' });
  const child = spawnSync(process.execPath, ['-e', 'process.stdout.write(String(process.env.NODE_EXTRA_CA_CERTS))'], { env, encoding: 'utf8' });
  assert.equal(child.status, 0);
  assert.equal(child.stdout, 'undefined');
});
